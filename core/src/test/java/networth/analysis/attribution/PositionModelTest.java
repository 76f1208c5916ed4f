package networth.analysis.attribution;

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

/**
 * The position (U-shaped) model's 40/20/40 rule on small maps, worked by hand: the other tests
 * compare the whole-map computation with the same per-route rule, so only numbers worked apart from
 * the code pin the rule itself.
 */
class PositionModelTest {

  private static Node client(String id, long value) {
    return Node.of(id, NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(value, "")));
  }

  private static double credit(Credits c, MapGraph g, String id) {
    return c.of(g.indexOf(id).orElseThrow());
  }

  private static Credits position(MapGraph g) {
    Attribution a = new Attribution(g);
    return a.credits(Model.POSITION, a.allOpportunities());
  }

  @Test
  void oneRouteGivesFortyPercentToEachEndAndTwentyToThoseBetween() {
    // Four chains, one route each (touches are the nodes before the opportunity):
    //   One (1,000):    P1 -> One                  one touch: P1 all, 1,000
    //   Two (1,000):    Q1 -> Q2 -> Two            two touches: 50/50, 500 each
    //   Three (10,000): S1 -> S2 -> S3 -> Three    40% / 20% / 40%: 4,000, 2,000, 4,000
    //   Four (10,000):  A1 -> A2 -> A3 -> A4 -> Four
    //                   40% to A1 and A4 (4,000 each), the 20% between shared: 1,000 each.
    // (A 30/40/30 rule would give S2 4,000 and A2 2,000.)
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(client("One", 1_000))
                .node(client("Two", 1_000))
                .node(client("Three", 10_000))
                .node(client("Four", 10_000))
                .link(Link.of("P1", "One"))
                .link(Link.of("Q1", "Q2"))
                .link(Link.of("Q2", "Two"))
                .link(Link.of("S1", "S2"))
                .link(Link.of("S2", "S3"))
                .link(Link.of("S3", "Three"))
                .link(Link.of("A1", "A2"))
                .link(Link.of("A2", "A3"))
                .link(Link.of("A3", "A4"))
                .link(Link.of("A4", "Four"))
                .build());
    Credits c = position(g);
    assertThat(credit(c, g, "P1")).isCloseTo(1_000, within(1e-9));
    assertThat(credit(c, g, "Q1")).isCloseTo(500, within(1e-9));
    assertThat(credit(c, g, "Q2")).isCloseTo(500, within(1e-9));
    assertThat(credit(c, g, "S1")).isCloseTo(4_000, within(1e-9));
    assertThat(credit(c, g, "S2")).isCloseTo(2_000, within(1e-9));
    assertThat(credit(c, g, "S3")).isCloseTo(4_000, within(1e-9));
    assertThat(credit(c, g, "A1")).isCloseTo(4_000, within(1e-9));
    assertThat(credit(c, g, "A2")).isCloseTo(1_000, within(1e-9));
    assertThat(credit(c, g, "A3")).isCloseTo(1_000, within(1e-9));
    assertThat(credit(c, g, "A4")).isCloseTo(4_000, within(1e-9));
  }

  @Test
  void routesOfDifferentLengthsEachShareTheirHalf() {
    // V (10,000) has two routes, so 5,000 each:
    //   E -> F -> V        two touches, 50/50:    E 2,500, F 2,500
    //   E -> G -> H -> V   three touches, 40/20/40: E 2,000, G 1,000, H 2,000
    // E 4,500, F 2,500, G 1,000, H 2,000; together 10,000.
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(client("V", 10_000))
                .link(Link.of("E", "F"))
                .link(Link.of("F", "V"))
                .link(Link.of("E", "G"))
                .link(Link.of("G", "H"))
                .link(Link.of("H", "V"))
                .build());
    Credits c = position(g);
    assertThat(credit(c, g, "E")).isCloseTo(4_500, within(1e-9));
    assertThat(credit(c, g, "F")).isCloseTo(2_500, within(1e-9));
    assertThat(credit(c, g, "G")).isCloseTo(1_000, within(1e-9));
    assertThat(credit(c, g, "H")).isCloseTo(2_000, within(1e-9));
  }
}
