package networth.journeys.markov;

import java.util.List;

/**
 * The share of conversions, and of their value, that would be lost without one channel (Anderl et
 * al.), with ChannelAttribution's column names ({@link #COLUMNS}).
 *
 * @param removalEffectsConversion 1 − P(conversion without the channel) / P(conversion)
 * @param removalEffectsConversionValue 1 − E(value without the channel) / E(value)
 */
public record RemovalEffect(
    String channelName, double removalEffectsConversion, double removalEffectsConversionValue) {
  public static final List<String> COLUMNS =
      List.of("channel_name", "removal_effects_conversion", "removal_effects_conversion_value");
}
