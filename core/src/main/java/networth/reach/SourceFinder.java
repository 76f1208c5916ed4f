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
 * <p>On an acyclic map, 64 sources at a time share one pass in topological order: each node carries
 * a 64-bit word of the sources it descends from, OR-ed in from the nodes linking to it; an
 * opportunity's word then says which sources touched it, and the words of the sources linking
 * straight to it which touched it directly. O((n + m) · ⌈s / 64⌉) for s sources, where one
 * breadth-first search per source would cost O((n + m) · s), too slow for the thousand origins of a
 * million-node map. A map with a cycle (which the analyses refuse) falls back to one search per
 * source.
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
    List<Source> found = new ArrayList<>(sources.size());
    if (g.isAcyclic()) {
      found.addAll(byWords(map, g, finder, sources, origin));
    } else {
      for (int v : sources) {
        Node node = nodes.get(v);
        Touch t = finder.touch(node.id(), node.label(), node.label(), List.of(node.id()));
        found.add(new Source(t, node.kind(), node.cost(), origin[v]));
      }
    }
    found.sort(
        Comparator.comparing((Source s) -> s.touch().value())
            .reversed()
            .thenComparing(Comparator.comparingInt((Source s) -> s.touch().count()).reversed())
            .thenComparing(Source::label)
            .thenComparing(Source::id));
    return List.copyOf(found);
  }

  private static List<Source> byWords(
      NetworkMap map, MapGraph g, TouchFinder finder, List<Integer> sources, boolean[] origin) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    List<Source> found = new ArrayList<>(sources.size());
    for (int from = 0; from < sources.size(); from += Long.SIZE) {
      List<Integer> chunk = sources.subList(from, Math.min(sources.size(), from + Long.SIZE));
      long[] own = new long[n];
      for (int j = 0; j < chunk.size(); j++) {
        own[chunk.get(j)] |= 1L << j;
      }
      long[] reach = own.clone();
      for (int v : order) {
        for (int k = 0; k < g.inDegree(v); k++) {
          reach[v] |= reach[g.in(v, k)];
        }
      }
      // Two sweeps over the opportunities: how many each source touched, then which.
      int k = chunk.size();
      int[][] direct = new int[k][];
      int[][] indirect = new int[k][];
      int[][] lost = new int[k][];
      for (int sweep = 0; sweep < 2; sweep++) {
        int[][] at = new int[3][k];
        for (int o = 0; o < n; o++) {
          if (reach[o] == 0 || !finder.isDeal(o)) {
            continue;
          }
          long straight = 0;
          for (int e = 0; e < g.inDegree(o); e++) {
            straight |= own[g.in(o, e)];
          }
          for (long bits = reach[o]; bits != 0; bits &= bits - 1) {
            int j = Long.numberOfTrailingZeros(bits);
            int list = finder.isLost(o) ? 2 : (straight >>> j & 1) != 0 ? 0 : 1;
            if (sweep == 1) {
              (list == 0 ? direct : list == 1 ? indirect : lost)[j][at[list][j]] = o;
            }
            at[list][j]++;
          }
        }
        if (sweep == 0) {
          for (int j = 0; j < k; j++) {
            direct[j] = new int[at[0][j]];
            indirect[j] = new int[at[1][j]];
            lost[j] = new int[at[2][j]];
          }
        }
      }
      for (int j = 0; j < chunk.size(); j++) {
        Node node = map.nodes().get(chunk.get(j));
        Touch t =
            finder.touch(
                node.id(),
                node.label(),
                node.label(),
                List.of(node.id()),
                direct[j],
                indirect[j],
                lost[j]);
        found.add(new Source(t, node.kind(), node.cost(), origin[chunk.get(j)]));
      }
    }
    return found;
  }
}
