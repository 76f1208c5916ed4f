package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.graph.MapGraph;
import org.junit.jupiter.api.Test;

class PeriodMapTest {

  private static Node client(String id, String date) {
    Node n = Node.of(id, NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(1000, "EUR")));
    return date.isEmpty() ? n : n.withDate(PartialDate.parse(date));
  }

  /**
   * Blog → A (2023-03), Blog → B (2022-12), Blog → C (undated), B → D (2023-07): B referred D. For
   * 2023: A and D are kept; B is outside but led on to D, so it stays as a step, not counted; C is
   * undated and left out with its link.
   */
  private static NetworkMap map() {
    return NetworkMap.builder()
        .node(Node.of("Blog", NodeKind.CHANNEL))
        .node(client("A", "2023-03"))
        .node(client("B", "2022-12"))
        .node(client("C", ""))
        .node(client("D", "2023-07"))
        .link("Blog", "A")
        .link("Blog", "B")
        .link("Blog", "C")
        .link("B", "D")
        .group(new Group("web", List.of("Blog", "C")))
        .build();
  }

  @Test
  void onlyTheOpportunitiesDatedInThePeriodCountAndTheRestAreNamed() {
    PeriodMap p = PeriodMap.of(map(), Period.of(Optional.of("2023"), Optional.of("2023")));
    assertThat(p.kept()).containsExactly("A", "D");
    assertThat(p.outside()).containsExactly("B");
    assertThat(p.undated()).containsExactly("C");
    assertThat(p.leftOut()).isEqualTo(2);
    NetworkMap m = p.map();
    assertThat(m.opportunities()).extracting(Node::id).containsExactly("A", "D");
    assertThat(m.node("C")).isEmpty();
    assertThat(m.node("B").orElseThrow().kind())
        .as("B referred D: it stays as a step of D's route")
        .isEqualTo(NodeKind.ORGANISATION);
    assertThat(m.links()).extracting(Link::to).containsExactly("A", "B", "D");
    assertThat(m.group("web").orElseThrow().members()).containsExactly("Blog");
    // 1,000 each for A and D: B is not counted.
    assertThat(MapGraph.of(m).totalWeight()).isEqualTo(2000);
  }

  @Test
  void withoutAPeriodTheMapIsUntouchedAndUndatedOnesCount() {
    NetworkMap map = map();
    PeriodMap p = PeriodMap.of(map, Period.ALWAYS);
    assertThat(p.map()).isSameAs(map);
    assertThat(p.kept()).containsExactly("A", "B", "C", "D");
    assertThat(p.leftOut()).isZero();
  }
}
