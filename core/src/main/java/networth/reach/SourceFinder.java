package networth.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Finds every source of a map and what each led to, ranked: most value first, then most
 * opportunities, then by name.
 *
 * <p>What the sources touched is found 64 at a time (see {@link TouchFinder#touches}).
 */
public final class SourceFinder {

  private SourceFinder() {}

  /**
   * The origins that start at least one route: nothing leads to them, they are no opportunity, and
   * some opportunity (won, open or lost) descends from them. One backward search, O(n + m).
   */
  public static boolean[] origins(MapGraph g) {
    int n = g.nodeCount();
    boolean[] leadsToDeal = new boolean[n];
    // Each node enters the queue once: an opportunity that leads to another is queued as an
    // opportunity, not again as an ancestor.
    boolean[] queued = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (g.kind(v).isOpportunity()) {
        queued[v] = true;
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        leadsToDeal[u] = true;
        if (!queued[u]) {
          queued[u] = true;
          queue[tail++] = u;
        }
      }
    }
    boolean[] origins = new boolean[n];
    for (int v = 0; v < n; v++) {
      origins[v] = g.isOrigin(v) && !g.kind(v).isOpportunity() && leadsToDeal[v];
    }
    return origins;
  }

  /** Every source, ranked. */
  public static List<Source> rank(NetworkMap map, MapGraph g, TouchFinder finder) {
    boolean[] origin = origins(g);
    List<Integer> sources = new ArrayList<>();
    List<Node> nodes = map.nodes();
    for (int v = 0; v < g.nodeCount(); v++) {
      Node node = nodes.get(v);
      if (origin[v] || (!node.isOpportunity() && !node.cost().isEmpty())) {
        sources.add(v);
      }
    }
    List<Touch> touches =
        finder.touches(sources.stream().map(v -> TouchFinder.Asked.node(nodes.get(v))).toList());
    List<Source> found = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      Node node = nodes.get(sources.get(i));
      found.add(new Source(touches.get(i), node.kind(), node.cost(), origin[sources.get(i)]));
    }
    found.sort(
        Comparator.comparing((Source s) -> s.touch().value())
            .reversed()
            .thenComparing(Comparator.comparingInt((Source s) -> s.touch().count()).reversed())
            .thenComparing(Source::label)
            .thenComparing(Source::id));
    return List.copyOf(found);
  }
}
