package networth.analysis.whatif;

import networth.graph.MapGraph;

/**
 * Which nodes still have a route from an origin when some nodes are taken away: a node survives
 * when it is not taken away and it is an origin of the map or one of the nodes linking to it
 * survives. One pass in topological order, O(n + m).
 */
public final class Survival {

  private Survival() {}

  /** For each node, whether it survives the removal of the given nodes. */
  public static boolean[] without(MapGraph g, boolean[] removed) {
    boolean[] alive = new boolean[g.nodeCount()];
    for (int v : g.topologicalOrder()) {
      if (removed[v]) {
        continue;
      }
      boolean fed = g.isOrigin(v);
      for (int k = 0; k < g.inDegree(v) && !fed; k++) {
        fed = alive[g.in(v, k)];
      }
      alive[v] = fed;
    }
    return alive;
  }
}
