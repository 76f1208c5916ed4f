package networth.analysis.dominance;

import java.util.ArrayList;
import java.util.List;
import networth.graph.MapGraph;

/**
 * The critical nodes of every route: node d <em>dominates</em> v when every route from an origin to
 * v passes through d. Computed over a virtual root joined to every origin, as the immediate
 * dominator of each node, with the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple,
 * Fast Dominance Algorithm", 2001). The links here never form a cycle, so one pass in topological
 * order settles every node: a node's immediate dominator is the nearest common dominator of the
 * nodes linking to it. O(m·h) for a dominator tree of height h; JGraphT has no dominator algorithm.
 */
public final class Dominators {

  /** The virtual root's stand-in in {@link #immediate}. */
  public static final int ROOT = -1;

  private final MapGraph g;
  private final int[] idom;

  private Dominators(MapGraph g) {
    this.g = g;
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    int[] position = new int[n];
    for (int i = 0; i < n; i++) {
      position[order[i]] = i;
    }
    idom = new int[n];
    for (int v : order) {
      if (g.isOrigin(v)) {
        idom[v] = ROOT;
        continue;
      }
      int d = g.in(v, 0);
      for (int k = 1; k < g.inDegree(v) && d != ROOT; k++) {
        d = meet(d, g.in(v, k), position);
      }
      idom[v] = d;
    }
  }

  public static Dominators of(MapGraph g) {
    return new Dominators(g);
  }

  /** The nearest common dominator of two nodes, walking up the tree built so far. */
  private int meet(int a, int b, int[] position) {
    while (a != b) {
      while (a != ROOT && (b == ROOT || position[a] > position[b])) {
        a = idom[a];
      }
      while (b != ROOT && (a == ROOT || position[b] > position[a])) {
        b = idom[b];
      }
    }
    return a;
  }

  /**
   * The immediate dominator of a node, or {@link #ROOT} when only the virtual root dominates it.
   */
  public int immediate(int v) {
    return idom[v];
  }

  /** The nodes every route to v passes through, v excepted, nearest first. */
  public List<Integer> critical(int v) {
    List<Integer> chain = new ArrayList<>();
    for (int d = idom[v]; d != ROOT; d = idom[d]) {
      chain.add(d);
    }
    return chain;
  }

  /**
   * For each node, the summed weight of the counted opportunities it strictly dominates: the value
   * that would be lost without it alone. O(n) over the dominator tree.
   */
  public double[] heldValue() {
    int n = g.nodeCount();
    double[] subtree = new double[n];
    int[] order = g.topologicalOrder();
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      if (g.isCounted(v)) {
        subtree[v] += g.weight(v);
      }
      if (idom[v] != ROOT) {
        subtree[idom[v]] += subtree[v];
      }
    }
    double[] held = new double[n];
    for (int v = 0; v < n; v++) {
      held[v] = subtree[v] - (g.isCounted(v) ? g.weight(v) : 0);
    }
    return held;
  }
}
