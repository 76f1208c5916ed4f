package networth.render.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import networth.graph.MapGraph;

/**
 * The few nodes the map draws in bold: of the nodes that alone hold value (every route to some
 * opportunity passes through them, see {@code Dominators.heldValue}), the {@link #TOP} that hold
 * the most, and only those whose loss would put at least {@link #SHARE} of the map's value at risk.
 * Bolding every node that holds anything marks most of a sparse map, which says nothing; a handful
 * says where the network is fragile.
 */
public final class Keystones {

  /** At most this many nodes are drawn in bold. */
  public static final int TOP = 3;

  /** The least share of the map's value a bold node alone must hold. */
  public static final double SHARE = 0.10;

  /** The rule, as the legend and the report's caption say it. */
  public static final String RULE =
      "keystone: one of at most "
          + TOP
          + " nodes whose loss alone puts the most value at risk (each at least "
          + Math.round(SHARE * 100)
          + "% of it)";

  private Keystones() {}

  /**
   * The keystones, as node indices.
   *
   * @param held for each node, the value only it leads to
   */
  public static Set<Integer> of(MapGraph g, double[] held) {
    double total = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      total += g.isCounted(v) ? g.weight(v) : 0;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int v = 0; v < held.length; v++) {
      if (held[v] > 0 && held[v] >= SHARE * total) {
        candidates.add(v);
      }
    }
    // Most value first; between equals, the node the map declares first.
    candidates.sort(Comparator.comparingDouble((Integer v) -> -held[v]).thenComparing(v -> v));
    return new TreeSet<>(candidates.subList(0, Math.min(TOP, candidates.size())));
  }
}
