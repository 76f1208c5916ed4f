package networth.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The lines of many items made on threads, a batch at a time, and written in the items' order: a
 * writer of a large map spends most of its time making each link's line (finding its ends' ids,
 * quoting, formatting its date), which one item's line never waits on another's for. The JDK's
 * parallel streams make no text in order without holding it all; this holds a few batches.
 */
public final class InOrder {

  /** Makes item {@code i}'s text, appended to {@code into}; called on any thread. */
  @FunctionalInterface
  public interface Lines {
    void append(int i, StringBuilder into);
  }

  /** Items from which the lines are made on threads: fewer are made on the caller's. */
  public static final int THREADED_FROM = 1 << 16;

  private static final int BATCH = 1 << 12;
  private static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());
  // Batches being made or waiting to be written: every thread busy while one is written.
  private static final int AHEAD = THREADS + 2;

  private InOrder() {}

  /** Writes the lines of items 0 to {@code count - 1} to {@code out}, in that order. */
  public static void write(int count, Lines lines, Appendable out) throws IOException {
    write(count, lines, out, THREADED_FROM, BATCH);
  }

  /** The same, on threads from {@code threadedFrom} items on, in batches of {@code batch}. */
  public static void write(int count, Lines lines, Appendable out, int threadedFrom, int batch)
      throws IOException {
    if (count < threadedFrom) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < count; i++) {
        line.setLength(0);
        lines.append(i, line);
        out.append(line);
      }
      return;
    }
    ExecutorService threads = Workers.daemons("lines in order", THREADS);
    try {
      ArrayDeque<Future<StringBuilder>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < count || !ahead.isEmpty()) {
        while (next < count && ahead.size() < AHEAD) {
          int first = next;
          int end = Math.min(count, first + batch);
          next = end;
          ahead.add(threads.submit(() -> made(lines, first, end)));
        }
        out.append(written(ahead.poll()));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static StringBuilder made(Lines lines, int first, int end) {
    StringBuilder text = new StringBuilder(64 * (end - first));
    for (int i = first; i < end; i++) {
      lines.append(i, text);
    }
    return text;
  }

  /** A batch's text, once made; what went wrong making it, as it was. */
  private static StringBuilder written(Future<StringBuilder> batch) throws IOException {
    try {
      return batch.get();
    } catch (ExecutionException e) {
      throw new UncheckedIOException(new IOException(Workers.rethrownIfUnchecked(e.getCause())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while writing");
    }
  }
}
