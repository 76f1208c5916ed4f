package networth.reach;

import java.util.ArrayList;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * What each of many nodes touched on its own, 64 nodes at a time: one pass in topological order
 * gives every node a 64-bit word of the chosen nodes it descends from (the OR of its predecessors'
 * words), so that an opportunity's word names the chosen nodes that touched it, and the words of
 * the nodes linking straight to it those that touched it directly. O((n + m) · ⌈s / 64⌉) for s
 * nodes, where one breadth-first search each would cost O((n + m) · s): too slow for the thousand
 * origins of a million-node map. Needs an acyclic map.
 */
final class TouchWords {

  private TouchWords() {}

  static List<Touch> each(NetworkMap map, MapGraph g, TouchFinder finder, List<Integer> chosen) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    List<Touch> found = new ArrayList<>(chosen.size());
    for (int from = 0; from < chosen.size(); from += Long.SIZE) {
      List<Integer> chunk = chosen.subList(from, Math.min(chosen.size(), from + Long.SIZE));
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
      // Two sweeps over the opportunities: how many each node touched, then which.
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
        found.add(
            finder.touch(
                node.id(),
                node.label(),
                node.label(),
                List.of(node.id()),
                direct[j],
                indirect[j],
                lost[j]));
      }
    }
    return found;
  }
}
