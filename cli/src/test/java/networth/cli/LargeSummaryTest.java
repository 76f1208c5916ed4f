package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a large map the summary's sources give counts instead of listing every opportunity each
 * touched. Here 1,001 channels all lead to one hub, and the hub to 1,000 clients of 1k each: every
 * channel touched all 1,000 indirectly, 1,001,000 ids in all, just over the million the JSON lists.
 */
class LargeSummaryTest {

  @Test
  void sourcesGiveCountsWhenTheirListsWouldHoldMoreThanAMillionIds(@TempDir Path dir)
      throws Exception {
    StringBuilder map = new StringBuilder();
    for (int c = 0; c <= 1_000; c++) {
      map.append("channel c").append(c).append('\n');
    }
    for (int o = 0; o < 1_000; o++) {
      map.append("client o").append(o).append(" value 1k\n");
    }
    for (int c = 0; c <= 1_000; c++) {
      map.append("c").append(c).append(" -> Hub\n");
    }
    for (int o = 0; o < 1_000; o++) {
      map.append("Hub -> o").append(o).append('\n');
    }
    Path file = dir.resolve("large.netmap");
    Files.writeString(file, map);

    JsonNode summary = Run.json("summary", file.toString(), "--format", "json");
    JsonNode sources = summary.get("sources");
    assertThat(sources).hasSize(1_001);
    JsonNode first = sources.get(0);
    assertThat(first.get("counts").get("touched").asInt()).isEqualTo(1_000);
    assertThat(first.get("counts").get("direct").asInt()).isZero();
    assertThat(first.get("counts").get("indirect").asInt()).isEqualTo(1_000);
    assertThat(first.has("touched")).isFalse();
    assertThat(first.get("value").asDouble()).isEqualTo(1_000_000);
    // The channels, few as they are here, are a thousand too: but their lists stay, as before.
    assertThat(summary.get("channels").get(0).get("touched")).hasSize(1_000);
  }
}
