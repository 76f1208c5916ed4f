package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `roi` charges when the span of days to charge for is empty or unknown. */
class RoiSpanTest {

  /**
   * The designer's map runs from 2017-09-01 to 2024-05-13; `--to 2015` asks for days before all of
   * it: no day to charge a cost for, so the conference of 2023 and the newsletter's months cost
   * nothing there, and the span says why.
   */
  @Test
  void aPeriodOutsideTheMapsDatesChargesNothing() throws Exception {
    JsonNode roi =
        Run.json(
            "roi", "../examples/freelance-designer.netmap", "--to", "2015", "--format", "json");
    for (String name : new String[] {"Config 2023", "Newsletter", "Dribbble"}) {
      JsonNode line = Run.named(roi.get("lines"), "name", name);
      assertThat(line.get("cost").asDouble()).as(name).isZero();
      assertThat(line.get("money").asDouble()).as(name).isZero();
    }
    assertThat(roi.get("span").asText()).startsWith("no day of the map's");
    Run text = Run.of("roi", "../examples/freelance-designer.netmap", "--to", "2015");
    assertThat(text.out()).contains("over no day of the map's (the period asked lies outside");
  }

  /**
   * A map without any date cannot charge €100 a month: that line's cost is unknown (null; "—" in
   * the table, since the map has a rate), while the talk's one-off €300 is charged in full: a
   * return of 5,000 / 300 = 16.7.
   */
  @Test
  void withoutDatesARecurringCostIsUnknownAndAOneOffIsCharged(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("m.netmap");
    Files.writeString(
        map,
        "rate 50\nchannel LinkedIn cost 100/month hours 2/week\nevent Talk cost 300\n"
            + "client A value 10k\nLinkedIn -> A\nTalk -> A\n");
    JsonNode lines = Run.json("roi", map.toString(), "--format", "json").get("lines");
    JsonNode linkedIn = Run.named(lines, "name", "LinkedIn");
    assertThat(linkedIn.get("cost").isNull()).isTrue();
    assertThat(linkedIn.get("money").asDouble()).isZero();
    assertThat(linkedIn.get("hours").asDouble()).isZero();
    JsonNode talk = Run.named(lines, "name", "Talk");
    assertThat(talk.get("cost").asDouble()).isEqualTo(300);
    assertThat(talk.get("roi").asDouble()).isEqualTo(16.67);
    String table = Run.of("roi", map.toString()).out();
    assertThat(table).contains("an unknown span: the map gives no dates").doesNotContain("no rate");
  }
}
