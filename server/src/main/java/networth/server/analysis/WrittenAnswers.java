package networth.server.analysis;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import networth.server.http.Encodings;

/**
 * Analyses' answers as the bytes that go out, kept by map version, command and query: the JSON as
 * written, and gzip-compressed beside it once it is long enough to be worth compressing. A version
 * never changes, so neither does its answer: without this, every request for the summary of a large
 * map wrote the same hundreds of kilobytes of JSON again, and compressed them again for a browser,
 * which on a 10,000-node map was nearly all of the request's time (see BENCHMARKS.md). Keyed by
 * version, nothing here can go stale, and servers sharing a database need not tell each other
 * anything.
 *
 * <p>The least recently used answers go first once the bytes kept (plain and compressed) pass
 * {@link #BYTES_DEFAULT}. Threads asking for an answer that another is writing wait for it.
 */
final class WrittenAnswers {

  /** The bytes kept at most, across all maps and analyses. */
  static final long BYTES_DEFAULT = 64L * 1024 * 1024;

  private final long limit;
  private final Map<String, Written> kept = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<String, CompletableFuture<Written>> writing = new HashMap<>();
  private long bytes;
  private long written;

  WrittenAnswers() {
    this(BYTES_DEFAULT);
  }

  WrittenAnswers(long limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    this.limit = limit;
  }

  /**
   * One answer as it goes out.
   *
   * @param plain the JSON, UTF-8
   * @param gzip the same, gzip-compressed; empty when shorter than {@link
   *     Encodings#GZIP_FROM_BYTES}
   */
  record Written(byte[] plain, Optional<byte[]> gzip) {

    static Written of(byte[] plain) {
      return new Written(
          plain,
          plain.length < Encodings.GZIP_FROM_BYTES
              ? Optional.empty()
              : Optional.of(Encodings.gzip(plain)));
    }

    long size() {
      return plain.length + gzip.map(g -> g.length).orElse(0);
    }
  }

  /**
   * The answer kept under {@code key}, or the one {@code write} gives, kept for next time. While
   * one request writes it, others asking for the same key wait for that one instead of writing it
   * too: the layout of a large map takes minutes, and a page opened in three tabs must not take
   * three of the server's few request threads for as long.
   */
  Written get(String key, Supplier<byte[]> write) {
    CompletableFuture<Written> mine;
    CompletableFuture<Written> theirs;
    synchronized (this) {
      Written answer = kept.get(key);
      if (answer != null) {
        return answer;
      }
      theirs = writing.get(key);
      mine = theirs == null ? new CompletableFuture<>() : null;
      if (mine != null) {
        writing.put(key, mine);
      }
    }
    if (theirs != null) {
      return waitFor(theirs);
    }
    // Written and compressed outside the lock: one large answer must not hold up every other
    // request.
    Written answer;
    try {
      answer = Written.of(write.get());
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        writing.remove(key);
      }
      mine.completeExceptionally(e);
      throw e;
    }
    synchronized (this) {
      writing.remove(key);
      written++;
      Written old = kept.put(key, answer);
      bytes += answer.size() - (old == null ? 0 : old.size());
      Iterator<Written> oldest = kept.values().iterator();
      while (bytes > limit && oldest.hasNext()) {
        Written gone = oldest.next();
        if (gone == answer) {
          continue; // an answer larger than the limit is still answered, and goes next time
        }
        bytes -= gone.size();
        oldest.remove();
      }
    }
    mine.complete(answer);
    return answer;
  }

  /** The answer another request is writing; what it failed with, if it failed (a 400, say). */
  private static Written waitFor(CompletableFuture<Written> theirs) {
    try {
      return theirs.join();
    } catch (CompletionException e) {
      networth.io.Workers.rethrownIfUnchecked(e.getCause());
      throw e;
    }
  }

  /** How many answers have been written (not found kept): what the tests count. */
  synchronized long written() {
    return written;
  }

  /** How many answers are kept. */
  synchronized int size() {
    return kept.size();
  }
}
