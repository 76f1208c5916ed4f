package networth.journeys.markov;

import java.util.List;

/**
 * The conversions and value credited to one channel, with ChannelAttribution's column names ({@link
 * #COLUMNS}).
 */
public record ChannelCredit(
    String channelName, double totalConversions, double totalConversionValue) {
  public static final List<String> COLUMNS =
      List.of("channel_name", "total_conversions", "total_conversion_value");
}
