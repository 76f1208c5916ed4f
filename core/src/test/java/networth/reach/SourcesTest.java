package networth.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * A freelance designer's map, small enough to work by hand.
 *
 * <pre>
 *   job Acme Studio ──> Client A (10k)        channel Dribbble ──> Client C (6k)
 *          └──> Bob ──> Client B (8k)                   └──> Prospect P (20k at 50% = 10k)
 *   event Meetup ──> Dana ──> Client D (4k)   channel Newsletter ──> Lost M (3k)
 *          └──> Lost L (5k)                   event Config 2023, €1,200 and 24 hours, no links
 * </pre>
 *
 * Counted: A + B + C + D + P = 10k + 8k + 6k + 4k + 10k = €38,000 over 5 opportunities; lost: L + M
 * = €8,000. The map's rate is €50 an hour.
 */
class SourcesTest {

  private static Node deal(String id, NodeKind kind, long value) {
    return Node.of(id, kind).withDeal(Deal.NONE.withValue(Money.of(value, "EUR")));
  }

  static NetworkMap designer() {
    return NetworkMap.builder()
        .settings(new MapSettings("Studio", "EUR", Optional.of(Money.of(50, "EUR"))))
        .node(Node.of("Acme", NodeKind.JOB).withLabel("Acme Studio"))
        .node(Node.of("Dribbble", NodeKind.CHANNEL))
        .node(Node.of("Meetup", NodeKind.EVENT))
        .node(Node.of("Newsletter", NodeKind.CHANNEL))
        .node(
            Node.of("Config", NodeKind.EVENT)
                .withLabel("Config 2023")
                .withCost(Cost.NONE.withMoney(Money.of(1200, "EUR")).withHours(24)))
        .node(Node.of("Bob", NodeKind.PERSON))
        .node(Node.of("Dana", NodeKind.PERSON))
        .node(deal("A", NodeKind.CLIENT, 10_000))
        .node(deal("B", NodeKind.CLIENT, 8_000))
        .node(deal("C", NodeKind.CLIENT, 6_000))
        .node(deal("D", NodeKind.CLIENT, 4_000))
        .node(
            Node.of("P", NodeKind.PROSPECT)
                .withDeal(Deal.NONE.withValue(Money.of(20_000, "EUR")).withProbability(0.5)))
        .node(deal("L", NodeKind.LOST, 5_000))
        .node(deal("M", NodeKind.LOST, 3_000))
        .group(new Group("events", List.of("Meetup", "Config")))
        .link("Acme", "A")
        .link("Acme", "Bob")
        .link("Bob", "B")
        .link("Dribbble", "C")
        .link("Dribbble", "P")
        .link("Meetup", "Dana")
        .link("Dana", "D")
        .link("Meetup", "L")
        .link("Newsletter", "M")
        .build();
  }

