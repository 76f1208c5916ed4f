package networth.graph;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/** Small generated maps for checking graph algorithms against brute force. */
public final class SmallGraphs {

  private SmallGraphs() {}

  /**
   * Maps of up to {@code maxNodes} nodes {@code v0, v1, …} of the given kinds (drawn at random),
   * with up to {@code maxLinks} links; {@code acyclic} keeps only links from a lower to a higher
   * number.
   */
  public static Arbitrary<NetworkMap> maps(
      int maxNodes, int maxLinks, boolean acyclic, List<NodeKind> kinds) {
    return Arbitraries.integers()
        .between(2, maxNodes)
        .flatMap(
            n ->
                Arbitraries.integers()
                    .between(0, n - 1)
                    .tuple2()
                    .list()
                    .ofMaxSize(maxLinks)
                    .flatMap(
                        pairs ->
                            Arbitraries.of(kinds)
                                .list()
                                .ofSize(n)
                                .map(
                                    k -> {
                                      NetworkMap.Builder b = NetworkMap.builder();
                                      for (int i = 0; i < n; i++) {
                                        b.node(Node.of("v" + i, k.get(i)));
                                      }
                                      pairs.stream()
                                          .filter(
                                              p ->
                                                  acyclic
                                                      ? p.get1() < p.get2()
                                                      : !p.get1().equals(p.get2()))
                                          .forEach(p -> b.link("v" + p.get1(), "v" + p.get2()));
                                      return b.build();
                                    })));
  }
}
