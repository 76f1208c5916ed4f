package networth.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple.Tuple2;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/** Small generated maps for checking graph algorithms against brute force. */
public final class SmallGraphs {

  private SmallGraphs() {}

  /**
   * Maps of up to {@code maxNodes} nodes {@code v0, v1, …} of the given kinds (drawn at random),
   * with up to {@code maxLinks} links; {@code acyclic} keeps only links from a lower to a higher
   * number. Nodes and links are declared in a shuffled order (seeded by the generated data), so
   * that node indexes follow no topological order.
   */
  public static Arbitrary<NetworkMap> maps(
      int maxNodes, int maxLinks, boolean acyclic, List<NodeKind> kinds) {
    return Arbitraries.integers()
        .between(2, maxNodes)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.integers()
                            .between(0, n - 1)
                            .tuple2()
                            .list()
                            .ofMaxSize(maxLinks),
                        Arbitraries.of(kinds).list().ofSize(n),
                        Arbitraries.longs())
                    .as(
                        (pairs, k, seed) -> {
                          List<Node> nodes = new ArrayList<>();
                          for (int i = 0; i < n; i++) {
                            nodes.add(Node.of("v" + i, k.get(i)));
                          }
                          List<Tuple2<Integer, Integer>> links =
                              new ArrayList<>(
                                  pairs.stream()
                                      .filter(
                                          p ->
                                              acyclic
                                                  ? p.get1() < p.get2()
                                                  : !p.get1().equals(p.get2()))
                                      .toList());
                          Random shuffle = new Random(seed);
                          Collections.shuffle(nodes, shuffle);
                          Collections.shuffle(links, shuffle);
                          NetworkMap.Builder b = NetworkMap.builder();
                          nodes.forEach(b::node);
                          links.forEach(p -> b.link("v" + p.get1(), "v" + p.get2()));
                          return b.build();
                        }));
  }
}
