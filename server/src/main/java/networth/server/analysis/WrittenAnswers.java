package networth.server.analysis;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Analyses' answers as the bytes that go out, kept by map version, command and query. A version
 * never changes, so neither does its answer: without this, every request for the summary of a large
 * map wrote the same hundreds of kilobytes of JSON again, which on a 10,000-node map was nearly all
 * of the request's time (see BENCHMARKS.md). Keyed by version, nothing here can go stale, and
 * servers sharing a database need not tell each other anything.
 *
 * <p>The least recently used answers go first once the bytes kept pass {@link #BYTES_DEFAULT}. Two
 * threads asking for the same answer at once may both write it; the second replaces the first,
 * which is equal.
 */
final class WrittenAnswers {

  /** The bytes kept at most, across all maps and analyses. */
  static final long BYTES_DEFAULT = 64L * 1024 * 1024;

  private final long limit;
  private final Map<String, byte[]> kept = new LinkedHashMap<>(64, 0.75f, true);
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

  /** The answer kept under {@code key}, or the one {@code write} gives, kept for next time. */
  byte[] get(String key, Supplier<byte[]> write) {
    synchronized (this) {
      byte[] answer = kept.get(key);
      if (answer != null) {
        return answer;
      }
    }
    // Written outside the lock: one large answer must not hold up every other request.
    byte[] answer = write.get();
    synchronized (this) {
      written++;
      byte[] old = kept.put(key, answer);
      bytes += answer.length - (old == null ? 0 : old.length);
      Iterator<byte[]> oldest = kept.values().iterator();
      while (bytes > limit && oldest.hasNext()) {
        byte[] gone = oldest.next();
        if (gone == answer) {
          continue; // an answer larger than the limit is still answered, and goes next time
        }
        bytes -= gone.length;
        oldest.remove();
      }
    }
    return answer;
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
