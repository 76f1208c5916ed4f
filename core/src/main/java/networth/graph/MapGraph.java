package networth.graph;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * A compact, read-only index of a map for the analyses: nodes are numbered 0..n-1 in map order, and
 * the links out of and into each node are stored in compressed sparse rows (int arrays each way,
 * with each link's date beside it, made when first asked for), so that walking the graph allocates
 * nothing per link. Parallel links (the same pair twice) are kept once, with the first one's date.
 * Each node also carries its weight as an opportunity and its date; the topological order is
 * computed once, if there is one.
 *
 * <p>Building costs O(n + m) time and about 8(n + m) bytes each way for n nodes and m links.
 */
public final class MapGraph {

  /** The date of a link or node that has none. */
  public static final int NO_DATE = NetworkMap.NO_DAY;

  // Links from which the two ways are sorted side by side (below, a second thread costs more).
  private static final int PARALLEL_FROM = 100_000;

  private final String[] ids;
  private final NodeKind[] kinds;
  private final double[] weights;
  private final int[] nodeDates;
  private final NetworkMap map;
  private final Rows out;
  private final Rows in;
  private final int[] topological;
  private final int[] repeated;
  // The links' dates in the rows' order, each way, made on the first question about one: only a
  // few analyses ask (time-decay credit, ROI, the timeline), and on a large map they are two
  // arrays as long as the links, fresh memory the checks and most analyses never read.
  private volatile int[][] linkDates;

  /**
   * Links grouped by one end: for node v, positions start[v]..start[v+1]-1 of other and date (null
   * when the rows were made without dates).
   */
  // The links dropped as repeats of a pair, by link number (only the out rows' are kept).
  private record Rows(int[] start, int[] other, int[] date, int[] repeats) {}

  private MapGraph(NetworkMap map) {
    List<Node> nodes = map.nodes();
    int n = nodes.size();
    ids = new String[n];
    kinds = new NodeKind[n];
    weights = new double[n];
    nodeDates = new int[n];
    this.map = map;
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      ids[i] = node.id();
      kinds[i] = node.kind();
      weights[i] = node.deal().weight(node.kind()).doubleValue();
      nodeDates[i] = node.date().isPresent() ? day(node.date().get()) : NO_DATE;
    }
    Rows[] ways = bothWays(n, map, null);
    out = ways[0];
    in = ways[1];
    repeated = out.repeats();
    Arrays.sort(repeated);
    topological = topologicalOrder(n);
  }

  public static MapGraph of(NetworkMap map) {
    return new MapGraph(map);
  }

  /**
   * The rows out of and into each node; with each link's date beside it when {@code date} (the
   * links' days) is given. The same links in the same places either way.
   */
  private static Rows[] bothWays(int n, NetworkMap map, int[] date) {
    if (map.links().size() < PARALLEL_FROM) {
      return new Rows[] {compress(n, map, true, date), compress(n, map, false, date)};
    }
    // Each way is sorted on its own core: they read the same columns and write their own.
    java.util.concurrent.CompletableFuture<Rows> inward =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> compress(n, map, false, date));
    Rows outward = compress(n, map, true, date);
    return new Rows[] {outward, inward.join()};
  }

  /** The links' dates in the rows' order, out and in, made once (see {@link #linkDates}). */
  private int[][] linkDates() {
    int[][] made = linkDates;
    if (made == null) {
      synchronized (this) {
        made = linkDates;
        if (made == null) {
          // NO_DATE where a link has none (the map's NO_DAY).
          Rows[] ways = bothWays(nodeCount(), map, map.linkDays());
          made = new int[][] {ways[0].date(), ways[1].date()};
          linkDates = made;
        }
      }
    }
    return made;
  }

  private static int day(PartialDate d) {
    return (int) d.firstDay().toEpochDay();
  }

  /**
   * Counting sort of the links by their first end ({@code outward}) or their second, dropping
   * repeated pairs; which links were dropped only for the outward rows (the inward rows' repeats
   * are empty). On a large map every array here is fresh memory, which costs more than the sorting:
   * the ends are read from the map, not copied, the rows are trimmed only when pairs were dropped,
   * and the link numbers are kept only for the side that reports repeats.
   */
  private static Rows compress(int n, NetworkMap map, boolean outward, int[] date) {
    int m = map.links().size();
    int[] start = new int[n + 1];
    for (int e = 0; e < m; e++) {
      start[(outward ? map.fromIndex(e) : map.toIndex(e)) + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = start.clone();
    int[] values = new int[m];
    int[] dates = date == null ? null : new int[m];
    int[] link = outward ? new int[m] : null;
    for (int e = 0; e < m; e++) {
      int p = fill[outward ? map.fromIndex(e) : map.toIndex(e)]++;
      values[p] = outward ? map.toIndex(e) : map.fromIndex(e);
      if (dates != null) {
        dates[p] = date[e];
      }
      if (outward) {
        link[p] = e;
      }
    }
    // Drop repeated pairs in place, row by row, keeping first occurrences; lastRow[v] remembers
    // the last row that kept v, so this stays linear however large a row is.
    int[] compact = new int[n + 1];
    int[] lastRow = new int[n];
    Arrays.fill(lastRow, -1);
    int write = 0;
    // Repeats are gathered at the front of link: the r-th is found at a position p >= r, so it
    // never overwrites one still to be read.
    int repeats = 0;
    for (int i = 0; i < n; i++) {
      compact[i] = write;
      for (int p = start[i]; p < start[i + 1]; p++) {
        int v = values[p];
        if (lastRow[v] != i) {
          lastRow[v] = i;
          if (dates != null) {
            dates[write] = dates[p];
          }
          values[write++] = v;
        } else if (outward) {
          link[repeats++] = link[p];
        }
      }
    }
    compact[n] = write;
    return new Rows(
        compact,
        write == values.length ? values : Arrays.copyOf(values, write),
        dates == null || write == dates.length ? dates : Arrays.copyOf(dates, write),
        outward ? Arrays.copyOf(link, repeats) : new int[0]);
  }

  /** Kahn's algorithm; null when the links have a cycle. */
  private int[] topologicalOrder(int n) {
    int[] pending = new int[n];
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      pending[v] = inDegree(v);
      if (pending[v] == 0) {
        order[tail++] = v;
      }
    }
    while (head < tail) {
      int v = order[head++];
      for (int k = out.start[v]; k < out.start[v + 1]; k++) {
        if (--pending[out.other[k]] == 0) {
          order[tail++] = out.other[k];
        }
      }
    }
    return tail == n ? order : null;
  }

  public int nodeCount() {
    return ids.length;
  }

  public int linkCount() {
    return out.other.length;
  }

  public String id(int node) {
    return ids[node];
  }

  public NodeKind kind(int node) {
    return kinds[node];
  }

  /** What an opportunity counts for (see {@link networth.model.Deal#weight}); 0 for other nodes. */
  public double weight(int node) {
    return weights[node];
  }

  /** Whether a node is an opportunity that the analyses count: won or open, not lost. */
  public boolean isCounted(int node) {
    return kinds[node] == NodeKind.CLIENT || kinds[node] == NodeKind.PROSPECT;
  }

  /** The node's date as a day number (days since 1970-01-01), or {@link #NO_DATE}. */
  public int date(int node) {
    return nodeDates[node];
  }

  /** The summed weight of the counted opportunities: the value there is to credit. */
  public double totalWeight() {
    double t = 0;
    for (int v = 0; v < nodeCount(); v++) {
      if (isCounted(v)) {
        t += weight(v);
      }
    }
    return t;
  }

  public OptionalInt indexOf(String id) {
    return map.indexOf(id);
  }

  public int outDegree(int node) {
    return out.start[node + 1] - out.start[node];
  }

  public int inDegree(int node) {
    return in.start[node + 1] - in.start[node];
  }

  /** The k-th node that {@code node} links to, 0 <= k < outDegree(node). */
  public int out(int node, int k) {
    return out.other[out.start[node] + k];
  }

  /** The date of the k-th link out of {@code node}, or {@link #NO_DATE}. */
  public int outDate(int node, int k) {
    return linkDates()[0][out.start[node] + k];
  }

  /** The k-th node linking to {@code node}, 0 <= k < inDegree(node). */
  public int in(int node, int k) {
    return in.other[in.start[node] + k];
  }

  /** The date of the k-th link into {@code node}, or {@link #NO_DATE}. */
  public int inDate(int node, int k) {
    return linkDates()[1][in.start[node] + k];
  }

  /** Whether a node is an origin: nothing leads to it. */
  public boolean isOrigin(int node) {
    return inDegree(node) == 0;
  }

  /** The positions, in the map's list of links, of the links that repeat an earlier one. */
  public int[] repeatedLinks() {
    return repeated.clone();
  }

  public boolean isAcyclic() {
    return topological != null;
  }

  /**
   * The nodes in an order where every link goes forward (Kahn 1962). The analyses need it.
   *
   * @throws CyclicMapException naming a cycle, when the links have one
   */
  public int[] topologicalOrder() {
    if (topological == null) {
      throw new CyclicMapException(CycleFinder.find(this).orElseThrow());
    }
    return topological.clone();
  }
}
