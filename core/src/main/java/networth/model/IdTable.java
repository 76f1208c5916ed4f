package networth.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Node ids numbered 0, 1, 2… in the order first added, and found again by id. A map of a million
 * nodes is read by looking each end of millions of links up here, so the table is one array of
 * longs probed in place (open addressing, at most half full), two longs a slot side by side: the
 * id's hash beside its number, then where the id's characters lie in one shared array of bytes. A
 * probe compares the hash before it touches any characters, and the characters it then compares are
 * one step away in memory, not three (the array of strings, the string, its bytes): on a million
 * ids each step is a cache miss, and those misses were most of the time a large map took to read. A
 * {@code HashMap<String, Integer>} costs more still: a node object and a boxed integer a look-up,
 * which is why the table is written by hand.
 */
public final class IdTable {

  private static final long EMPTY = 0;
  // The place of an id that is not all ASCII: compared as a string, not as bytes.
  private static final int NOT_ASCII = -1;

  private String[] ids;
  // Slot s is slots[2s] and slots[2s + 1]. The first: the id's hash in the high 32 bits, its
  // number + 1 in the low 32 (0 = empty). The second: the id's length in the high 32 bits
  // (NOT_ASCII for an id with other characters), where it starts in chars in the low 32.
  private long[] slots;
  private byte[] chars;
  private int charsUsed;
  private int size;

