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

  public List<Problem> list() {
    return Collections.unmodifiableList(kept);
  }

  /** How many problems were found beyond those kept. */
  public int dropped() {
    return dropped;
  }

  public boolean hasErrors() {
    return droppedError || kept.stream().anyMatch(Problem::isError);
  }
}
