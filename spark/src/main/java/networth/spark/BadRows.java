package networth.spark;

import java.util.function.LongFunction;
import org.apache.spark.sql.Observation;

/**
 * The bad rows of an input, counted by the job that reads it rather than by a pass of their own:
 * Spark observes the count as the rows stream through the job, and the job asks for it when it has
 * finished. With bad rows and no {@code --skip-bad-rows}, the job's result is dropped and the user
 * is told which rows to fix; finding their line numbers is a second pass, made only then.
 */
public final class BadRows {
  static final String COUNT = "bad_rows";

  private final Observation observation;
  private final boolean skip;
  private final LongFunction<String> message;

  BadRows(Observation observation, boolean skip, LongFunction<String> message) {
    this.observation = observation;
    this.skip = skip;
    this.message = message;
  }

  /** For journeys made without reading a file: none are bad. */
  public static BadRows none() {
    return new BadRows(null, false, bad -> "");
  }

  /** How many rows were bad; known once a job has read the input (it waits for that job). */
  public long count() {
    if (observation == null) {
      return 0;
    }
    try {
      return ((Number) observation.getAsJava().get(COUNT)).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the bad rows' count", e);
    }
  }

  /**
   * Called by a job once it has read the input: with bad rows, a {@link BadInputException} listing
   * them, unless they are to be skipped.
   */
  public void check() {
    long bad = count();
    if (bad > 0 && !skip) {
      throw new BadInputException(message.apply(bad));
    }
  }
}
