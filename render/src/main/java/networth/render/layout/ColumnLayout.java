package networth.render.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import networth.model.Link;
import networth.model.NetworkMap;

/**
 * Lays a map out in columns, for maps beyond what the layered algorithm draws in good time: each
 * node one column to the right of its furthest source along the links (the longest path from an
 * origin), the nodes of a column in the order of the middle of their sources, links straight from
 * the right of one box to the left of the other. Linear in the nodes and links (a sort per column),
 * and without recursion, so no map is too deep or too wide for it; it does not try to avoid
 * crossings. Boxes are sized as {@link LayeredLayout} sizes them.
 */
final class ColumnLayout {

  static final double MARGIN = 20;
  static final double ROW_GAP = 24;
  static final double COLUMN_GAP = 60;

  private ColumnLayout() {}

  static Picture of(NetworkMap map) {
    int n = map.nodes().size();
    List<Link> links = map.links();
    int[] from = new int[links.size()];
    int[] to = new int[links.size()];
    List<Integer> drawn = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      OptionalInt f = map.indexOf(l.from());
      OptionalInt t = map.indexOf(l.to());
      if (f.isEmpty() || t.isEmpty() || f.getAsInt() == t.getAsInt()) {
        continue;
      }
      if (seen.add(l.from() + "\u0000" + l.to())) {
        from[drawn.size()] = f.getAsInt();
        to[drawn.size()] = t.getAsInt();
        drawn.add(i);
      }
    }
    int m = drawn.size();
    int[] outStart = offsets(n, from, m);
    int[] outEdge = bucket(outStart, from, m);
    int[] inStart = offsets(n, to, m);
    int[] inEdge = bucket(inStart, to, m);
    int[] order = depthFirstOrder(n, outStart, outEdge, to);
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[order[k]] = k;
    }
    // Longest path in the order found; a link against it (a cycle's last) does not push.
    int[] column = new int[n];
    int columns = n == 0 ? 0 : 1;
    for (int v : order) {
      for (int k = inStart[v]; k < inStart[v + 1]; k++) {
        int u = from[inEdge[k]];
        if (rank[u] < rank[v]) {
          column[v] = Math.max(column[v], column[u] + 1);
        }
      }
      columns = Math.max(columns, column[v] + 1);
    }
    Opportunities opportunities = Opportunities.of(map);
    Picture.Box[] sized = new Picture.Box[n];
    List<List<Integer>> byColumn = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      byColumn.add(new ArrayList<>());
    }
    for (int v = 0; v < n; v++) {
      sized[v] = LayeredLayout.size(v, map.nodes().get(v), opportunities);
      byColumn.get(column[v]).add(v);
    }
    Picture.Box[] placed = new Picture.Box[n];
    double[] middle = new double[n];
    double x = MARGIN;
    double height = 0;
    for (List<Integer> nodes : byColumn) {
      // A node goes level with the middle of its sources, all of them in columns to its left.
      List<double[]> keyed = new ArrayList<>(nodes.size());
      for (int v : nodes) {
        double sum = 0;
        int count = 0;
        for (int k = inStart[v]; k < inStart[v + 1]; k++) {
          int u = from[inEdge[k]];
          if (placed[u] != null) {
            sum += middle[u];
            count++;
          }
        }
        keyed.add(new double[] {count == 0 ? Double.NEGATIVE_INFINITY : sum / count, v});
      }
      keyed.sort(Comparator.<double[]>comparingDouble(k -> k[0]).thenComparingDouble(k -> k[1]));
      double y = MARGIN;
      double width = 0;
      for (double[] k : keyed) {
        int v = (int) k[1];
        Picture.Box b = sized[v];
        placed[v] =
            new Picture.Box(
                v,
                x,
                y,
                b.width(),
                b.height(),
                b.shapeWidth(),
                b.shapeHeight(),
                b.lines(),
                b.beside());
        middle[v] = y + b.height() / 2;
        y += b.height() + ROW_GAP;
        width = Math.max(width, b.width());
      }
      height = Math.max(height, y - ROW_GAP + MARGIN);
      x += width + COLUMN_GAP;
    }
    List<Picture.Path> paths = new ArrayList<>(m);
    for (int e = 0; e < m; e++) {
      Picture.Box a = placed[from[e]];
      Picture.Box b = placed[to[e]];
      String note = LayeredLayout.note(links.get(drawn.get(e)));
      paths.add(
          new Picture.Path(
              drawn.get(e),
              new double[] {a.x() + a.width(), a.centreY(), b.x(), b.centreY()},
              note.isEmpty() ? List.of() : LayeredLayout.wrap(note, LayeredLayout.NOTE_WRAP),
              new double[0]));
    }
    double width = Math.max(2 * MARGIN, x - COLUMN_GAP + MARGIN);
    return new Picture(width, Math.max(height, 2 * MARGIN), Arrays.asList(placed), paths);
  }

  /** Where each node's links start in a list bucketed by {@code end}: n + 1 offsets. */
  private static int[] offsets(int n, int[] end, int m) {
    int[] start = new int[n + 1];
    for (int e = 0; e < m; e++) {
      start[end[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    return start;
  }

  /** The links, grouped by {@code end} as {@code start} says, each group in map order. */
  private static int[] bucket(int[] start, int[] end, int m) {
    int[] next = Arrays.copyOf(start, start.length - 1);
    int[] edges = new int[m];
    for (int e = 0; e < m; e++) {
      edges[next[end[e]]++] = e;
    }
    return edges;
  }

  /**
   * The nodes in reverse post-order of a depth-first walk from each node in map order, with an
   * explicit stack: every link goes forward in it except those that close a cycle.
   */
  private static int[] depthFirstOrder(int n, int[] outStart, int[] outEdge, int[] to) {
    int[] order = new int[n];
    int filled = n;
    boolean[] visited = new boolean[n];
    int[] stack = new int[n];
    int[] next = new int[n];
    for (int root = 0; root < n; root++) {
      if (visited[root]) {
        continue;
      }
      int depth = 0;
      stack[depth++] = root;
      visited[root] = true;
      next[root] = outStart[root];
      while (depth > 0) {
        int v = stack[depth - 1];
        if (next[v] < outStart[v + 1]) {
          int w = to[outEdge[next[v]++]];
          if (!visited[w]) {
            visited[w] = true;
            next[w] = outStart[w];
            stack[depth++] = w;
          }
        } else {
          order[--filled] = v;
          depth--;
        }
      }
    }
    return order;
  }
}
