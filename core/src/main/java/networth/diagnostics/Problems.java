package networth.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the problems found in an input so that the user sees them all at once, keeping at most
 * {@link #MAX_DEFAULT} so that a wrong file cannot flood the terminal.
 */
public final class Problems {

  public static final int MAX_DEFAULT = 100;

  private final List<Problem> kept = new ArrayList<>();
  private final int max;
  private int dropped;
  private boolean droppedError;

  public Problems() {
    this(MAX_DEFAULT);
  }

  public Problems(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    this.max = max;
  }

  public void add(Problem p) {
    if (kept.size() < max) {
      kept.add(p);
    } else {
      dropped++;
      droppedError |= p.isError();
    }
  }

  public void addAll(List<Problem> ps) {
    ps.forEach(this::add);
  }

  /**
   * The problems kept and, when more were found, one more that says how many were left out, so the
   * user knows the list is not the whole story.
   */
  public List<Problem> list() {
    if (dropped == 0) {
      return Collections.unmodifiableList(kept);
    }
    List<Problem> all = new ArrayList<>(kept);
    SourcePosition at = kept.get(kept.size() - 1).position();
    String more = dropped + " more problem" + (dropped == 1 ? "" : "s") + " not shown";
    String hint = "fix the ones above and run again to see the rest";
    // An error only when none of those shown is one: the map must still count as having errors.
    boolean keptError = kept.stream().anyMatch(Problem::isError);
    all.add(
        droppedError && !keptError
            ? Problem.error(at, more, hint)
            : Problem.warning(at, more, hint));
    return Collections.unmodifiableList(all);
  }

  /** How many problems were found beyond those kept. */
  public int dropped() {
    return dropped;
  }

  public boolean hasErrors() {
    return droppedError || kept.stream().anyMatch(Problem::isError);
  }
}
