package networth.cli.command;

import java.io.PrintWriter;
import networth.journeys.read.Progress;

/**
 * Shows how far a long read has gone on standard error, at most every few seconds so that a log
 * stays short; shows nothing for a read done before the first report is due.
 */
final class ReadProgress implements Progress, AutoCloseable {
  /** How often a line is written, at most. */
  static final long EVERY_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final boolean on;
  private final long start = System.nanoTime();
  private long next = start + EVERY_NANOS;
  private boolean shown;

  private ReadProgress(PrintWriter err, boolean on) {
    this.err = err;
    this.on = on;
  }

  static ReadProgress of(PrintWriter err, boolean on) {
    return new ReadProgress(err, on);
  }

  @Override
  public void rowsRead(long rows) {
    long now = System.nanoTime();
    if (!on || now < next) {
      return;
    }
    next = now + EVERY_NANOS;
    shown = true;
    err.printf("networth: read %,d rows (%d s)%n", rows, (now - start) / 1_000_000_000L);
    err.flush();
  }

  @Override
  public void close() {
    if (shown) {
      err.printf("networth: read done (%d s)%n", (System.nanoTime() - start) / 1_000_000_000L);
      err.flush();
    }
  }
}