  private static Source source(Summary s, String id) {
    return s.sources().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everySourceIsRankedByValueThenCountThenName() {
    Summary s = Summary.of(designer());
    // Acme 10k + 8k = 18k; Dribbble 6k + 10k = 16k; Meetup 4k; Config 2023 and Newsletter led to
    // nothing that counts (0 and 0), so their names decide: "Config 2023" before "Newsletter".
    // Bob and Dana have links in, and no cost: they are no source.
    assertThat(s.sources())
        .extracting(Source::id)
        .containsExactly("Acme", "Dribbble", "Meetup", "Config", "Newsletter");
    assertThat(s.sources())
        .extracting(Source::origin)
        .containsExactly(true, true, true, false, true);
    assertThat(s.sources().get(0).touch().value()).isEqualByComparingTo("18000");
  }

  @Test
  void theLeadNamesTheBiggestSourceThenWhatCostSomethingAndBroughtNothing() {
    // 18k of 38k is 47.4%. Config 2023: €1,200 + 24 hours × €50 = €2,400.
    assertThat(Summary.of(designer()).lead())
        .containsExactly(
            "Acme Studio (job) led to 47% of the value: 2 of 5 opportunities, €18,000.",
            "Config 2023 cost €1,200 and 24 hours (€2,400 with the hours at €50) and led to no"
                + " opportunity yet.");
  }

  @Test
  void aSourceThatLedOnlyToALostDealSaysSo() {
    Summary s = Summary.of(designer());
    assertThat(s.sentence(source(s, "Newsletter")))
        .isEqualTo(
            "Newsletter (channel) led to no opportunity won or open yet, only 1 lost (€3,000).");
  }

  @Test
  void withoutAnHourlyRateTheCostIsAsTheMapGivesIt() {
    NetworkMap map =
        NetworkMap.builder()
            .settings(new MapSettings("", "EUR", Optional.empty()))
            .node(
                Node.of("Config", NodeKind.EVENT)
                    .withCost(Cost.NONE.withMoney(Money.of(1200, "EUR")).withHours(24)))
            .node(deal("A", NodeKind.CLIENT, 100))
            .node(Node.of("X", NodeKind.CHANNEL))
            .link("X", "A")
            .build();
    assertThat(Summary.of(map).lead())
        .containsExactly(
            "X (channel) led to 100% of the value: 1 of 1 opportunity, €100.",
            "Config cost €1,200 and 24 hours and led to no opportunity yet.");
  }

  @Test
  void lostDealsAndWinRatesByCountAndByValue() {
    Summary s = Summary.of(designer());
    assertThat(s.lost()).containsExactly("L", "M");
    assertThat(s.lostValue()).isEqualByComparingTo("8000");
    // Meetup: won D (4k), lost L (5k): 1 of 2 by count, 4k / 9k = 0.4444 by value.
    WinRate meetup = source(s, "Meetup").touch().winRate();
    assertThat(meetup.won()).isEqualTo(1);
    assertThat(meetup.lost()).isEqualTo(1);
    assertThat(meetup.byCount()).contains(new BigDecimal("0.5"));
    assertThat(meetup.byValue()).contains(new BigDecimal("0.4444"));
    assertThat(source(s, "Meetup").touch().lostValue()).isEqualByComparingTo("5000");
    // Dribbble: won C; the open prospect P is neither won nor lost: 1 of 1.
    WinRate dribbble = source(s, "Dribbble").touch().winRate();
    assertThat(dribbble.byCount()).contains(BigDecimal.ONE);
    assertThat(dribbble.byValue()).contains(BigDecimal.ONE);
    // Newsletter: only M, lost: 0 of 1.
    assertThat(source(s, "Newsletter").touch().winRate().byCount()).contains(BigDecimal.ZERO);
    // Config 2023 touched nothing: no rate at all, shown as "—".
    WinRate config = source(s, "Config").touch().winRate();
    assertThat(config.byCount()).isEmpty();
    assertThat(WinRate.percent(config.byValue())).isEqualTo("—");
    // The events group is Meetup and Config together: the same deals as Meetup.
    Touch events = s.groups().get(0);
    assertThat(events.lost()).containsExactly("L");
    assertThat(WinRate.percent(events.winRate().byCount())).isEqualTo("50%");
    assertThat(WinRate.percent(events.winRate().byValue())).isEqualTo("44%");
    // Channels keep their own rows: Newsletter lost M.
    assertThat(s.channels()).extracting(Touch::name).containsExactly("Dribbble", "Newsletter");
    assertThat(s.channels().get(1).lostValue()).isEqualByComparingTo("3000");
  }

  @Test
  void whenNothingHasValueSourcesRankByCount() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Y", NodeKind.CHANNEL))
            .node(Node.of("X", NodeKind.EVENT))
            .node(Node.of("C1", NodeKind.CLIENT))
            .node(Node.of("C2", NodeKind.CLIENT))
            .node(Node.of("C3", NodeKind.CLIENT))
            .link("Y", "C1")
            .link("X", "C2")
            .link("X", "C3")
            .build();
    Summary s = Summary.of(map);
    // X touched two clients, Y one; neither has a value.
    assertThat(s.sources()).extracting(Source::id).containsExactly("X", "Y");
    assertThat(s.lead()).containsExactly("X (event) led to 2 of 3 opportunities.");
  }

  @Test
  void aMapWithoutSourcesSaysSo() {
    NetworkMap map = NetworkMap.builder().node(deal("A", NodeKind.CLIENT, 100)).build();
    assertThat(Summary.of(map).lead())
        .containsExactly("Nothing in the map leads to an opportunity yet.");
  }

  /** A map with a cycle (which the commands refuse) still gets its sources, one search each. */
  @Test
  void aCycleFallsBackToOneSearchPerSource() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("X", NodeKind.CHANNEL))
            .node(Node.of("E", NodeKind.EVENT).withCost(Cost.NONE.withHours(3)))
            .node(deal("C", NodeKind.CLIENT, 100))
            .link("X", "A")
            .link("A", "B")
            .link("B", "A")
            .link("B", "C")
            .build();
    Summary s = Summary.of(map);
    // X reaches C through A and B; A and B have links in, so they are no origin.
    assertThat(s.sources()).extracting(Source::id).containsExactly("X", "E");
    assertThat(s.sources().get(0).touch().indirect()).containsExactly("C");
    assertThat(s.lead().get(1)).isEqualTo("E cost 3 hours and led to no opportunity yet.");
  }
}
