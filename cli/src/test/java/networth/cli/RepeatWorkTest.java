package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client who came back: each deal counts on its own in every analysis, its numbers worked by
 * hand.
 *
 * <p>Bloom Coffee hired her on 2023-02-20 for €4,000 and again on 2024-05-13 for €2,500. Both came
 * through Instagram → Priya (2023-01-16) → Bloom Coffee (2023-02-20).
 */
class RepeatWorkTest {

  static final String BLOOM =
      """
      currency EUR
      channel Instagram since 2019
      person Priya
      client "Bloom Coffee" value €4,000 won 2023-02-20
      deal "Bloom Coffee" value €2,500 won 2024-05-13 stage "spring menu"
      Instagram -[2023-01-16]-> Priya -[hired 2023-02-20]-> "Bloom Coffee"
      """;

  @TempDir Path dir;

  private JsonNode json(String text, String... args) throws Exception {
    Path map = Files.writeString(dir.resolve("map.netmap"), text);
    String[] all = new String[args.length + 3];
    all[0] = args[0];
    all[1] = map.toString();
    System.arraycopy(args, 1, all, 2, args.length - 1);
    all[all.length - 2] = "--format";
    all[all.length - 1] = "json";
    return Run.json(all);
  }

  /**
   * The story of one client, told with `--focus`, holds its further deals: the report around Bloom
   * Coffee counts both deals, €6,500, as the whole map's summary does.
   */
  @Test
  void aClientsStoryHoldsItsFurtherDeals() throws Exception {
    Path map = Files.writeString(dir.resolve("story.netmap"), BLOOM);
    Path out = dir.resolve("story.md");
    Run run = Run.of("report", map.toString(), "--focus", "Bloom Coffee", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .contains("Instagram (channel) led to 100% of the value: 2 of 2 opportunities, €6,500.");
  }

  /**
   * A client nothing leads to, with a deal of its own: the text names both as a person reads them,
   * the deal by its client and date, not by the id the analyses give it ("Walk-in#2").
   */
  @Test
  void anUncreditedDealIsNamedByItsClientAndDate() throws Exception {
    Path map =
        Files.writeString(
            dir.resolve("walk-in.netmap"),
            BLOOM
                + "client Walk-in value €900 won 2023-06\n"
                + "deal Walk-in value €300 won 2024-01-05\n");
    Run run = Run.of("attribute", map.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Not credited (nothing leads to them): Walk-in, Walk-in (2024-01-05).\n");
  }

  /** Two won deals through one route: 2 opportunities, €4,000 + €2,500 = €6,500. */
  @Test
  void twoDealsOfOneClientAreTwoOpportunitiesWorthTheSum() throws Exception {
    JsonNode summary = json(BLOOM, "summary");
    assertThat(summary.get("opportunities").toString())
        .isEqualTo("[\"Bloom Coffee\",\"Bloom Coffee#2\"]");
    assertThat(summary.get("totalValue").asDouble()).isEqualTo(6_500);
    JsonNode instagram = Run.named(summary.get("sources"), "name", "Instagram");
    assertThat(instagram.get("touched")).hasSize(2);
    assertThat(instagram.get("value").asDouble()).isEqualTo(6_500);
  }

  /**
   * Won in 2023 for €4,000, lost in 2024 for €3,000: a win rate of 1/2 by count and 4,000 / (4,000
   * + 3,000) = 4/7 by value.
   */
  @Test
  void aWonAndALostDealOfOneClientGiveAWinRateOfOneHalf() throws Exception {
    String map = BLOOM.replace("value €2,500 won 2024-05-13", "value €3,000 lost 2024-05-13");
    JsonNode summary = json(map, "summary");
    assertThat(summary.get("totalValue").asDouble()).isEqualTo(4_000);
    assertThat(summary.get("lostValue").asDouble()).isEqualTo(3_000);
    JsonNode rate = Run.named(summary.get("sources"), "name", "Instagram").get("winRate");
    assertThat(rate.get("won").asInt()).isEqualTo(1);
    assertThat(rate.get("lost").asInt()).isEqualTo(1);
    assertThat(rate.get("byCount").asDouble()).isEqualTo(0.5);
    assertThat(rate.get("byValue").asDouble()).isCloseTo(4.0 / 7, within(1e-4));
  }

  /** From 2024 only the deal of 2024-05-13 counts: 1 opportunity, €2,500. */
  @Test
  void aPeriodCountsOnlyTheDealsDatedInIt() throws Exception {
    JsonNode summary = json(BLOOM, "summary", "--from", "2024");
    assertThat(summary.get("opportunities").toString()).isEqualTo("[\"Bloom Coffee#2\"]");
    assertThat(summary.get("totalValue").asDouble()).isEqualTo(2_500);
    JsonNode before = json(BLOOM, "summary", "--to", "2023");
    assertThat(before.get("opportunities").toString()).isEqualTo("[\"Bloom Coffee\"]");
    assertThat(before.get("totalValue").asDouble()).isEqualTo(4_000);
  }

  /**
   * Time decay, half-life 180 days. The talk passed her on to Ana on 2023-01-01; Ana's link to Acme
   * is undated, so it counts as made on each deal's own date. The first deal, won 2023-01-01: both
   * touches are 0 days old, €3,000 shared 1:1, €1,500 each. The second, won 2023-06-30, 180 days
   * later (31 + 28 + 31 + 30 + 31 + 29): the talk's touch weighs 2^(-180/180) = 1/2 against Ana's
   * 1, so it gets 1/3 of €3,000 = €1,000 and Ana €2,000. Measured from the first deal's date
   * instead, it would be €1,500 each again.
   */
  @Test
  void timeDecayMeasuresEachDealFromItsOwnDate() throws Exception {
    String map =
        """
        channel Talk
        person Ana
        client Acme value 3k won 2023-01-01
        deal Acme value 3k won 2023-06-30
        Talk -[2023-01-01]-> Ana -> Acme
        """;
    JsonNode second = json(map, "attribute", "--model", "time-decay", "--for", "Acme#2");
    assertThat(Run.named(second.get("credits"), "id", "Talk").get("credit").asDouble())
        .isCloseTo(1_000, within(0.01));
    assertThat(Run.named(second.get("credits"), "id", "Ana").get("credit").asDouble())
        .isCloseTo(2_000, within(0.01));
    JsonNode all = json(map, "attribute", "--model", "time-decay");
    // €1,500 + €1,000 and €1,500 + €2,000.
    assertThat(Run.named(all.get("credits"), "id", "Talk").get("credit").asDouble())
        .isCloseTo(2_500, within(0.01));
    assertThat(Run.named(all.get("credits"), "id", "Ana").get("credit").asDouble())
        .isCloseTo(3_500, within(0.01));
  }

  /**
   * The timeline has a line per deal, each from the first dated contact (2023-01-16): to 2023-02-20
   * is 15 + 20 = 35 days; to 2024-05-13 is 35 + 365 (2023-02-20 to 2024-02-20) + 9 + 31 + 30 + 13
   * (to 2024-05-13) = 483 days.
   */
  @Test
  void theTimelineHasALinePerDeal() throws Exception {
    JsonNode opportunities = json(BLOOM, "timeline").get("opportunities");
    assertThat(opportunities).hasSize(2);
    assertThat(Run.named(opportunities, "id", "Bloom Coffee").get("days").asInt()).isEqualTo(35);
    JsonNode again = Run.named(opportunities, "id", "Bloom Coffee#2");
    assertThat(again.get("firstContact").asText()).isEqualTo("2023-01-16");
    assertThat(again.get("days").asInt()).isEqualTo(483);
    Path map = dir.resolve("map.netmap");
    Run text = Run.of("timeline", map.toString());
    assertThat(text.out()).contains("Bloom Coffee (2024-05-13)");
  }
}
