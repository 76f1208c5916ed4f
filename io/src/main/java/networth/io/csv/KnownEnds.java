package networth.io.csv;

import java.util.Arrays;

/**
 * What each id key (see {@link IdStrings}) resolves to as a link's end, once known: its number in
 * the map's builder, and whether an element declares it. The elements sheet records each id it
 * declares, the connections sheet each end it meets first; a later end is then one read of an array
 * the lexing thread's keys index, not a look-up in the map's table, which on a large map is a cache
 * miss for every end. The answer cannot change while the connections sheet is read (only the
 * elements sheet declares). Used by the thread that builds the map only.
 */
final class KnownEnds {

  // number + 1 where an element declares the id, minus that where none does; 0 when not known.
  private int[] ends = new int[0];

  /** Makes room for about {@code n} keys. */
  void expect(int n) {
    if (n > ends.length) {
      ends = Arrays.copyOf(ends, n);
    }
  }

  /** The key's end as recorded: positive (number + 1) when declared, negative when not, or 0. */
  int met(int key) {
    return key >= 0 && key < ends.length ? ends[key] : 0;
  }

  /** Records that an element declares the id of this key, numbered {@code number}. */
  void declared(int key, int number) {
    put(key, number + 1);
  }

  /** Records that no element declares the id of this key, a node numbered {@code number}. */
  void undeclared(int key, int number) {
    put(key, -(number + 1));
  }

  private void put(int key, int value) {
    if (key < 0) {
      return;
    }
    if (key >= ends.length) {
      ends = Arrays.copyOf(ends, Math.max(key + 1, ends.length * 2));
    }
    ends[key] = value;
  }
}
