package networth.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Finds a cycle of links, if there is one: the analyses need provenance that never comes back to
 * where it started. Iterative depth-first search with three colours (Cormen et al., "Introduction
 * to Algorithms", 22.3), O(n + m) time, no recursion so that long chains cannot overflow the stack.
 */
public final class CycleFinder {

  private static final byte WHITE = 0;
  private static final byte GREY = 1;
  private static final byte BLACK = 2;

  private CycleFinder() {}

  /**
   * A cycle as the node ids along it, the first repeated at the end ({@code [a, b, c, a]}), or
   * empty when the graph is acyclic.
   */
  public static Optional<List<String>> find(MapGraph g) {
    int n = g.nodeCount();
    byte[] colour = new byte[n];
    int[] parent = new int[n];
    int[] next = new int[n];
    int[] stack = new int[n];
    for (int root = 0; root < n; root++) {
      if (colour[root] != WHITE) {
        continue;
      }
      int top = 0;
      stack[top++] = root;
      colour[root] = GREY;
      parent[root] = -1;
      while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < g.outDegree(v)) {
          int w = g.out(v, next[v]++);
          if (colour[w] == GREY) {
            return Optional.of(spell(g, parent, v, w));
          }
          if (colour[w] == WHITE) {
            colour[w] = GREY;
            parent[w] = v;
            stack[top++] = w;
          }
        } else {
          colour[v] = BLACK;
          top--;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> spell(MapGraph g, int[] parent, int last, int first) {
    List<String> path = new ArrayList<>();
    path.add(g.id(first));
    for (int v = last; v != first; v = parent[v]) {
      path.add(g.id(v));
    }
    path.add(g.id(first));
    Collections.reverse(path);
    return path;
  }
}
