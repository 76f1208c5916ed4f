package networth.journeys.read;

import java.util.Optional;

/**
 * The columns of a file in ChannelAttribution's path format. The value and nulls columns are
 * optional: a file without them has no value (every value 0) and no journeys without conversion. A
 * column named on the command line must be there; one left at its default may be missing.
 *
 * @param path the column of paths, channels separated by {@code >}
 * @param conversions the column of conversions per row
 * @param value the column of conversion value, if named explicitly
 * @param nulls the column of journeys that did not convert, if named explicitly
 */
public record PathColumns(
    String path, String conversions, Optional<String> value, Optional<String> nulls) {
  public static final String PATH_DEFAULT = "path";
  public static final String CONVERSIONS_DEFAULT = "total_conversions";
  public static final String VALUE_DEFAULT = "total_conversion_value";
  public static final String NULLS_DEFAULT = "total_null";

  /** ChannelAttribution's own names; value and nulls read when the file has them. */
  public static PathColumns defaults() {
    return new PathColumns(PATH_DEFAULT, CONVERSIONS_DEFAULT, Optional.empty(), Optional.empty());
  }
}
