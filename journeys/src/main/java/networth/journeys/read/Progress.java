package networth.journeys.read;

/**
 * Told how far a read has gone, so that a long read can show it; {@link #NONE} when nobody asks.
 * Called every {@link #EVERY} rows, so it costs nothing measurable.
 */
@FunctionalInterface
public interface Progress {
  /** How many rows pass between two calls. */
  int EVERY = 100_000;

  Progress NONE = rows -> {};

  /** {@code rows} data rows have been read so far. */
  void rowsRead(long rows);
}
