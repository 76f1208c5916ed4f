package networth.reach;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Finds the opportunities a set of nodes played a part in. An opportunity is touched when one of
 * the nodes is an ancestor of it through links (a route of one link or more); directly when one of
 * them links straight to it, otherwise indirectly. Lost opportunities count apart: they carry no
 * weight, but the deals won and lost give the win rate.
 *
 * <p>One breadth-first search from all the nodes at once: O(n + m) per set.
 */
public final class TouchFinder {

  private final MapGraph graph;
  private final boolean[] counted;
  private final BigDecimal[] weight;
  private final boolean[] lost;
  // What a lost deal would have been worth: its weight is nothing.
  private final BigDecimal[] lostValue;
  private final ExactSums weights;
  private final ExactSums wonWeights;
  private final ExactSums lostValues;

  public TouchFinder(NetworkMap map, MapGraph graph) {
    this.graph = graph;
    int n = graph.nodeCount();
    counted = new boolean[n];
    weight = new BigDecimal[n];
    lost = new boolean[n];
    lostValue = new BigDecimal[n];
    List<Node> nodes = map.nodes();
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      counted[i] = node.isOpportunity() && node.kind() != NodeKind.LOST;
      weight[i] = node.deal().weight(node.kind());
      lost[i] = node.kind() == NodeKind.LOST;
      lostValue[i] = lost[i] ? dealValue(node) : BigDecimal.ZERO;
    }
    weights = new ExactSums(weight);
    BigDecimal[] wonWeight = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      wonWeight[i] = graph.kind(i) == NodeKind.CLIENT ? weight[i] : BigDecimal.ZERO;
    }
    wonWeights = new ExactSums(wonWeight);
    lostValues = new ExactSums(lostValue);
  }

  private static BigDecimal dealValue(Node node) {
    return node.deal().value().map(Money::amount).orElse(BigDecimal.ZERO);
  }

  /** The lost opportunities, in map order. */
  public List<String> lostOpportunities() {
    return ids(where(lost));
  }

  /** The summed value of every lost deal. */
  public BigDecimal lostValue() {
    return lostValues.sum(where(lost));
  }

  /** The opportunities that count in a summary: open and won, in map order. */
  public List<String> opportunities() {
    return ids(where(counted));
  }

  /** The summed weight of all the opportunities that count. */
  public BigDecimal totalValue() {
    return weights.sum(where(counted));
  }

  /** The node numbers marked, in order. */
  private static int[] where(boolean[] marked) {
    return java.util.stream.IntStream.range(0, marked.length).filter(i -> marked[i]).toArray();
  }

  /** What the given nodes touched; ids that are not in the map are ignored. */
  public Touch touch(String name, String title, String subject, Collection<String> members) {
    int n = graph.nodeCount();
    boolean[] reached = new boolean[n];
    boolean[] direct = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (String id : members) {
      graph
          .indexOf(id)
          .ifPresent(
              v -> {
                for (int k = 0; k < graph.outDegree(v); k++) {
                  int w = graph.out(v, k);
                  direct[w] = true;
                  if (!reached[w]) {
                    reached[w] = true;
                    queue.add(w);
                  }
                }
              });
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int k = 0; k < graph.outDegree(v); k++) {
        int w = graph.out(v, k);
        if (!reached[w]) {
          reached[w] = true;
          queue.add(w);
        }
      }
    }
    int[] counts = new int[3];
    for (int i = 0; i < n; i++) {
      if (reached[i] && counted[i]) {
        counts[direct[i] ? 0 : 1]++;
      } else if (reached[i] && lost[i]) {
        counts[2]++;
      }
    }
    int[][] ids = {new int[counts[0]], new int[counts[1]], new int[counts[2]]};
    int[] at = new int[3];
    for (int i = 0; i < n; i++) {
      if (reached[i] && (counted[i] || lost[i])) {
        int list = lost[i] ? 2 : direct[i] ? 0 : 1;
        ids[list][at[list]++] = i;
      }
    }
    return touch(name, title, subject, members.stream().toList(), ids[0], ids[1], ids[2]);
  }

  /**
   * A set of nodes whose touch is asked for, named as {@link Touch} names it.
   *
   * @param members node ids; ids the map does not have are ignored
   */
  public record Asked(String name, String title, String subject, List<String> members) {
    public Asked {
      members = List.copyOf(members);
    }

    /** One node on its own, named by its label. */
    public static Asked node(Node n) {
      return new Asked(n.id(), n.label(), n.label(), List.of(n.id()));
    }
  }

  /**
   * What each set touched, in the order asked. On an acyclic map 64 sets share one pass ({@link
   * TouchWords}); a map with a cycle, which the analyses refuse, gets one search per set.
   */
  public List<Touch> touches(List<Asked> asked) {
    if (graph.isAcyclic()) {
      return TouchWords.each(graph, this, asked);
    }
    return asked.stream().map(a -> touch(a.name(), a.title(), a.subject(), a.members())).toList();
  }

  /** A touch of these opportunities (node indexes, in map order), with their value and win rate. */
  Touch touch(
      String name,
      String title,
      String subject,
      List<String> members,
      int[] directIds,
      int[] indirectIds,
      int[] lostIds) {
    BigDecimal value = weights.sum(directIds).add(weights.sum(indirectIds));
    BigDecimal wonValue = wonWeights.sum(directIds).add(wonWeights.sum(indirectIds));
    int won = 0;
    for (int[] ids : new int[][] {directIds, indirectIds}) {
      for (int i : ids) {
        if (graph.kind(i) == NodeKind.CLIENT) {
          won++;
        }
      }
    }
    BigDecimal lostSum = lostValues.sum(lostIds);
    return new Touch(
        name,
        title,
        subject,
        members,
        ids(directIds),
        ids(indirectIds),
        value,
        ids(lostIds),
        new WinRate(won, lostIds.length, wonValue, lostSum));
  }

  private List<String> ids(int[] nodes) {
    String[] ids = new String[nodes.length];
    for (int k = 0; k < nodes.length; k++) {
      ids[k] = graph.id(nodes[k]);
    }
    return List.of(ids);
  }

  /** Whether a node is an opportunity, counted or lost. */
  boolean isDeal(int v) {
    return counted[v] || lost[v];
  }

  boolean isCounted(int v) {
    return counted[v];
  }

  boolean isLost(int v) {
    return lost[v];
  }
}
