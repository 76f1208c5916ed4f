package networth.graph;

import java.util.List;

/** The map's links have a cycle, which provenance cannot have; the message spells it out. */
public final class CyclicMapException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> cycle;

  public CyclicMapException(List<String> cycle) {
    super("the map has a cycle: " + String.join(" -> ", cycle) + "; remove one of these links");
    this.cycle = List.copyOf(cycle);
  }

  /** The ids along the cycle, the first repeated at the end. */
  public List<String> cycle() {
    return cycle;
  }
}
