package networth.analysis.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import networth.graph.MapGraph;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/** What would be lost or weakened without a channel, on a small map worked by hand. */
class WhatIfTest {

  private static Node client(String id, long value) {
    return Node.of(id, NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(value, "")));
  }

  @Test
  void withoutOneChannelItsOnlyRoutesAreLostAndItsSharedOnesWeakened() {
    // Two channels, C and D, and four clients:
    //   X (10,000): C -> P -> X and D -> X              one of 2 routes through C: weakened, 1/2
    //   Y (4,000):  C -> Y                              its only route: lost
    //   W (3,000):  C -> R -> W, C -> S -> W, D -> S -> W
    //                                                   2 of 3 routes through C: weakened, 2/3
    //   Z (5,000):  D -> Q -> Z                         untouched
    // Without C: value at risk 4,000 (Y); value weakened 10,000 + 3,000 = 13,000 (X and W).
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(Node.of("C", NodeKind.CHANNEL))
                .node(Node.of("D", NodeKind.CHANNEL))
                .node(client("X", 10_000))
                .node(client("Y", 4_000))
                .node(client("W", 3_000))
                .node(client("Z", 5_000))
                .link(Link.of("C", "P"))
                .link(Link.of("P", "X"))
                .link(Link.of("D", "X"))
                .link(Link.of("C", "Y"))
                .link(Link.of("C", "R"))
                .link(Link.of("R", "W"))
                .link(Link.of("C", "S"))
                .link(Link.of("D", "S"))
                .link(Link.of("S", "W"))
                .link(Link.of("D", "Q"))
                .link(Link.of("Q", "Z"))
                .build());
    boolean[] removed = new boolean[g.nodeCount()];
    removed[g.indexOf("C").orElseThrow()] = true;
    WhatIf.Outcome outcome = WhatIf.without(g, removed);

    assertThat(outcome.lost()).extracting(f -> g.id(f.node())).containsExactly("Y");
    assertThat(outcome.weakened()).extracting(f -> g.id(f.node())).containsExactly("X", "W");
    assertThat(outcome.valueAtRisk()).isCloseTo(4_000, within(1e-9));
    assertThat(outcome.valueWeakened()).isCloseTo(13_000, within(1e-9));
    assertThat(outcome.weakened().get(0).shareLost()).isCloseTo(1.0 / 2, within(1e-12));
    assertThat(outcome.weakened().get(1).shareLost()).isCloseTo(2.0 / 3, within(1e-12));
  }
}
