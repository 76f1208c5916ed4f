package networth.analysis.routes;

import java.math.BigInteger;
import java.util.ArrayDeque;
import networth.graph.MapGraph;

/**
 * The exact number of routes from origins to one node, as a BigInteger however large: dynamic
 * programming over the node's ancestors in topological order, {@code routes(v) = Σ_{u→v}
 * routes(u)}, with one route to each origin. O(n + m) additions of numbers of up to L·log2(d) bits.
 */
public final class RouteCount {

  private RouteCount() {}

  public static BigInteger to(MapGraph g, int target) {
    boolean[] ancestor = new boolean[g.nodeCount()];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    ancestor[target] = true;
    todo.add(target);
    while (!todo.isEmpty()) {
      int v = todo.poll();
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        if (!ancestor[u]) {
          ancestor[u] = true;
          todo.add(u);
        }
      }
    }
    if (g.isOrigin(target)) {
      return BigInteger.ZERO;
    }
    BigInteger[] routes = new BigInteger[g.nodeCount()];
    for (int v : g.topologicalOrder()) {
      if (!ancestor[v]) {
        continue;
      }
      if (g.isOrigin(v)) {
        routes[v] = BigInteger.ONE;
        continue;
      }
      BigInteger sum = BigInteger.ZERO;
      for (int k = 0; k < g.inDegree(v); k++) {
        sum = sum.add(routes[g.in(v, k)]);
      }
      routes[v] = sum;
    }
    return routes[target];
  }
}
