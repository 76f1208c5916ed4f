package networth.io;

import java.util.Arrays;
import networth.model.NetworkMap;

/**
 * The two ends of many links, where their names stand in one text, to be looked up in a builder's
 * table of ids all at once ({@link NetworkMap.Builder#findAll}): the threads that read a large
 * map's links ahead gather a block's or a part's, then find them together. Each is kept with what
 * the caller knows its link by (a row's place, a line). Reused from one batch to the next.
 */
public final class LinkEnds {

  private int size;
  private int[] rows = new int[0];
  private int[] fromStarts = new int[0];
  private int[] fromEnds = new int[0];
  private int[] toStarts = new int[0];
  private int[] toEnds = new int[0];
  private int[] fromNumbers = new int[0];
  private int[] toNumbers = new int[0];

  /** Empties the batch. */
  public void clear() {
    size = 0;
  }

  public int size() {
    return size;
  }

  /**
   * Adds the ends of the link the caller knows by {@code row}, named by text[from…) and text[to…).
   */
  public void add(int row, int fromStart, int fromEnd, int toStart, int toEnd) {
    if (size == rows.length) {
      int room = Math.max(256, 2 * size);
      rows = Arrays.copyOf(rows, room);
      fromStarts = Arrays.copyOf(fromStarts, room);
      fromEnds = Arrays.copyOf(fromEnds, room);
      toStarts = Arrays.copyOf(toStarts, room);
      toEnds = Arrays.copyOf(toEnds, room);
      fromNumbers = Arrays.copyOf(fromNumbers, room);
      toNumbers = Arrays.copyOf(toNumbers, room);
    }
    rows[size] = row;
    fromStarts[size] = fromStart;
    fromEnds[size] = fromEnd;
    toStarts[size] = toStart;
    toEnds[size] = toEnd;
    size++;
  }

  /**
   * Finds every end in {@code ids}, its names written in ASCII in {@code text}; {@link #from} and
   * {@link #to} then give their numbers.
   */
  public void lookUp(byte[] text, NetworkMap.Builder ids) {
    ids.findAll(text, fromStarts, fromEnds, size, fromNumbers);
    ids.findAll(text, toStarts, toEnds, size, toNumbers);
  }

  /** What the caller knows the {@code k}-th link by. */
  public int row(int k) {
    return rows[k];
  }

  /** The number of the {@code k}-th link's first end, or -1 when the table does not hold it. */
  public int from(int k) {
    return fromNumbers[k];
  }

  /** The number of its second end, or -1. */
  public int to(int k) {
    return toNumbers[k];
  }
}
