package networth.analysis.routes;

import java.util.Optional;
import networth.graph.MapGraph;

/**
 * Routes counted without their lengths, for every node at once, in plain doubles: {@link #routes}
 * from the origins to each node, and {@link #nodes} summed over those routes. One pass in
 * topological order, one number read per link: what first touch, last touch and Markov need, in O(n
 * + m) rather than the O((n + m)·L) of counting by length ({@link RouteTable}).
 *
 * <p>Plain doubles are exact enough only while the counts stay far from a double's range; {@link
 * #of} gives nothing when some node has more than 2<sup>500</sup> routes, and the callers then
 * count with {@link RouteTable}, which scales every row.
 */
public final class RouteTotals {

  /** Beyond this many routes to a node, counts are left to {@link RouteTable}. */
  static final double LIMIT = 0x1p500;

  // cell[3v], cell[3v + 1], cell[3v + 2]: v's routes, their nodes summed, and the most nodes on
  // one of them, side by side, so that a link reads one place.
  private final double[] cell;
  private final int longest;

  private RouteTotals(double[] cell, int longest) {
    this.cell = cell;
    this.longest = longest;
  }

  /** The totals, or empty when some count is too large for plain doubles. */
  public static Optional<RouteTotals> of(MapGraph g) {
    int n = g.nodeCount();
    double[] cell = new double[3 * n];
    double most = 0;
    for (int v : g.topologicalOrder()) {
      if (g.isOrigin(v)) {
        cell[3 * v] = 1;
        cell[3 * v + 1] = 1;
        cell[3 * v + 2] = 1;
        most = Math.max(most, 1);
        continue;
      }
      double r = 0;
      double s = 0;
      double l = 0;
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = 3 * g.in(v, k);
        r += cell[u];
        s += cell[u + 1];
        l = Math.max(l, cell[u + 2]);
      }
      if (!(r <= LIMIT)) {
        return Optional.empty();
      }
      cell[3 * v] = r;
      // Each route to v is a route to a node before it, one node longer.
      cell[3 * v + 1] = s + r;
      cell[3 * v + 2] = l + 1;
      most = Math.max(most, l + 1);
    }
    return Optional.of(new RouteTotals(cell, (int) most));
  }

  /** How many routes from an origin end at v (1 for an origin). */
  public double routes(int v) {
    return cell[3 * v];
  }

  /** The number of nodes summed over those routes, v included. */
  public double nodes(int v) {
    return cell[3 * v + 1];
  }

  /** The most nodes on any route (0 for a map without nodes). */
  public int longest() {
    return longest;
  }

  /**
   * For every node v, the sum over the seeded nodes x of {@code seed[x]} times the number of paths
   * from v to x (v itself not counted as a path to itself): one pass against the topological order.
   */
  public static double[] down(MapGraph g, double[] seed) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    double[] down = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      double d = 0;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        d += seed[x] + down[x];
      }
      down[v] = d;
    }
    return down;
  }
}
