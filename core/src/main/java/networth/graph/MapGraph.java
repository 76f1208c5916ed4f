package networth.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * A compact, read-only index of a map's links for the analyses: nodes are numbered 0..n-1 in map
 * order, and the links out of and into each node are stored in compressed sparse rows (two int
 * arrays each way), so that walking the graph allocates nothing per link. Parallel links (the same
 * pair twice) are kept once.
 *
 * <p>Building costs O(n + m) time and about 4(2n + 2m) bytes for n nodes and m links.
 */
public final class MapGraph {

  private final String[] ids;
  private final NodeKind[] kinds;
  private final Map<String, Integer> index;
  private final int[] outStart;
  private final int[] outTarget;
  private final int[] inStart;
  private final int[] inSource;

  private MapGraph(NetworkMap map) {
    List<Node> nodes = map.nodes();
    int n = nodes.size();
    ids = new String[n];
    kinds = new NodeKind[n];
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      ids[i] = nodes.get(i).id();
      kinds[i] = nodes.get(i).kind();
      index.put(ids[i], i);
    }
    List<Link> links = map.links();
    int[] from = new int[links.size()];
    int[] to = new int[links.size()];
    for (int e = 0; e < from.length; e++) {
      from[e] = index.get(links.get(e).from());
      to[e] = index.get(links.get(e).to());
    }
    int[][] out = compress(n, from, to);
    int[][] in = compress(n, to, from);
    outStart = out[0];
    outTarget = out[1];
    inStart = in[0];
    inSource = in[1];
  }

  public static MapGraph of(NetworkMap map) {
    return new MapGraph(map);
  }

  /** Counting sort of the links by their key end, dropping repeated pairs. */
  private static int[][] compress(int n, int[] key, int[] value) {
    int[] start = new int[n + 1];
    for (int k : key) {
      start[k + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = start.clone();
    int[] values = new int[key.length];
    for (int e = 0; e < key.length; e++) {
      values[fill[key[e]]++] = value[e];
    }
    // Drop repeated pairs in place, row by row, keeping first occurrences; lastRow[v] remembers
    // the last row that kept v, so this stays linear however large a row is.
    int[] compact = new int[n + 1];
    int[] lastRow = new int[n];
    Arrays.fill(lastRow, -1);
    int write = 0;
    for (int i = 0; i < n; i++) {
      compact[i] = write;
      for (int p = start[i]; p < start[i + 1]; p++) {
        int v = values[p];
        if (lastRow[v] != i) {
          lastRow[v] = i;
          values[write++] = v;
        }
      }
    }
    compact[n] = write;
    return new int[][] {compact, Arrays.copyOf(values, write)};
  }

  public int nodeCount() {
    return ids.length;
  }

  public int linkCount() {
    return outTarget.length;
  }

  public String id(int node) {
    return ids[node];
  }

  public NodeKind kind(int node) {
    return kinds[node];
  }

  public OptionalInt indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  public int outDegree(int node) {
    return outStart[node + 1] - outStart[node];
  }

  public int inDegree(int node) {
    return inStart[node + 1] - inStart[node];
  }

  /** The k-th node that {@code node} links to, 0 <= k < outDegree(node). */
  public int out(int node, int k) {
    return outTarget[outStart[node] + k];
  }

  /** The k-th node linking to {@code node}, 0 <= k < inDegree(node). */
  public int in(int node, int k) {
    return inSource[inStart[node] + k];
  }

  /** Whether a node is an origin: nothing leads to it. */
  public boolean isOrigin(int node) {
    return inDegree(node) == 0;
  }
}
