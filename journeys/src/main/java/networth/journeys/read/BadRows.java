package networth.journeys.read;

import java.util.ArrayList;
import java.util.List;

/**
 * What happens to bad rows: either the first one stops the read ({@link JourneyInputException}),
 * or, with {@code --skip-bad-rows}, each is left out and counted, the first few kept to show.
 */
public final class BadRows {
  /** How many skipped rows are kept to be shown; the rest are only counted. */
  public static final int SHOWN = 5;

  private final boolean skip;
  private final List<BadRow> first = new ArrayList<>();
  private long count;

  private BadRows(boolean skip) {
    this.skip = skip;
  }

  /** The first bad row stops the read. */
  public static BadRows stop() {
    return new BadRows(false);
  }

  /** Bad rows are left out and counted. */
  public static BadRows skip() {
    return new BadRows(true);
  }

  /** Records a bad row: throws unless rows are skipped. */
  void report(BadRow row) {
    if (!skip) {
      throw new JourneyInputException(
          row.describe() + " (or --skip-bad-rows to leave such rows out and count them)");
    }
    count++;
    if (first.size() < SHOWN) {
      first.add(row);
    }
  }

  /** How many rows were left out. */
  public long count() {
    return count;
  }

  /** The first {@link #SHOWN} rows left out, in the order met. */
  public List<BadRow> first() {
    return List.copyOf(first);
  }

  /**
   * What standard error says after a read that skipped rows: how many, and the first few; empty
   * when none was skipped.
   */
  public String summary() {
    if (count == 0) {
      return "";
    }
    StringBuilder s =
        new StringBuilder("skipped " + count + " bad row" + (count == 1 ? "" : "s") + ":\n");
    for (BadRow r : first) {
      s.append("  ").append(r.describe()).append('\n');
    }
    if (count > first.size()) {
      s.append("  … and ").append(count - first.size()).append(" more\n");
    }
    return s.toString();
  }
}
