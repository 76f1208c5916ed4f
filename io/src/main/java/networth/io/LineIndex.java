package networth.io;

import java.util.Arrays;

/**
 * Where each line of a text starts, at a byte a line: each line's length with its line break (its
 * step to the next line's start), up to 254 in the byte itself and a longer one among the wide
 * steps, which are kept in the lines' order; and, every {@value #MARK} lines, the start and how
 * many wide steps came before. An int a line was 29 MB kept for as long as a million-node map's
 * lines may be shown; this is 7 MB. A line's start is its mark's plus the steps between, and
 * reading lines in order, as every reader does, goes a step at a time through a {@link Cursor}.
 *
 * <p>Immutable once built; a cursor is for one thread.
 */
final class LineIndex {

  /** How many lines share a mark: a start found anywhere adds at most this many steps. */
  static final int MARK = 64;

  private static final int SHIFT = Integer.numberOfTrailingZeros(MARK);

  // A step this long or longer is among the wide ones.
  private static final int WIDE = 255;

  private final int size;
  private final byte[] steps;
  private final int[] wide;
  private final int[] marks; // where line k * MARK starts
  private final int[] wideBefore; // how many wide steps come before line k * MARK

  private LineIndex(int size, byte[] steps, int[] wide, int[] marks, int[] wideBefore) {
    this.size = size;
    this.steps = steps;
    this.wide = wide;
    this.marks = marks;
    this.wideBefore = wideBefore;
  }

  /** How many lines. */
  int size() {
    return size;
  }

  /** Where line {@code index} (from 0 to {@link #size}) starts. */
  int start(int index) {
    return new Cursor().moveTo(index);
  }

  /**
   * The length of line {@code index} with its line break: where the next starts, from its start.
   */
  int step(int index) {
    int step = steps[index] & 0xFF;
    if (step != WIDE) {
      return step;
    }
    Cursor c = new Cursor();
    c.moveTo(index);
    return c.step();
  }

  /** A cursor on the lines, for one thread. */
  Cursor cursor() {
    return new Cursor();
  }

  /**
   * A line's start and step, found from the line before in one step when the lines are asked for in
   * order, and from the mark before otherwise.
   */
  final class Cursor {
    private int at = -1; // the line the cursor is on, or -1
    private int start; // where it starts
    private int wideAt; // how many wide steps come before it

    private Cursor() {}

    /** Moves to line {@code index} (from 0 to {@link #size}); where it starts. */
    int moveTo(int index) {
      if (index == at) {
        return start;
      }
      if (index == at + 1 && at >= 0) {
        int step = steps[at] & 0xFF;
        if (step == WIDE) {
          step = wide[wideAt++];
        }
        start += step;
        at = index;
        return start;
      }
      int k = index >>> SHIFT;
      int s = marks[k];
      int w = wideBefore[k];
      for (int i = k << SHIFT; i < index; i++) {
        int step = steps[i] & 0xFF;
        s += step == WIDE ? wide[w++] : step;
      }
      at = index;
      start = s;
      wideAt = w;
      return s;
    }

    /** The step of the line the cursor is on (not the last mark). */
    int step() {
      int step = steps[at] & 0xFF;
      return step == WIDE ? wide[wideAt] : step;
    }
  }

  /** Gathers the steps of lines in order. */
  static final class Builder {
    private byte[] steps;
    private int count;
    private int[] wide = new int[16];
    private int wideCount;

    /** A builder for about {@code expected} lines. */
    Builder(int expected) {
      steps = new byte[Math.max(16, expected)];
    }

    /** Adds the next line's step. */
    void add(int step) {
      if (count == steps.length) {
        steps = Arrays.copyOf(steps, count + (count >> 1) + 16);
      }
      if (step >= WIDE) {
        if (wideCount == wide.length) {
          wide = Arrays.copyOf(wide, 2 * wideCount);
        }
        wide[wideCount++] = step;
        steps[count++] = (byte) WIDE;
      } else {
        steps[count++] = (byte) step;
      }
    }

    /** How many lines so far. */
    int count() {
      return count;
    }

    /** These lines, then those of {@code next}. */
    Builder followedBy(Builder next) {
      if (count + next.count > steps.length) {
        steps = Arrays.copyOf(steps, count + next.count);
      }
      System.arraycopy(next.steps, 0, steps, count, next.count);
      count += next.count;
      if (wideCount + next.wideCount > wide.length) {
        wide = Arrays.copyOf(wide, wideCount + next.wideCount);
      }
      System.arraycopy(next.wide, 0, wide, wideCount, next.wideCount);
      wideCount += next.wideCount;
      return this;
    }

    /**
     * The index of the lines added, the first starting at {@code first}: the steps' array is kept
     * as it is unless most of it is unused (a copy of it would be fresh memory).
     */
    LineIndex build(int first) {
      int marksCount = (count >>> SHIFT) + 1;
      int[] marks = new int[marksCount];
      int[] wideBefore = new int[marksCount];
      int s = first;
      int w = 0;
      for (int k = 0; k < marksCount; k++) {
        marks[k] = s;
        wideBefore[k] = w;
        int end = Math.min(count, (k + 1) << SHIFT);
        for (int i = k << SHIFT; i < end; i++) {
          int step = steps[i] & 0xFF;
          if (step == WIDE) {
            s += wide[w++];
          } else {
            s += step;
          }
        }
      }
      return new LineIndex(
          count,
          steps.length > 2 * count ? Arrays.copyOf(steps, count) : steps,
          Arrays.copyOf(wide, wideCount),
          marks,
          wideBefore);
    }
  }
}
