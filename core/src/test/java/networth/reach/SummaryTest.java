package networth.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.model.Deal;
import networth.model.Group;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class SummaryTest {

  private static Node opportunity(String id, NodeKind kind, long value, double p) {
    Deal deal = Deal.NONE.withValue(Money.of(value, "GBP"));
    return Node.of(id, kind).withDeal(kind == NodeKind.PROSPECT ? deal.withProbability(p) : deal);
  }

  @Test
  void headlinesCountDirectAndIndirectAndWeighProspects() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("LinkedIn", NodeKind.CHANNEL))
            .node(Node.of("Events", NodeKind.CHANNEL))
            .node(opportunity("C1", NodeKind.CLIENT, 60_000, 1))
            .node(opportunity("P1", NodeKind.PROSPECT, 80_000, 0.25))
            .node(opportunity("L1", NodeKind.LOST, 99_000, 0))
            .group(new Group("social", List.of("LinkedIn")))
            .link("LinkedIn", "C1")
            .link("LinkedIn", "Emily")
            .link("Emily", "P1")
            .link("LinkedIn", "L1")
            .build();
    Summary s = Summary.of(map);
    assertThat(s.opportunities()).containsExactly("C1", "P1");
    assertThat(s.totalValue()).isEqualByComparingTo("80000");
    assertThat(s.headlines())
        .containsExactly(
            "Social (LinkedIn) played a part in all 2 opportunities (100% of the value): 1 directly, 1 indirectly.",
            "LinkedIn played a part in all 2 opportunities (100% of the value): 1 directly, 1 indirectly.",
            "Events played no part in any of the 2 opportunities.");
  }

  @Test
  void aLongGroupIsNamedByItsFirstMembers() {
    NetworkMap map =
        NetworkMap.builder()
            .group(new Group("events", List.of("a", "b", "c", "d", "e")))
            .node(opportunity("C1", NodeKind.CLIENT, 10, 1))
            .node(opportunity("C2", NodeKind.CLIENT, 30, 1))
            .link("e", "C1")
            .build();
    assertThat(Summary.of(map).headlines())
        .containsExactly(
            "Events (a, b, c and 2 more) played a part in 1 of 2 opportunities (25% of the value): 1 directly, 0 indirectly.");
  }
}
