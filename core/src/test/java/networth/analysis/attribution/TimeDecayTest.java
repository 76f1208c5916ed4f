package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import networth.graph.MapGraph;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Time decay on small maps, worked by hand with the default half-life of 180 days. */
class TimeDecayTest {

  private static Node client(String id, long value, String date) {
    Node n = Node.of(id, NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(value, "")));
    return date.isEmpty() ? n : n.withDate(PartialDate.parse(date));
  }

  private static Link link(String from, String to, String date) {
    return new Link(
        from, to, "", date.isEmpty() ? Optional.empty() : Optional.of(PartialDate.parse(date)), "");
  }

  private static double credit(Credits c, MapGraph g, String id) {
    return c.of(g.indexOf(id).orElseThrow());
  }

  @Test
  void theDefaultHalfLifeIs180DaysSoATouchAYearBeforeCountsAboutAQuarter() {
    assertThat(Attribution.halfLifeDefault()).isEqualTo(180);
    // X (10,000, won 2023-01-01): Post's link on the day, Talk's 365 days before.
    // Weights 1 and 2^(-365/180) = 0.245233; Post gets 10,000 / 1.245233 = 8,030.63,
    // Talk 10,000 × 0.245233 / 1.245233 = 1,969.37.
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(client("X", 10_000, "2023-01-01"))
                .link(link("Post", "X", "2023-01-01"))
                .link(link("Talk", "X", "2022-01-01"))
                .build());
    Attribution a = new Attribution(g);
    Credits c = a.credits(Model.TIME_DECAY, a.allOpportunities());
    assertThat(credit(c, g, "Post")).isCloseTo(8030.63, within(0.01));
    assertThat(credit(c, g, "Talk")).isCloseTo(1969.37, within(0.01));
    assertThat(c.linearFallback()).isEmpty();
  }

  @Test
  void anUndatedLinkCountsAsMadeOnTheOpportunitysDateAndOtherClientsDatesDoNotMatter() {
    // Y (6,000, won 2023-07-01): Intro's link undated, so made on 2023-07-01 (weight 1); Blog's
    // dated 2023-01-01, 181 days before (2^(-181/180) = 0.498078). Intro 6,000 / 1.498078 =
    // 4,005.13, Blog 1,994.87. Another client dated years later changes nothing.
    for (String otherDate : new String[] {"2023-02-01", "2030-01-01", ""}) {
      MapGraph g =
          MapGraph.of(
              NetworkMap.builder()
                  .node(client("Y", 6_000, "2023-07-01"))
                  .node(client("Other", 1_000, ""))
                  .link(link("Intro", "Y", ""))
                  .link(link("Blog", "Y", "2023-01-01"))
                  .link(link("Ad", "Other", otherDate))
                  .build());
      Attribution a = new Attribution(g);
      Credits c = a.credits(Model.TIME_DECAY, a.only(g.indexOf("Y").orElseThrow()));
      assertThat(credit(c, g, "Intro")).as(otherDate).isCloseTo(4005.13, within(0.01));
      assertThat(credit(c, g, "Blog")).as(otherDate).isCloseTo(1994.87, within(0.01));
    }
  }

  @Test
  void anUndatedOpportunityIsMeasuredFromTheNewestLinkOnItsRoutes() {
    // Z has no date: the newest link on its routes (2023-03-01) is its reference, so Blog's link
    // of 2023-03-01 weighs 1, Talk's of 2022-09-02 (180 days before) 1/2, the undated one 1:
    // 1,000 × 1/2.5, × 0.5/2.5 and × 1/2.5.
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(client("Z", 1_000, ""))
                .link(link("Blog", "Z", "2023-03-01"))
                .link(link("Talk", "Z", "2022-09-02"))
                .link(link("Friend", "Z", ""))
                .build());
    Attribution a = new Attribution(g);
    Credits c = a.credits(Model.TIME_DECAY, a.allOpportunities());
    assertThat(credit(c, g, "Blog")).isCloseTo(400, within(1e-6));
    assertThat(credit(c, g, "Talk")).isCloseTo(200, within(1e-6));
    assertThat(credit(c, g, "Friend")).isCloseTo(400, within(1e-6));
  }

  @Test
  void anOpportunityWithNoDatedLinkOnItsRoutesIsCreditedAsLinearAndNamed() {
    // W (1,200): routes E → F → W and E → W, none dated. Linear: 600 per route; E gets 300 + 600 =
    // 900, F 300 (equal weights per touch would have given E 800 and F 400).
    MapGraph g =
        MapGraph.of(
            NetworkMap.builder()
                .node(client("W", 1_200, "2023-05-01"))
                .node(client("V", 500, "2023-05-01"))
                .link(link("E", "F", ""))
                .link(link("F", "W", ""))
                .link(link("E", "W", ""))
                .link(link("G", "V", "2023-04-01"))
                .build());
    Attribution a = new Attribution(g);
    Credits c = a.credits(Model.TIME_DECAY, a.allOpportunities());
    assertThat(credit(c, g, "E")).isCloseTo(900, within(1e-6));
    assertThat(credit(c, g, "F")).isCloseTo(300, within(1e-6));
    assertThat(credit(c, g, "G")).isCloseTo(500, within(1e-6));
    assertThat(c.linearFallback()).containsExactly("W");
    assertThat(c.unreached()).isEmpty();
  }
}
