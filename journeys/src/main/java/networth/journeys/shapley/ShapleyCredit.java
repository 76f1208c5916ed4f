package networth.journeys.shapley;

import java.util.List;

/**
 * One channel's Shapley value for conversions and for their value, with ChannelAttribution's column
 * names for the credit ({@link #COLUMNS}), and the standard error of each when the values were
 * estimated by sampling (0 when computed exactly).
 */
public record ShapleyCredit(
    String channelName,
    double totalConversions,
    double totalConversionValue,
    double conversionsStandardError,
    double valueStandardError) {
  public static final List<String> COLUMNS =
      List.of(
          "channel_name",
          "total_conversions",
          "total_conversion_value",
          "total_conversions_standard_error",
          "total_conversion_value_standard_error");
}
