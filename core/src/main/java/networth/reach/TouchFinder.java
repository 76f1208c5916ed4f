package networth.reach;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Finds the opportunities a set of nodes played a part in. An opportunity is touched when one of
 * the nodes is an ancestor of it through links (a route of one link or more); directly when one of
 * them links straight to it, otherwise indirectly. Lost opportunities are left out.
 *
 * <p>One breadth-first search from all the nodes at once: O(n + m) per set.
 */
public final class TouchFinder {

  private final MapGraph graph;
  private final boolean[] counted;
  private final BigDecimal[] weight;

  public TouchFinder(NetworkMap map, MapGraph graph) {
    this.graph = graph;
    int n = graph.nodeCount();
    counted = new boolean[n];
    weight = new BigDecimal[n];
    List<Node> nodes = map.nodes();
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      counted[i] = node.isOpportunity() && node.kind() != NodeKind.LOST;
      weight[i] = node.deal().weight(node.kind());
    }
  }

  /** The opportunities that count in a summary: open and won, in map order. */
  public List<String> opportunities() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < counted.length; i++) {
      if (counted[i]) {
        ids.add(graph.id(i));
      }
    }
    return ids;
  }

  /** The summed weight of all the opportunities that count. */
  public BigDecimal totalValue() {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < counted.length; i++) {
      if (counted[i]) {
        total = total.add(weight[i]);
      }
    }
    return total;
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
    List<String> directIds = new ArrayList<>();
    List<String> indirectIds = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      if (reached[i] && counted[i]) {
        (direct[i] ? directIds : indirectIds).add(graph.id(i));
        value = value.add(weight[i]);
      }
    }
    return new Touch(
        name, title, subject, members.stream().toList(), directIds, indirectIds, value);
  }
}
