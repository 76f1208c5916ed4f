package networth.graph;

/**
 * Each node's layer: the number of links on the longest route from an origin to it (origins are
 * layer 0), so that every link goes to a later layer. One pass in topological order, O(n + m).
 */
public final class Layers {

  private Layers() {}

  public static int[] longestPath(MapGraph g) {
    int[] layer = new int[g.nodeCount()];
    for (int v : g.topologicalOrder()) {
      for (int k = 0; k < g.outDegree(v); k++) {
        int w = g.out(v, k);
        layer[w] = Math.max(layer[w], layer[v] + 1);
      }
    }
    return layer;
  }
}
