package networth.analysis.routes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import networth.graph.MapGraph;

/**
 * Lists the routes to a node shortest first, up to a limit, without listing the others: a
 * best-first search backwards from the node over partial routes, ordered by their length plus the
 * exact number of links still needed to reach an origin (A* with a perfect heuristic, Hart, Nilsson
 * and Raphael 1968), so every partial route taken from the queue is completed at the length it
 * promised. Ties go to the route whose nodes come first in the map. O(k·L·(d + log q)) for k routes
 * of up to L nodes with in-degree up to d and queue size q.
 */
public final class RouteFinder {

  private final MapGraph g;
  private final int[] toOrigin;

  public RouteFinder(MapGraph g) {
    this.g = g;
    this.toOrigin = linksToOrigin(g);
  }

  /** For each node, the fewest links back to an origin: a breadth-first search from all origins. */
  private static int[] linksToOrigin(MapGraph g) {
    int[] dist = new int[g.nodeCount()];
    Arrays.fill(dist, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isOrigin(v)) {
        dist[v] = 0;
        queue.add(v);
      }
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int k = 0; k < g.outDegree(v); k++) {
        int w = g.out(v, k);
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.add(w);
        }
      }
    }
    return dist;
  }

  /** A partial route read backwards: {@code head} is its first node so far. */
  private record Partial(int head, Partial rest, int links, int estimate) {}

  /**
   * Up to {@code limit} routes to {@code target}, shortest first, each as node indexes from an
   * origin to the target. None when the target is itself an origin.
   */
  public List<int[]> shortest(int target, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
    }
    List<int[]> found = new ArrayList<>();
    if (g.isOrigin(target) || limit == 0) {
      return found;
    }
    PriorityQueue<Partial> queue =
        new PriorityQueue<>(
            (a, b) ->
                a.estimate != b.estimate
                    ? Integer.compare(a.estimate, b.estimate)
                    // Among equals, the most advanced first: routes complete instead of piling up.
                    : a.links != b.links ? Integer.compare(b.links, a.links) : compareNodes(a, b));
    queue.add(new Partial(target, null, 0, toOrigin[target]));
    while (!queue.isEmpty() && found.size() < limit) {
      Partial p = queue.poll();
      if (g.isOrigin(p.head)) {
        found.add(nodes(p));
        continue;
      }
      for (int k = 0; k < g.inDegree(p.head); k++) {
        int u = g.in(p.head, k);
        queue.add(new Partial(u, p, p.links + 1, p.links + 1 + toOrigin[u]));
      }
    }
    return found;
  }

  /** Deterministic ties: compare the routes' nodes from their heads on. */
  private static int compareNodes(Partial a, Partial b) {
    Partial x = a;
    Partial y = b;
    while (x != null && y != null) {
      if (x.head != y.head) {
        return Integer.compare(x.head, y.head);
      }
      x = x.rest;
      y = y.rest;
    }
    return x == null ? (y == null ? 0 : -1) : 1;
  }

  private static int[] nodes(Partial p) {
    int[] route = new int[p.links + 1];
    int i = 0;
    for (Partial q = p; q != null; q = q.rest) {
      route[i++] = q.head;
    }
    return route;
  }
}
