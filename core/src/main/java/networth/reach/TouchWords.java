package networth.reach;

import java.util.ArrayList;
import java.util.List;
import networth.graph.MapGraph;

/**
 * What each of many sets of nodes (a group, a channel, a source) touched, 64 sets at a time: one
 * pass in topological order gives every node a 64-bit word of the sets it holds a node of or
 * descends from (its own bits OR its predecessors' words); an opportunity is touched by the sets in
 * the words of the nodes linking to it, directly by those holding one of them. O((n + m) · ⌈s /
 * 64⌉) for s sets, where one breadth-first search each would cost O((n + m) · s): too slow for the
 * thousand origins of a million-node map. Needs an acyclic map.
 */
final class TouchWords {

  private TouchWords() {}

  static List<Touch> each(MapGraph g, TouchFinder finder, List<TouchFinder.Asked> chosen) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    List<Touch> found = new ArrayList<>(chosen.size());
    for (int from = 0; from < chosen.size(); from += Long.SIZE) {
      List<TouchFinder.Asked> chunk =
          chosen.subList(from, Math.min(chosen.size(), from + Long.SIZE));
      long[] own = new long[n];
      for (int j = 0; j < chunk.size(); j++) {
        for (String id : chunk.get(j).members()) {
          int bit = j;
          g.indexOf(id).ifPresent(v -> own[v] |= 1L << bit);
        }
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
          // Touched through a link: an opportunity that is itself a member does not count.
          long touched = 0;
          long straight = 0;
          for (int e = 0; e < g.inDegree(o); e++) {
            touched |= reach[g.in(o, e)];
            straight |= own[g.in(o, e)];
          }
          for (long bits = touched; bits != 0; bits &= bits - 1) {
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
        TouchFinder.Asked asked = chunk.get(j);
        found.add(
            finder.touch(
                asked.name(),
                asked.title(),
                asked.subject(),
                asked.members(),
                direct[j],
                indirect[j],
                lost[j]));
      }
    }
    return found;
  }
}
