package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A designer's map: she joined Instagram in 2019 and met Ana in 2015, but Ana introduced her to
 * Bloom Coffee on 2023-05-10 and the job was won on 2023-06-15: 21 days left in May + 15 = 36 days,
 * not four years. Bloom Coffee has two routes (Instagram → Ana → Bloom Coffee, dated; Instagram →
 * Bloom Coffee, undated): 1 of 2 dated. Studio K's one route (from the newsletter) has no date; Old
 * Friend was never dated.
 */
class TimelineCommandTest {

  static final String STUDIO =
      """
      title "Studio"
      currency EUR
      channel Instagram since 2019
      channel Newsletter since 2020
      person Ana since 2015
      client "Bloom Coffee" value 8k won 2023-06-15
      client "Studio K" value 3k won 2023-03
      client "Old Friend" value 1k

      Instagram -> Ana
      Ana -[introduced 2023-05-10]-> "Bloom Coffee"
      Instagram -> "Bloom Coffee"
      Newsletter -> "Studio K"
      Ana -[2022-01-01]-> "Old Friend"
      """;

  @TempDir Path dir;
  String map;

  @BeforeEach
  void write() throws Exception {
    map = Files.writeString(dir.resolve("studio.netmap"), STUDIO).toString();
  }

  @Test
  void timeIsMeasuredFromTheIntroductionNotFromWhenTheChannelWasJoined() throws Exception {
    Run run = Run.of("timeline", map, "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    JsonNode bloom = doc.get("opportunities").get(0);
    assertThat(bloom.get("id").asText()).isEqualTo("Bloom Coffee");
    assertThat(bloom.get("firstContact").asText()).isEqualTo("2023-05-10");
    assertThat(bloom.get("days").asInt()).isEqualTo(36);
    assertThat(bloom.get("routes").asInt()).isEqualTo(2);
    assertThat(bloom.get("datedRoutes").asInt()).isEqualTo(1);
    assertThat(doc.get("opportunities")).hasSize(1);
    JsonNode gaps = doc.get("unmeasured");
    assertThat(gaps.get(0).get("id").asText()).isEqualTo("Studio K");
    assertThat(gaps.get(0).get("reason").asText()).isEqualTo("no dated contact");
    assertThat(gaps.get(1).get("id").asText()).isEqualTo("Old Friend");
    assertThat(gaps.get(1).get("reason").asText()).isEqualTo("undated");
    // Instagram led to Bloom Coffee (36 days) and Old Friend (undated); the newsletter's only
    // route is undated, so it has no median rather than "0 days".
    JsonNode instagram = doc.get("channels").get(0);
    assertThat(instagram.get("ledTo").asInt()).isEqualTo(2);
    assertThat(instagram.get("opportunities").asInt()).isEqualTo(1);
    assertThat(instagram.get("medianDays").asInt()).isEqualTo(36);
    JsonNode newsletter = doc.get("channels").get(1);
    assertThat(newsletter.get("ledTo").asInt()).isEqualTo(1);
    assertThat(newsletter.get("medianDays").isNull()).isTrue();
  }

  @Test
  void theTextSaysHowManyRoutesWereDatedAndWhatWasNotMeasured() {
    Run run = Run.of("timeline", map);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("Bloom Coffee +2023-05-10 +2023-06-15 +36 days +1 of 2")
        .contains("Studio K (its one route has no dated link)")
        .contains("Old Friend (no date of its own)")
        .containsPattern("Newsletter +1 +0 +no dated route")
        .doesNotContain("years");
  }
}
