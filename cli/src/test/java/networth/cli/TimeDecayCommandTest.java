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
 * Time decay on the designer's map ({@link TimelineCommandTest#STUDIO}), by hand with the default
 * half-life of 180 days. Bloom Coffee (8,000, won 2023-06-15) has two routes: Instagram → Ana →
 * Bloom Coffee and Instagram → Bloom Coffee. Its touches: Instagram twice through undated links
 * (made, for it, on 2023-06-15: weight 1 each) and Ana through the introduction of 2023-05-10, 36
 * days before: 2^(-36/180) = 0.870551. Instagram gets 8,000 × 2 / 2.870551 = 5,573.84 and Ana 8,000
 * × 0.870551 / 2.870551 = 2,426.16. Old Friend (1,000, undated) is measured from the newest link on
 * its route, Ana's of 2022-01-01: Ana's touch and Instagram's undated one weigh 1 each, 500 apiece.
 * Studio K's one route has no dated link: linear gives all 3,000 to the newsletter, and the output
 * says so.
 */
class TimeDecayCommandTest {

  @TempDir Path dir;
  String map;

  @BeforeEach
  void write() throws Exception {
    map = Files.writeString(dir.resolve("studio.netmap"), TimelineCommandTest.STUDIO).toString();
  }

  @Test
  void creditsFollowTheOpportunitysOwnDatesAndTheFallbackIsNamed() throws Exception {
    Run run = Run.of("attribute", map, "--model", "time-decay", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    java.util.Map<String, Double> credit = new java.util.HashMap<>();
    doc.get("credits").forEach(c -> credit.put(c.get("id").asText(), c.get("credit").asDouble()));
    assertThat(credit)
        .containsEntry("Instagram", 5573.84 + 500)
        .containsEntry("Ana", 2426.16 + 500)
        .containsEntry("Newsletter", 3000.0);
    assertThat(doc.get("linearFallback").toString()).isEqualTo("[\"Studio K\"]");
  }

  @Test
  void theTextSaysWhichOpportunitiesFellBackToLinear() {
    Run run = Run.of("attribute", map, "--model", "time-decay");
    assertThat(run.out())
        .contains(
            "Time decay: 1 opportunity (Studio K) has no dated link on its routes, so it is"
                + " credited as linear does.");
    assertThat(Run.of("attribute", "--help").out()).contains("default: 180");
  }
}
