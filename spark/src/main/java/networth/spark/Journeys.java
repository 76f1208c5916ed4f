package networth.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Journeys read by Spark, one row per journey or per group of journeys that took the same path, in
 * the shape every job here reads: {@code path} (array of channel names, first touch first, never
 * empty), {@code conversions}, {@code value} and {@code nulls} (doubles, never negative), and
 * {@code seen} (a number increasing with the position in the input, so that channels and paths can
 * be listed in the order they were first met, as ChannelAttribution lists them).
 *
 * <p>The frame feeds one job: its bad rows are counted as that job reads it, and the job calls
 * {@link BadRows#check} when it has finished.
 *
 * @param frame the rows, lazily computed
 * @param hasValue whether the input had a conversion value (else {@code value} is 0 throughout)
 * @param badRows the rows left out, counted by the job that reads the frame
 */
public record Journeys(Dataset<Row> frame, boolean hasValue, BadRows badRows) {
  public static final String PATH = "path";
  public static final String CONVERSIONS = "conversions";
  public static final String VALUE = "value";
  public static final String NULLS = "nulls";
  public static final String SEEN = "seen";
}
