package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "What came in during 2023?" on a small dated map. By hand: Bloom Coffee (8k, 2023-06-15), Studio
 * K (3k, 2023-03) and the lost Ferry (2023-09) are dated in 2023; Harbour (5k, 2022-11-20) and the
 * prospect Kiln (10k at 50%, 2024-01-10) are dated outside it; Old Friend has no date. So for 2023
 * two opportunities count, worth 11k, and three are left out: two outside, one undated.
 */
class PeriodOptionTest {

  static final String MAP =
      """
      title "Studio"
      currency EUR
      group social = Instagram, Newsletter
      channel Instagram since 2019
      channel Newsletter since 2020
      person Ana since 2015
      client "Bloom Coffee" value 8k won 2023-06-15
      client "Studio K" value 3k won 2023-03
      client "Old Friend" value 1k
      client "Harbour" value 5k won 2022-11-20
      prospect "Kiln" value 10k p 50% since 2024-01-10
      lost "Ferry" value 2k lost 2023-09

      Instagram -> Ana
      Ana -[introduced 2023-05-10]-> "Bloom Coffee"
      Instagram -> "Bloom Coffee"
      Newsletter -> "Studio K"
      Ana -[2022-01-01]-> "Old Friend"
      Instagram -[2022-10-01]-> Harbour
      Newsletter -[2023-12-01]-> Kiln
      Ana -> Ferry
      """;

  static final String LEFT_OUT =
      "Left out: 2 dated outside it and 1 undated (an undated opportunity cannot be placed in a"
          + " period).";

  @TempDir Path dir;
  String map;

  @BeforeEach
  void write() throws Exception {
    map = Files.writeString(dir.resolve("studio.netmap"), MAP).toString();
  }

  private String[] args(String command, String... more) {
    List<String> all = new ArrayList<>(List.of(command, map));
    if (command.equals("whatif")) {
      all.addAll(List.of("--without", "Ana"));
    }
    if (command.equals("report")) {
      all.addAll(List.of("-o", dir.resolve("report.html").toString()));
    }
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private JsonNode json(String command, String... more) throws Exception {
    List<String> all = new ArrayList<>(List.of(more));
    all.addAll(List.of("--format", "json"));
    Run run = Run.of(args(command, all.toArray(String[]::new)));
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "summary",
        "attribute",
        "critical",
        "whatif",
        "connectors",
        "roi",
        "timeline",
        "report"
      })
  void everyAnalysisSaysWhichPeriodAndWhatItLeftOut(String command) {
    Run run = Run.of(args(command, "--from", "2023", "--to", "2023"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Period 2023-01-01 to 2023-12-31: only the opportunities dated in it count.")
        .contains(LEFT_OUT);
    assertThat(Run.of(command, "--help").out()).contains("--from=DATE").contains("--to=DATE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "attribute", "critical", "whatif", "connectors", "timeline"})
  void jsonCarriesThePeriodAndWhatWasLeftOut(String command) throws Exception {
    JsonNode doc = json(command, "--from", "2023", "--to", "2023");
    assertThat(doc.get("period").get("from").asText()).isEqualTo("2023-01-01");
    assertThat(doc.get("period").get("to").asText()).isEqualTo("2023-12-31");
    assertThat(doc.get("leftOut").get("count").asInt()).isEqualTo(3);
    assertThat(doc.get("leftOut").get("outsidePeriod").toString())
        .isEqualTo("[\"Harbour\",\"Kiln\"]");
    assertThat(doc.get("leftOut").get("undated").toString()).isEqualTo("[\"Old Friend\"]");
  }

  @Test
  void onlyTheOpportunitiesOfThePeriodAreCounted() throws Exception {
    JsonNode summary = json("summary", "--from", "2023", "--to", "2023");
    assertThat(summary.get("opportunities").toString())
        .isEqualTo("[\"Bloom Coffee\",\"Studio K\"]");
    assertThat(summary.get("totalValue").decimalValue()).isEqualByComparingTo("11000");
    // From June 2023 on: Bloom Coffee 8k and Kiln 10k × 50% = 13k; Studio K (March) is out.
    JsonNode whatif = json("whatif", "--from", "2023-06");
    assertThat(whatif.get("totalValue").decimalValue()).isEqualByComparingTo("13000");
    assertThat(whatif.get("period").get("to").isNull()).isTrue();
    assertThat(whatif.get("leftOut").get("outsidePeriod").toString())
        .isEqualTo("[\"Studio K\",\"Harbour\"]");
    // Up to 2022: Harbour alone, through Instagram.
    JsonNode attribute = json("attribute", "--to", "2022", "--model", "linear");
    assertThat(attribute.get("total").decimalValue()).isEqualByComparingTo("5000");
    assertThat(attribute.get("credits").get(0).get("id").asText()).isEqualTo("Instagram");
    assertThat(attribute.get("credits").get(0).get("credit").decimalValue())
        .isEqualByComparingTo("5000");
  }

  @Test
  void withoutAPeriodUndatedOpportunitiesCountAndNothingIsSaid() throws Exception {
    // All five clients and prospects: 8k + 3k + 1k + 5k + 5k = 22k.
    JsonNode summary = json("summary");
    assertThat(summary.get("totalValue").decimalValue()).isEqualByComparingTo("22000");
    assertThat(summary.has("period")).isFalse();
    assertThat(Run.of("summary", map).out()).doesNotContain("Period");
  }

  @Test
  void markdownSaysThePeriodUnderItsTitleAndCsvOnStandardError() {
    Run md = Run.of("critical", map, "--from", "2023", "--to", "2023", "--format", "md");
    assertThat(md.out()).startsWith("# Critical nodes\n\nPeriod 2023-01-01 to 2023-12-31");
    Run csv = Run.of("critical", map, "--from", "2023", "--to", "2023", "--format", "csv");
    assertThat(csv.exit()).isZero();
    assertThat(csv.out()).startsWith("OPPORTUNITY,").doesNotContain("Period");
    assertThat(csv.err()).contains(LEFT_OUT);
  }

  @Test
  void aBadDateOrAPeriodEndingBeforeItStartsIsACommandLineError() {
    Run month = Run.of("summary", map, "--from", "2023-13");
    assertThat(month.exit()).isEqualTo(2);
    assertThat(month.err()).contains("--from 2023-13: month 13 is not between 1 and 12");
    Run word = Run.of("timeline", map, "--to", "soon");
    assertThat(word.exit()).isEqualTo(2);
    assertThat(word.err()).contains("--to soon").contains("YYYY, YYYY-MM or YYYY-MM-DD");
    Run backwards = Run.of("roi", map, "--from", "2024", "--to", "2023");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err()).contains("--from 2024 comes after --to 2023");
    assertThat(backwards.err()).doesNotContain("Exception");
  }

  @Test
  void anOpportunityThePeriodLeftOutIsNamedAsSuch() {
    Run outside = Run.of("attribute", map, "--from", "2023", "--for", "Harbour");
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err())
        .contains("--for Harbour: it is dated outside the period from 2023-01-01");
    Run undated = Run.of("attribute", map, "--to", "2023", "--for", "Old Friend");
    assertThat(undated.exit()).isEqualTo(2);
    assertThat(undated.err()).contains("--for Old Friend: it has no date");
  }
}
