package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

  private static final Path SEED = Path.of("..", "examples", "power-of-the-network.netmap");

  /** The seed plus Andy Carter as a LinkedIn export brings him in: at Cielo, with no links. */
  private static Path seedWithAndyCarter(Path dir) throws Exception {
    Path map = dir.resolve("network.netmap");
    Files.writeString(
        map,
        Files.readString(SEED, StandardCharsets.UTF_8)
            + "\nperson \"Andy Carter\" url=\"https://www.linkedin.com/in/andy-carter\""
            + "\n\"Andy Carter\" works at Cielo\n",
        StandardCharsets.UTF_8);
    return map;
  }

  @Test
  void listsTheLinkToCieloAndTheSecondAndyNumberedByValue(@TempDir Path dir) throws Exception {
    Path map = seedWithAndyCarter(dir);

    Run run = Run.of("suggest", map.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    // Both connect Client 1 (£50,000, won): Cielo -[referred]-> Client 1, and AndyC -> Cielo.
    assertThat(run.out())
        .isEqualTo(
            "2 suggestions for "
                + map
                + ", most value first:\n\n"
                + "1. Andy Carter → Cielo  (£50,000: Client 1)\n"
                + "   Andy Carter works at Cielo, and Cielo became Client 1\n"
                + "2. merge AndyC (Andy) into Andy Carter  (£50,000: Client 1)\n"
                + "   probably the same person: Andy Carter and AndyC (Andy) (Andy is Andy"
                + " Carter's first name, and both are at Cielo)\n\n"
                + "To add some: networth suggest "
                + map
                + " --accept 1 2\n");
  }

  @Test
  void acceptingTheLinkWritesItAndItIsNoLongerSuggested(@TempDir Path dir) throws Exception {
    Path map = seedWithAndyCarter(dir);

    Run run = Run.of("suggest", map.toString(), "--accept", "1");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("added Andy Carter → Cielo\nwrote " + map + "\n");
    assertThat(Files.readString(map)).endsWith("\n\n\"Andy Carter\" -> Cielo\n");
    Run again = Run.of("suggest", map.toString());
    assertThat(again.out())
        .doesNotContain("Andy Carter → Cielo")
        .contains("1. merge AndyC (Andy) into Andy Carter  (connects no opportunity)");
    assertThat(Run.of("check", map.toString()).exit()).isZero();
  }

  @Test
  void acceptingTheMergeLeavesOneAndyAndNothingMoreToSuggest(@TempDir Path dir) throws Exception {
    Path map = seedWithAndyCarter(dir);

    Run run = Run.of("suggest", map.toString(), "--accept", "2");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("merged AndyC (Andy) into Andy Carter\n");
    String text = Files.readString(map);
    assertThat(text)
        .doesNotContain("AndyC")
        .contains("Roger -[introduced 2013-01]-> \"Andy Carter\" -> Cielo");
    assertThat(Run.of("suggest", map.toString()).out()).startsWith("Nothing to suggest for ");
    // Client 1 is still reached, now through Andy Carter: the summary counts the same value.
    assertThat(Run.of("summary", map.toString()).out()).contains("10 opportunities worth £234,250");
  }

  @Test
  void aMapWithNothingToSuggestSaysSo() {
    Run run = Run.of("suggest", SEED.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Nothing to suggest for "
                + SEED
                + ": the map has every link its people's workplaces, addresses and notes imply.\n");
  }

  @Test
  void acceptingANumberThatIsNotThereExitsTwoAndLeavesTheMapAlone(@TempDir Path dir)
      throws Exception {
    Path map = seedWithAndyCarter(dir);
    byte[] before = Files.readAllBytes(map);

    Run run = Run.of("suggest", map.toString(), "--accept", "1", "99");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "networth: --accept 99: there is no suggestion 99; this map has 2 (1 to 2). Run"
                + " 'networth suggest MAP' to list them; the map was not changed\n");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
    assertThat(Run.of("suggest", map.toString(), "--accept", "one").exit()).isEqualTo(2);
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void aMapWithErrorsExitsOneAndIsNotTouched(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("broken.netmap");
    Files.writeString(map, "person Ann\nclient Deal value lots\nAnn -> Deal\n");
    byte[] before = Files.readAllBytes(map);

    Run run = Run.of("suggest", map.toString(), "--accept", "1");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(map + ":2:").doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void speaksJsonAndAcceptsIntoAJsonMap(@TempDir Path dir) throws Exception {
    Path netmap = seedWithAndyCarter(dir);
    Path json = dir.resolve("network.json");
    assertThat(Run.of("convert", netmap.toString(), "-o", json.toString()).exit()).isZero();

    JsonNode list = Run.json("suggest", json.toString(), "--format", "json");

    assertThat(list.get("currency").asText()).isEqualTo("GBP");
    JsonNode first = list.get("suggestions").get(0);
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("rule").asText()).isEqualTo("organisation");
    assertThat(first.get("value").decimalValue()).isEqualByComparingTo("50000");
    assertThat(first.get("links").get(0).get("from").asText()).isEqualTo("Andy Carter");
    assertThat(first.get("links").get(0).get("to").asText()).isEqualTo("Cielo");
    JsonNode second = list.get("suggestions").get(1);
    assertThat(second.get("merge").get("keep").asText()).isEqualTo("Andy Carter");
    assertThat(second.get("merge").get("remove").asText()).isEqualTo("AndyC");

    JsonNode accepted = Run.json("suggest", json.toString(), "--accept", "2", "--format", "json");
    assertThat(accepted.get("accepted").get(0).get("number").asInt()).isEqualTo(2);
    assertThat(accepted.get("written").get(0).asText()).isEqualTo(json.toString());
    assertThat(Run.json("suggest", json.toString(), "--format", "json").get("suggestions"))
        .isEmpty();
  }

  @Test
  void itsHelpFitsTheTerminalAndNamesEveryFormatItTakes() {
    Run help = Run.of("suggest", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: networth suggest").contains("--accept");
    assertThat(help.out().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
    for (String format : new String[] {"md", "csv"}) {
      Run run = Run.of("suggest", SEED.toString(), "--format", format);
      assertThat(run.exit()).as(format).isZero();
      assertThat(run.out()).as(format).contains("SUGGESTION");
    }
  }
}
