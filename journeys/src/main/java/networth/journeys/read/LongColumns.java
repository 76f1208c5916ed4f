package networth.journeys.read;

import java.util.Optional;

/**
 * The columns of a file with one touchpoint a row. {@code converted} and {@code value} are
 * optional: without {@code converted} every journey counts as converted once (a file of converting
 * journeys only); without {@code value} the value is 0. A column named on the command line must be
 * there; one left at its default may be missing.
 *
 * @param journey the column of journey ids
 * @param timestamp the column of times (ISO-8601 date-times or dates, or epoch seconds)
 * @param channel the column of channels
 * @param converted the column saying whether the journey converted, if named explicitly
 * @param value the column of conversion value, if named explicitly
 */
public record LongColumns(
    String journey,
    String timestamp,
    String channel,
    Optional<String> converted,
    Optional<String> value) {
  public static final String JOURNEY_DEFAULT = "journey_id";
  public static final String TIMESTAMP_DEFAULT = "timestamp";
  public static final String CHANNEL_DEFAULT = "channel";
  public static final String CONVERTED_DEFAULT = "converted";
  public static final String VALUE_DEFAULT = "value";

  public static LongColumns defaults() {
    return new LongColumns(
        JOURNEY_DEFAULT, TIMESTAMP_DEFAULT, CHANNEL_DEFAULT, Optional.empty(), Optional.empty());
  }
}
