package networth.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Node ids numbered 0, 1, 2… in the order first added, and found again by id. A map of a million
 * nodes is read by looking each end of millions of links up here, so the table is one array of
 * longs probed in place (open addressing, at most half full): each entry packs the id's hash beside
 * its number, so a probe compares a number before it touches any string, and nothing is boxed. A
 * {@code HashMap<String, Integer>} costs a node object, a boxed integer and several cache misses a
 * look-up, which made it most of the time a large map took to read.
 */
public final class IdTable {

  private static final long EMPTY = 0;

  private String[] ids;
  // Each entry: the id's hash in the high 32 bits, its number + 1 in the low 32 (0 = empty).
  private long[] entries;
  private int size;

  /** An empty table with room for {@code expected} ids before it grows. */
  public IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
    entries = new long[capacity];
    ids = new String[Math.max(16, expected)];
  }

  public IdTable() {
    this(16);
  }

  /** How many ids the table holds. */
  public int size() {
    return size;
  }

  /** The id numbered {@code number}. */
  public String id(int number) {
    if (number < 0 || number >= size) {
      throw new IndexOutOfBoundsException("id " + number + " of " + size);
    }
    return ids[number];
  }

  /** The number of {@code id}, or -1 when the table does not hold it. */
  public int find(String id) {
    int h = hash(id);
    int mask = entries.length - 1;
    for (int at = h & mask; ; at = (at + 1) & mask) {
      long e = entries[at];
      if (e == EMPTY) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int number = (int) e - 1;
        if (ids[number].equals(id)) {
          return number;
        }
      }
    }
  }

  /** The number of {@code id}, or empty when the table does not hold it. */
  public OptionalInt numberOf(String id) {
    int n = find(id);
    return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * The number of {@code id}, adding it with the next number when it is new. The table keeps the
   * first string it was given for an id, so that callers can share that one string (see {@link
   * #canonical}).
   */
  public int add(String id) {
    int h = hash(id);
    int mask = entries.length - 1;
    int at = h & mask;
    for (long e = entries[at]; e != EMPTY; at = (at + 1) & mask, e = entries[at]) {
      if ((int) (e >>> 32) == h) {
        int number = (int) e - 1;
        if (ids[number].equals(id)) {
          return number;
        }
      }
    }
    return insert(id, h, at);
  }

  /** Gives {@code id}, whose hash is {@code h}, the next number, in the empty entry {@code at}. */
  private int insert(String id, int h, int at) {
    int number = size++;
    if (number == ids.length) {
      ids = Arrays.copyOf(ids, number + (number >> 1) + 1);
    }
    ids[number] = id;
    entries[at] = ((long) h << 32) | (number + 1L);
    if (size * 2 > entries.length) {
      grow();
    }
    return number;
  }

  /**
   * The number of the id written in ASCII as {@code ascii[from, to)}, adding it (as a new string)
   * when it is new: the same as {@code add(new String(ascii, from, to - from, US_ASCII))} without
   * making a string for an id the table already holds, which is nearly every link end of a large
   * map. The caller guarantees the bytes are ASCII (below 0x80).
   */
  public int add(byte[] ascii, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + ascii[i];
    }
    h ^= h >>> 16; // as hash(String): String.hashCode of these characters, spread
    int mask = entries.length - 1;
    int at = h & mask;
    for (long e = entries[at]; e != EMPTY; at = (at + 1) & mask, e = entries[at]) {
      if ((int) (e >>> 32) == h) {
        int number = (int) e - 1;
        if (sameAscii(ids[number], ascii, from, to)) {
          return number;
        }
      }
    }
    return insert(new String(ascii, from, to - from, StandardCharsets.US_ASCII), h, at);
  }

  private static boolean sameAscii(String id, byte[] ascii, int from, int to) {
    if (id.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (id.charAt(i - from) != ascii[i]) {
        return false;
      }
    }
    return true;
  }

  /** The string the table keeps for {@code id}, or empty when it holds none. */
  public Optional<String> canonical(String id) {
    int n = find(id);
    return n < 0 ? Optional.empty() : Optional.of(ids[n]);
  }

  private void grow() {
    long[] old = entries;
    entries = new long[old.length * 2];
    int mask = entries.length - 1;
    for (long e : old) {
      if (e != EMPTY) {
        int at = (int) (e >>> 32) & mask;
        while (entries[at] != EMPTY) {
          at = (at + 1) & mask;
        }
        entries[at] = e;
      }
    }
  }

  // As HashMap spreads String.hashCode: ids that differ only at their end (person-1, person-2…)
  // keep neighbouring places, so a file that names them in order probes memory in order too, which
  // on a million ids is most of the speed; stirring the bits further made each look-up a cache
  // miss.
  private static int hash(String id) {
    int h = id.hashCode();
    return h ^ (h >>> 16);
  }
}
