package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The freelance designer's example ({@code examples/freelance-designer.netmap}), its numbers worked
 * by hand from the file.
 *
 * <p>Eight clients, all won: Northwind €25,000, Bloom Coffee €4,000, Lumen Apps €8,000, Fernweh
 * Travel €6,000, Oakline Bakery €3,000, Kite Labs €12,000, Harbour Museum €9,000, Vela Skincare
 * €8,000: €75,000 in all. Bloom Coffee came back on 2024-05-13 for €2,500 more (a deal of its own,
 * through the same route): 9 opportunities won, €77,500 in all. One lost deal, Grain & Co, €10,000,
 * through the Pixel Podcast.
 *
 * <p>Where each came from (nothing leads to the origins: Acme Studio, Dribbble, Instagram,
 * Newsletter, Design meetup, Pixel Podcast; Config 2023 has a cost and leads nowhere):
 *
 * <ul>
 *   <li>Acme Studio → Sam → Northwind: €25,000 of €77,500, the biggest source (32.3%, shown 32%);
 *   <li>Newsletter → Fernweh (6k), → Marco → Tom → Harbour (9k), → Vela (8k): €23,000, 30%;
 *   <li>Instagram → Priya → Bloom (4k) and Bloom again (2.5k), → Vela (8k): €14,500 in 3 of 9
 *       opportunities, 18.7% (shown 19%);
 *   <li>Pixel Podcast → Kite Labs (12k): €12,000, 15%, and Grain & Co lost (10k): one won and one
 *       lost, a win rate of 1/2 by count and 12/(12+10) = 54.5% by value;
 *   <li>Dribbble → Lumen (8k): 10%; Design meetup → Lena → Oakline (3k): 4%;
 *   <li>Config 2023: €1,200 and 24 hours, nothing yet (24 h × €60 = €1,440; €2,640 in all).
 * </ul>
 *
 * <p>The whole map: 9 won, 1 lost: 9/10 by count, 77.5/87.5 by value.
 */
class FreelanceDesignerExampleTest {

  static final String MAP = "../examples/freelance-designer.netmap";

  @Test
  void theFirstLineNamesTheFormerEmployerAsTheBiggestSource() throws Exception {
    Run text = Run.of("summary", MAP);
    assertThat(text.exit()).isZero();
    String second = text.out().lines().skip(2).findFirst().orElseThrow();
    assertThat(second)
        .isEqualTo("Acme Studio (job) led to 32% of the value: 1 of 9 opportunities, €25,000.");
    assertThat(text.out())
        .contains(
            "Config 2023 cost €1,200 and 24 hours (€2,640 with the hours at €60) and led to no"
                + " opportunity yet.");

    JsonNode summary = Run.json("summary", MAP, "--format", "json");
    assertThat(summary.get("totalValue").asDouble()).isEqualTo(77_500);
    assertThat(summary.get("opportunities")).hasSize(9);
    JsonNode sources = summary.get("sources");
    assertThat(sources.get(0).get("name").asText()).isEqualTo("Acme Studio");
    assertThat(sources.get(0).get("value").asDouble()).isEqualTo(25_000);
    // Ranked by value: Instagram's €14,500 (Bloom Coffee twice, Vela) before the podcast's €12,000.
    assertThat(sources.findValuesAsText("name"))
        .containsExactly(
            "Acme Studio",
            "Newsletter",
            "Instagram",
            "Pixel Podcast",
            "Dribbble",
            "Design meetup",
            "Config 2023");
    assertThat(Run.named(sources, "name", "Newsletter").get("value").asDouble()).isEqualTo(23_000);
    assertThat(Run.named(sources, "name", "Instagram").get("value").asDouble()).isEqualTo(14_500);
    assertThat(Run.named(sources, "name", "Instagram").get("touched")).hasSize(3);
    assertThat(Run.named(sources, "name", "Config 2023").get("touched")).isEmpty();
  }

  @Test
  void theLostDealAndTheWinRates() throws Exception {
    JsonNode summary = Run.json("summary", MAP, "--format", "json");
    assertThat(summary.get("lostValue").asDouble()).isEqualTo(10_000);
    JsonNode podcast = Run.named(summary.get("sources"), "name", "Pixel Podcast");
    assertThat(podcast.get("lostValue").asDouble()).isEqualTo(10_000);
    JsonNode rate = podcast.get("winRate");
    assertThat(rate.get("won").asInt()).isEqualTo(1);
    assertThat(rate.get("lost").asInt()).isEqualTo(1);
    assertThat(rate.get("byCount").asDouble()).isEqualTo(0.5);
    assertThat(rate.get("byValue").asDouble()).isCloseTo(12.0 / 22, within(1e-4));
    // Talks (the meetup, the podcast, the conference): Oakline and Kite won, Grain & Co lost.
    JsonNode talks = Run.named(summary.get("groups"), "name", "talks");
    assertThat(talks.get("winRate").get("byCount").asDouble()).isCloseTo(2.0 / 3, within(1e-4));
    assertThat(talks.get("winRate").get("byValue").asDouble()).isCloseTo(15.0 / 25, within(1e-4));
  }

