package networth.journeys.markov;

import java.util.Arrays;

/**
 * Numbers distinct {@code long} keys 0, 1, 2… in the order first met: an open-addressing table
 * without boxing, because counting ten million journeys looks a key up for every touch and a {@code
 * HashMap<Long, …>} would allocate for each.
 */
final class LongIndex {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  LongIndex() {
    Arrays.fill(keys, EMPTY);
  }

  /** The number of {@code key}, given the next one if it is new; key must not be Long.MIN_VALUE. */
  int index(long key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY) {
      if (keys[slot] == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = size;
    size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return size - 1;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = mix(oldKeys[i]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
