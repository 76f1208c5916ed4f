package networth.spark;

import java.util.Optional;

/**
 * Which columns of a file in ChannelAttribution's path format hold what: the path (channels
 * separated by {@code >}), the conversions, and optionally the conversion value and the journeys
 * that did not convert. The defaults are ChannelAttribution's own example's column names.
 *
 * @param path the column of paths
 * @param conversions the column of conversion counts
 * @param value the column of conversion values, if the data has one
 * @param nulls the column of journeys that ended without converting, if the data has one
 */
public record PathColumns(
    String path, String conversions, Optional<String> value, Optional<String> nulls) {
  public static final String PATH_DEFAULT = "path";
  public static final String CONVERSIONS_DEFAULT = "total_conversions";
  public static final String VALUE_DEFAULT = "total_conversion_value";
  public static final String NULLS_DEFAULT = "total_null";

  /** ChannelAttribution's names; value and nulls are read only when the file has them. */
  public static PathColumns defaults() {
    return new PathColumns(
        PATH_DEFAULT, CONVERSIONS_DEFAULT, Optional.of(VALUE_DEFAULT), Optional.of(NULLS_DEFAULT));
  }
}