  /** An empty table with room for {@code expected} ids before it grows. */
  public IdTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
    slots = new long[2 * capacity];
    ids = new String[Math.max(16, expected)];
    chars = new byte[Math.max(16, expected) * 8];
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
    int mask = capacity() - 1;
    for (int at = h & mask; ; at = (at + 1) & mask) {
      long e = slots[2 * at];
      if (e == EMPTY) {
        return -1;
      }
      if ((int) (e >>> 32) == h && same(id, at, e)) {
        return (int) e - 1;
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
    int mask = capacity() - 1;
    int at = h & mask;
    for (long e = slots[2 * at]; e != EMPTY; at = (at + 1) & mask, e = slots[2 * at]) {
      if ((int) (e >>> 32) == h && same(id, at, e)) {
        return (int) e - 1;
      }
    }
    return insert(id, h, at, ascii(id) ? keep(id) : place(NOT_ASCII, 0));
  }

  /**
   * The number of the id written in ASCII as {@code ascii[from, to)}, adding it (as a new string)
   * when it is new: the same as {@code add(new String(ascii, from, to - from, US_ASCII))} without
   * making a string for an id the table already holds, which is nearly every link end of a large
   * map. The caller guarantees the bytes are ASCII (below 0x80).
   */
  public int add(byte[] ascii, int from, int to) {
    int h = hash(ascii, from, to);
    int mask = capacity() - 1;
    int at = h & mask;
    for (long e = slots[2 * at]; e != EMPTY; at = (at + 1) & mask, e = slots[2 * at]) {
      if ((int) (e >>> 32) == h && sameBytes(slots[2 * at + 1], ascii, from, to)) {
        return (int) e - 1;
      }
    }
    String id = new String(ascii, from, to - from, StandardCharsets.US_ASCII);
    return insert(id, h, at, keep(ascii, from, to));
  }

  /**
   * The number of the id written in ASCII as {@code ascii[from, to)}, or -1 when the table does not
   * hold it: the same as {@code find(new String(ascii, from, to - from, US_ASCII))} without making
   * the string. The caller guarantees the bytes are ASCII (below 0x80).
   */
  public int find(byte[] ascii, int from, int to) {
    return find(hash(ascii, from, to), ascii, from, to);
  }

  /**
   * The numbers of many ids at once: for each {@code i < count}, the id written in ASCII as {@code
   * ascii[from[i], to[i])} gets its number, or -1, in {@code numbers[i]}, as {@link #find(byte[],
   * int, int)} gives it. The memory every look-up needs is fetched first, all side by side: on a
   * table larger than the processor's caches a look-up waits for memory twice (its slot, then its
   * id's characters), and one at a time the waits add up, while a loop that only fetches lets the
   * processor wait for many at once. This halved the time of the look-ups of a million-node map.
   */
  public void findAll(byte[] ascii, int[] from, int[] to, int count, int[] numbers) {
    for (int start = 0; start < count; start += FETCHED) {
      findAll(ascii, from, to, start, Math.min(count, start + FETCHED), numbers);
    }
  }

  /**
   * How many look-ups fetch their memory side by side: their slots' and ids' lines stay in the
   * processor's nearest caches until they are compared (a batch of ten thousand fetched at once was
   * fetched again before the comparisons reached it).
   */
  private static final int FETCHED = 512;

  private void findAll(byte[] ascii, int[] from, int[] to, int first, int end, int[] numbers) {
    int mask = capacity() - 1;
    long[] s = slots;
    byte[] c = chars;
    for (int i = first; i < end; i++) {
      numbers[i] = hash(ascii, from[i], to[i]);
    }
    // Fetched and summed, so that the compiler keeps the loads; the sum itself means nothing.
    long touched = 0;
    for (int i = first; i < end; i++) {
      touched += s[2 * (numbers[i] & mask) + 1];
    }
    for (int i = first; i < end; i++) {
      touched += c[Math.min((int) s[2 * (numbers[i] & mask) + 1] & 0x7FFFFFFF, c.length - 1)];
    }
    for (int i = first; i < end; i++) {
      numbers[i] = find(numbers[i], ascii, from[i], to[i]);
    }
    if (touched == 42) {
      Thread.onSpinWait(); // never matters: only keeps the sum alive
    }
  }

  /** {@link #find(byte[], int, int)} of an id whose hash is {@code h}. */
  private int find(int h, byte[] ascii, int from, int to) {
    int mask = capacity() - 1;
    for (int at = h & mask; ; at = (at + 1) & mask) {
      long e = slots[2 * at];
      if (e == EMPTY) {
        return -1;
      }
      if ((int) (e >>> 32) == h && sameBytes(slots[2 * at + 1], ascii, from, to)) {
        return (int) e - 1;
      }
    }
  }

  /** Whether the id in slot {@code at} (whose first long is {@code e}) is {@code id}. */
  private boolean same(String id, int at, long e) {
    long place = slots[2 * at + 1];
    int length = (int) (place >>> 32);
    if (length == NOT_ASCII) {
      return ids[(int) e - 1].equals(id);
    }
    if (length != id.length()) {
      return false;
    }
    int start = (int) place;
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameBytes(long place, byte[] ascii, int from, int to) {
    int length = (int) (place >>> 32);
    if (length != to - from) {
      return false; // NOT_ASCII too: bytes that are all ASCII never spell such an id
    }
    int start = (int) place;
    return Arrays.equals(chars, start, start + length, ascii, from, to);
  }

  private static boolean ascii(String id) {
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Copies an all-ASCII id's characters into the shared bytes; where they lie. */
  private long keep(String id) {
    int start = room(id.length());
    for (int i = 0; i < id.length(); i++) {
      chars[start + i] = (byte) id.charAt(i);
    }
    return place(id.length(), start);
  }

  private long keep(byte[] ascii, int from, int to) {
    int start = room(to - from);
    System.arraycopy(ascii, from, chars, start, to - from);
    return place(to - from, start);
  }

  /** Where {@code length} more characters start, the shared bytes grown to hold them. */
  private int room(int length) {
    int start = charsUsed;
    if ((long) start + length > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("more than 2 GB of node ids");
    }
    if (start + length > chars.length) {
      chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 8, 2L * (start + length)));
    }
    charsUsed = start + length;
    return start;
  }

  private static long place(int length, int start) {
    return ((long) length << 32) | (start & 0xFFFFFFFFL);
  }

  /** Gives {@code id}, whose hash is {@code h}, the next number, in the empty slot {@code at}. */
  private int insert(String id, int h, int at, long place) {
    int number = size++;
    if (number == ids.length) {
      ids = Arrays.copyOf(ids, number + (number >> 1) + 1);
    }
    ids[number] = id;
    slots[2 * at] = ((long) h << 32) | (number + 1L);
    slots[2 * at + 1] = place;
    if (size * 2 > capacity()) {
      grow();
    }
    return number;
  }

  private int capacity() {
    return slots.length >> 1;
  }

  /** The string the table keeps for {@code id}, or empty when it holds none. */
  public Optional<String> canonical(String id) {
    int n = find(id);
    return n < 0 ? Optional.empty() : Optional.of(ids[n]);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = capacity() - 1;
    for (int s = 0; s < old.length; s += 2) {
      long e = old[s];
      if (e != EMPTY) {
        int at = (int) (e >>> 32) & mask;
        while (slots[2 * at] != EMPTY) {
          at = (at + 1) & mask;
        }
        slots[2 * at] = e;
        slots[2 * at + 1] = old[s + 1];
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

  /** {@link #hash(String)} of the id written in ASCII as {@code ascii[from, to)}. */
  private static int hash(byte[] ascii, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + ascii[i];
    }
    return h ^ (h >>> 16);
  }
}
