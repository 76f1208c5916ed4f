package networth.analysis.routes;

import networth.graph.MapGraph;

/**
 * Routes counted by dynamic programming, never listed. A <em>route</em> to an opportunity is a path
 * of links from an origin (a node nothing leads to) to it; its <em>touches</em> are its nodes
 * before the opportunity.
 *
 * <ul>
 *   <li>{@link #up}: for each node v, how many routes from an origin end at v, by their number of
 *       nodes (v included). An origin has one route of one node; otherwise {@code up(v)[a] =
 *       Σ_{u→v} up(u)[a-1]}. O((n + m)·L) for routes of up to L nodes.
 *   <li>{@link #down}: given a seed amount c(o) for some opportunities, for each node v the sum
 *       over those opportunities of c(o) times the number of paths from v to o, by the number of
 *       nodes strictly between v and o: {@code down(v)[b] = Σ_{v→x} (c(x) if b = 0) +
 *       down(x)[b-1]}.
 * </ul>
 *
 * A node v on a route of a touches up to v and b after it is then counted by {@code up(v)[a] ×
 * down(v)[b]}, which is how the attribution models credit it without listing routes.
 */
public final class RouteProfiles {

  private RouteProfiles() {}

  /** Routes from origins to every node, by their number of nodes. */
  public static Profile[] up(MapGraph g) {
    int n = g.nodeCount();
    Profile[] up = new Profile[n];
    Profile origin = Profile.of(1, Scaled.ONE);
    ProfileSum sum = new ProfileSum();
    for (int v : g.topologicalOrder()) {
      if (g.isOrigin(v)) {
        up[v] = origin;
        continue;
      }
      for (int k = 0; k < g.inDegree(v); k++) {
        sum.add(up[g.in(v, k)], 1);
      }
      up[v] = sum.result();
    }
    return up;
  }

  /**
   * Paths from every node to the seeded opportunities, weighted by the seeds, by the number of
   * nodes between.
   *
   * @param seed an amount per node, zero (or {@link Scaled#ZERO}) for nodes that are not seeded
   */
  public static Profile[] down(MapGraph g, Scaled[] seed) {
    int n = g.nodeCount();
    Profile[] down = new Profile[n];
    ProfileSum sum = new ProfileSum();
    int[] order = g.topologicalOrder();
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (!seed[x].isZero()) {
          sum.add(Profile.of(0, seed[x]), 0);
        }
        sum.add(down[x], 1);
      }
      down[v] = sum.result();
    }
    return down;
  }

  /** The number of routes to each node: the total of its up profile. */
  public static Scaled[] routeCounts(Profile[] up) {
    Scaled[] counts = new Scaled[up.length];
    for (int v = 0; v < up.length; v++) {
      counts[v] = up[v].total();
    }
    return counts;
  }
}