  /**
   * Time decay, half-life 180 days. Northwind was won on 2023-10-01; Sam introduced her that very
   * day (age 0, weight 2^0 = 1); Acme Studio passed her on to Sam on 2022-10-06, 360 days before
   * (2022-10-06 to 2023-10-06 is 365 days, less 5), weight 2^(-360/180) = 1/4. Sam's share is 1 /
   * (1 + 1/4) = 4/5 of €25,000: €20,000; Acme Studio's €5,000. Oakline Bakery's route has no date
   * at all, so it is credited as linear: €1,500 each to the meetup and Lena.
   *
   * <p>Bloom Coffee's second deal, won 2024-05-13 for €2,500, is measured from its own date: Priya
   * passed it on 2023-02-20, 448 days before (365 to 2024-02-20, then 9 + 31 + 30 + 13), and
   * Instagram on 2023-01-16, 35 days earlier still (483). Priya's share is 2^(-448/180) /
   * (2^(-448/180) + 2^(-483/180)) = 1 / (1 + 2^(-35/180)) = 1 / 1.87391 of €2,500 = €1,334.11;
   * Instagram's €1,165.89.
   */
  @Test
  void timeDecayGivesTheLastIntroductionFourFifths() throws Exception {
    JsonNode credits =
        Run.json(
                "attribute", MAP, "--model", "time-decay", "--for", "Northwind", "--format", "json")
            .get("credits");
    assertThat(Run.named(credits, "id", "Sam").get("credit").asDouble()).isEqualTo(20_000);
    assertThat(Run.named(credits, "id", "Acme Studio").get("credit").asDouble()).isEqualTo(5_000);

    JsonNode all = Run.json("attribute", MAP, "--model", "time-decay", "--format", "json");
    assertThat(all.get("linearFallback").toString()).isEqualTo("[\"Oakline Bakery\"]");
    assertThat(Run.named(all.get("credits"), "id", "Lena").get("credit").asDouble())
        .isEqualTo(1_500);
    assertThat(Run.named(all.get("credits"), "id", "Sam").get("credit").asDouble())
        .isEqualTo(20_000);

    JsonNode again =
        Run.json(
                "attribute",
                MAP,
                "--model",
                "time-decay",
                "--for",
                "Bloom Coffee#2",
                "--format",
                "json")
            .get("credits");
    assertThat(Run.named(again, "id", "Priya").get("credit").asDouble())
        .isCloseTo(1_334.11, within(0.01));
    assertThat(Run.named(again, "id", "Instagram").get("credit").asDouble())
        .isCloseTo(1_165.89, within(0.01));
  }

  /**
   * Bloom Coffee: Instagram (joined 2019-05) led to Priya on 2023-01-16, who hired her on
   * 2023-02-20: 15 days left of January, 20 of February, 35 days — not the four years since she
   * joined Instagram. Its second deal, won 2024-05-13, is a line of its own from the same first
   * contact: 35 days to 2023-02-20, 365 to 2024-02-20, then 9 + 31 + 30 + 13 = 483 days.
   */
  @Test
  void theTimelineStartsAtTheFirstDatedContact() throws Exception {
    JsonNode opportunities = Run.json("timeline", MAP, "--format", "json").get("opportunities");
    JsonNode bloom = Run.named(opportunities, "id", "Bloom Coffee");
    assertThat(bloom.get("firstContact").asText()).isEqualTo("2023-01-16");
    assertThat(bloom.get("days").asInt()).isEqualTo(35);
    assertThat(Run.named(opportunities, "id", "Northwind").get("days").asInt()).isEqualTo(360);
    JsonNode again = Run.named(opportunities, "id", "Bloom Coffee#2");
    assertThat(again.get("firstContact").asText()).isEqualTo("2023-01-16");
    assertThat(again.get("days").asInt()).isEqualTo(483);
  }

  /**
   * Return on networking during 2023. The newsletter costs €9 a month and 4 hours a month, all
   * year: 9 × 12 × 365 / 365.25 = €107.93 and 4 × 12 × 365 / 365.25 = 47.97 hours, at €60 an hour
   * €2,878.03, €2,985.95 in all. The work of 2023 it led to: Fernweh Travel, €6,000, its only touch
   * (Harbour Museum and Vela Skincare came in 2024): a return of 6,000 / 2,985.95 = 2.01. Config
   * 2023 is charged once, in June: €1,200 and 24 hours, €2,640, for nothing.
   */
  @Test
  void roiOverAYearChargesThatYearsCosts() throws Exception {
    JsonNode roi = Run.json("roi", MAP, "--from", "2023", "--to", "2023", "--format", "json");
    assertThat(roi.get("span").asText()).isEqualTo("2023-01-01 to 2023-12-31");
    JsonNode newsletter = Run.named(roi.get("lines"), "name", "Newsletter");
    assertThat(newsletter.get("credit").asDouble()).isEqualTo(6_000);
    assertThat(newsletter.get("money").asDouble()).isEqualTo(107.93);
    assertThat(newsletter.get("hours").asDouble()).isEqualTo(47.97);
    assertThat(newsletter.get("cost").asDouble()).isEqualTo(2_985.95);
    assertThat(newsletter.get("roi").asDouble()).isEqualTo(2.01);
    JsonNode config = Run.named(roi.get("lines"), "name", "Config 2023");
    assertThat(config.get("cost").asDouble()).isEqualTo(2_640);
    assertThat(config.get("credit").asDouble()).isZero();
    // The year before, the conference (June 2023) costs nothing.
    JsonNode before = Run.json("roi", MAP, "--from", "2022", "--to", "2022", "--format", "json");
    assertThat(Run.named(before.get("lines"), "name", "Config 2023").get("cost").asDouble())
        .isZero();
  }
}
