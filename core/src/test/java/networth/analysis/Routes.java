package networth.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple3;
import networth.graph.MapGraph;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/** Small acyclic maps with opportunities and dated links, and their routes listed one by one. */
public final class Routes {

  private Routes() {}

  /**
   * Maps of 2..maxNodes nodes; links only go from lower to higher numbers, so {@code v0, v1, …} is
   * a topological order, but nodes and links are declared in a shuffled order (seeded by the
   * generated data, so a failing case is reproduced with it): node indexes then follow no
   * topological order, and an algorithm that walks nodes by index instead of in topological order
   * fails.
   */
  public static Arbitrary<NetworkMap> maps(int maxNodes, int maxLinks) {
    List<NodeKind> kinds =
        List.of(
            NodeKind.PERSON,
            NodeKind.CHANNEL,
            NodeKind.EVENT,
            NodeKind.CLIENT,
            NodeKind.PROSPECT,
            NodeKind.LOST);
    return Arbitraries.integers()
        .between(2, maxNodes)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers()
                            .between(0, n - 1)
                            .tuple3()
                            .list()
                            .ofMaxSize(maxLinks),
                        Arbitraries.of(kinds).list().ofSize(n),
                        Arbitraries.integers().between(1, 9).list().ofSize(n),
                        Arbitraries.longs())
                    .as((links, k, values, seed) -> map(n, links, k, values, new Random(seed))));
  }

  private static NetworkMap map(
      int n,
      List<Tuple3<Integer, Integer, Integer>> links,
      List<NodeKind> kinds,
      List<Integer> values,
      Random shuffle) {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Node node = Node.of("v" + i, kinds.get(i));
      if (node.isOpportunity()) {
        Deal d = Deal.NONE.withValue(Money.of(1000L * values.get(i), ""));
        node =
            node.withDeal(
                kinds.get(i) == NodeKind.PROSPECT ? d.withProbability(values.get(i) / 10.0) : d);
      }
      nodes.add(node);
    }
    List<Link> declared = new ArrayList<>();
    for (var t : links) {
      int from = Math.min(t.get1(), t.get2());
      int to = Math.max(t.get1(), t.get2());
      if (from != to) {
        Optional<PartialDate> date =
            t.get3() % 3 == 0
                ? Optional.empty()
                : Optional.of(PartialDate.of(LocalDate.of(2014, 1, 1).plusDays(t.get3() * 3L)));
        declared.add(new Link("v" + from, "v" + to, "", date, ""));
      }
    }
    Collections.shuffle(nodes, shuffle);
    Collections.shuffle(declared, shuffle);
    NetworkMap.Builder b = NetworkMap.builder();
    nodes.forEach(b::node);
    declared.forEach(b::link);
    return b.build();
  }

  /** Every route from an origin to the target, each as node indexes ending with the target. */
  public static List<int[]> all(MapGraph g, int target) {
    List<int[]> routes = new ArrayList<>();
    if (!g.isOrigin(target)) {
      back(g, target, new ArrayList<>(List.of(target)), routes);
    }
    return routes;
  }

  private static void back(MapGraph g, int v, List<Integer> suffix, List<int[]> out) {
    if (g.isOrigin(v)) {
      int[] r = new int[suffix.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = suffix.get(r.length - 1 - i);
      }
      out.add(r);
      return;
    }
    for (int k = 0; k < g.inDegree(v); k++) {
      int u = g.in(v, k);
      suffix.add(u);
      back(g, u, suffix, out);
      suffix.remove(suffix.size() - 1);
    }
  }
}
