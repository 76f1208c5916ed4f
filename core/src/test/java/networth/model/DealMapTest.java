package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One opportunity per deal: what every analysis sees of a client who came back. */
class DealMapTest {

  private static LaterDeal deal(LaterDeal.Outcome o, String date, long value) {
    return new LaterDeal(
        o,
        Optional.of(PartialDate.parse(date)),
        Deal.NONE.withValue(new Money(BigDecimal.valueOf(value), "EUR")));
  }

  @Test
  void aMapWithoutFurtherDealsIsAnalysedAsItIs() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Bloom", NodeKind.CLIENT))
            .link(new Link("Priya", "Bloom", "hired", Optional.empty(), ""))
            .build();
    assertThat(DealMap.of(map)).isSameAs(map);
  }

  @Test
  void eachFurtherDealIsAnOpportunityReachedByTheClientsRoutes() {
    Node bloom =
        Node.of("Bloom", NodeKind.CLIENT)
            .withDate(PartialDate.parse("2023-02-20"))
            .withLaterDeal(deal(LaterDeal.Outcome.WON, "2024-05-13", 2_500))
            .withLaterDeal(
                new LaterDeal(
                    LaterDeal.Outcome.LOST,
                    Optional.empty(),
                    Deal.NONE.withValue(Money.parse("3k", "EUR"))));
    Link hired =
        new Link("Priya", "Bloom", "hired", Optional.of(PartialDate.parse("2023-02")), "x");
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Priya", NodeKind.PERSON))
            .node(bloom)
            .node(Node.of("Bloom#2", NodeKind.PERSON))
            .link(hired)
            .link(Link.of("Bloom", "Kite"))
            .group(new Group("cafés", List.of("Bloom")))
            .build();

    NetworkMap each = DealMap.of(map);

    // "Bloom#2" is taken by a person, so the second deal is "Bloom#2#"; the third "Bloom#3".
    assertThat(each.nodes())
        .extracting(Node::id)
        .containsExactly("Priya", "Bloom", "Bloom#2#", "Bloom#3", "Bloom#2", "Kite");
    Node second = each.node("Bloom#2#").orElseThrow();
    assertThat(second.kind()).isEqualTo(NodeKind.CLIENT);
    assertThat(second.label()).isEqualTo("Bloom (2024-05-13)");
    assertThat(second.date()).contains(PartialDate.parse("2024-05-13"));
    assertThat(second.deal().weight(second.kind())).isEqualByComparingTo("2500");
    Node third = each.node("Bloom#3").orElseThrow();
    assertThat(third.kind()).isEqualTo(NodeKind.LOST);
    assertThat(third.label()).isEqualTo("Bloom (deal 3)");
    assertThat(each.node("Bloom").orElseThrow().laterDeals()).isEmpty();
    // The link into the client, copied with its kind, date and note to each deal; what the client
    // led to stays with the client alone.
    assertThat(each.links())
        .containsExactly(
            hired,
            Link.of("Bloom", "Kite"),
            new Link("Priya", "Bloom#2#", "hired", hired.date(), "x"),
            new Link("Priya", "Bloom#3", "hired", hired.date(), "x"));
    assertThat(each.group("cafés").orElseThrow().members())
        .containsExactly("Bloom", "Bloom#2#", "Bloom#3");
  }

  /** Counting each deal apart leaves who belongs where as it was: Priya still owns Bloom Coffee. */
  @Test
  void affiliationsStayWhenDealsAreCountedApart() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Priya", NodeKind.PERSON))
            .node(Node.of("Bloom Coffee", NodeKind.CLIENT))
            .laterDeal(
                "Bloom Coffee",
                new LaterDeal(
                    LaterDeal.Outcome.WON,
                    Optional.of(PartialDate.parse("2024-05")),
                    Deal.NONE.withValue(Money.of(2_500, "EUR"))))
            .link("Priya", "Bloom Coffee")
            .affiliation("Priya", Affiliation.Role.OWNS, "Bloom Coffee")
            .build();
    NetworkMap counted = DealMap.of(map);
    assertThat(counted.node("Bloom Coffee#2")).isPresent();
    assertThat(counted.affiliations()).isEqualTo(map.affiliations());
  }

  @Test
  void onlyAnOpportunityHasFurtherDeals() {
    Node person = Node.of("Sam", NodeKind.PERSON);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> person.withLaterDeal(deal(LaterDeal.Outcome.WON, "2024", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only an opportunity");
  }
}
