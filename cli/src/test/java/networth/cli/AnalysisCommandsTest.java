package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyses on the seed example give the answers a person finds by hand in the blog post.
 *
 * <p>By hand: LinkedIn led to the Imagination job, the only way to the Google Apps project, which
 * led to UC Expo, Mike and Client 4; LinkedIn alone brought Prospect 2 and the contact behind
 * Prospect 3. So without LinkedIn, Client 4 and Prospects 2 and 3 are lost (30k + 60k×40% + 25k×30%
 * = 61.5k), while Clients 1, 2, 3 and 5 keep a route that does not pass through it (Twitter to
 * Emily, the blog to CIO, The Guardian interview to Andy). Every route to Client 1 passes through
 * Emily (reached from Channel 4 News or Twitter) and Cielo (reached from Andy or Emily).
 */
class AnalysisCommandsTest {

  static final String SEED = SummaryCommandTest.SEED;

  private static JsonNode json(String... args) throws Exception {
    Run run = Run.of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"paths", "attribute", "critical", "whatif", "connectors", "roi", "timeline"})
  void everyAnalysisHasHelp(String command) {
    Run run = Run.of(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: networth " + command).contains("Example");
    assertThat(run.err()).as("help is formatted without warnings").isEmpty();
  }

  @Test
  void withoutLinkedInAloneThreeAreLost() throws Exception {
    JsonNode doc = json("whatif", SEED, "--without", "LinkedIn", "--format", "json");
    assertThat(texts(doc.get("lost"))).containsExactly("Client 4", "Prospect 2", "Prospect 3");
    assertThat(texts(doc.get("weakened")))
        .containsExactly("Client 1", "Client 2", "Client 3", "Client 5");
    assertThat(doc.get("valueAtRisk").decimalValue()).isEqualByComparingTo("61500");
  }

  @Test
  void withoutSocialMediaOnlyClientFiveAndSixAndProspectOneRemain() throws Exception {
    JsonNode doc = json("whatif", SEED, "--without", "group:social", "--format", "json");
    assertThat(texts(doc.get("lost")))
        .containsExactly(
            "Client 1",
            "Client 2",
            "Client 3",
            "Client 4",
            "Prospect 2",
            "Prospect 3",
            "Prospect 4");
    assertThat(texts(doc.get("weakened"))).containsExactly("Client 5", "Client 6");
    Run text = Run.of("whatif", SEED, "--without", "group:social");
    assertThat(text.out())
        .startsWith("Without LinkedIn, Twitter, My blog: 7 opportunities would be lost");
  }

  @Test
  void everyRouteToClientOnePassesThroughEmilyThenCielo() throws Exception {
    JsonNode doc = json("critical", SEED, "--format", "json");
    // Found first, so that a missing opportunity fails instead of skipping the assertion.
    JsonNode clientOne = Run.named(doc.get("opportunities"), "id", "Client 1");
    assertThat(texts(clientOne.get("critical"))).containsExactly("Emily", "Cielo");
    JsonNode prospectFour = Run.named(doc.get("opportunities"), "id", "Prospect 4");
    assertThat(texts(prospectFour.get("critical")))
        .as("Twitter and the blog each lead to it")
        .isEmpty();
    JsonNode top = doc.get("keystones").get(0);
    assertThat(top.get("id").asText()).isEqualTo("LinkedIn");
    assertThat(top.get("value").decimalValue()).isEqualByComparingTo("61500");
  }

  @Test
  void clientOneHasFourRoutesShortestFirst() throws Exception {
    JsonNode doc = json("paths", SEED, "Client 1", "--format", "json");
    assertThat(doc.get("count").asInt()).isEqualTo(4);
    List<Integer> lengths = new ArrayList<>();
    doc.get("routes").forEach(r -> lengths.add(r.get("links").asInt()));
    assertThat(lengths).containsExactly(3, 5, 6, 8);
    assertThat(texts(doc.get("routes").get(0).get("nodes")))
        .containsExactly("Twitter", "Emily", "Cielo", "Client 1");
    JsonNode two = json("paths", SEED, "Client 1", "--limit", "2", "--format", "json");
    assertThat(two.get("count").asInt()).isEqualTo(4);
    assertThat(two.get("routes")).hasSize(2);
  }

  @Test
  void linearCreditOfClientOneIsSharedRouteByRoute() throws Exception {
    // Four routes of 3, 5, 6 and 8 touches carry 12,500 each; Cielo is on all four:
    // 12,500 × (1/3 + 1/5 + 1/6 + 1/8) = 10,312.50; Roger on the 5- and 8-touch ones: 4,062.50.
    JsonNode doc =
        json("attribute", SEED, "--model", "linear", "--for", "Client 1", "--format", "json");
    assertThat(credit(doc, "Cielo")).isEqualByComparingTo("10312.5");
    assertThat(credit(doc, "Roger")).isEqualByComparingTo("4062.5");
    double sum = 0;
    for (JsonNode c : doc.get("credits")) {
      sum += c.get("credit").asDouble();
    }
    assertThat(sum).isCloseTo(50_000, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void everyModelCreditsTheWholeValue() throws Exception {
    JsonNode doc = json("attribute", SEED, "--format", "json");
    assertThat(doc.get("model").asText()).isEqualTo("all");
    for (String model : List.of("first", "last", "linear", "position", "time-decay", "markov")) {
      double sum = 0;
      for (JsonNode c : doc.get("credits")) {
        JsonNode v = c.get("credit").get(model);
        sum += v.isNull() ? 0 : v.asDouble();
      }
      assertThat(sum).as(model).isCloseTo(234_250, org.assertj.core.data.Offset.offset(0.5));
    }
  }

  @Test
  void shapleyOfTheGroupsAddsUpWithWhatNeedsNone() throws Exception {
    // Without any group: Client 5 (40k, via The Guardian interview) and Client 6 (12k, via the
    // Microsoft job and Matt) are still reached: 52k.
    JsonNode doc =
        json("attribute", SEED, "--model", "shapley", "--by", "group", "--format", "json");
    assertThat(doc.get("shapley").get("exact").asBoolean()).isTrue();
    assertThat(doc.get("shapley").get("withoutPlayers").decimalValue())
        .isEqualByComparingTo("52000");
    double sum = 0;
    for (JsonNode c : doc.get("credits")) {
      sum += c.get("credit").asDouble();
    }
    assertThat(sum + 52_000).isCloseTo(234_250, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void unknownNamesGetTheNearestOnes() {
    Run paths = Run.of("paths", SEED, "Clinet 1");
    assertThat(paths.exit()).isEqualTo(2);
    assertThat(paths.err())
        .isEqualTo(
            "networth: no opportunity 'Clinet 1' in the map; did you mean 'Client 1', 'Client 2' or 'Client 3'?\n");
    Run whatif = Run.of("whatif", SEED, "--without", "Linkedin,group:socail");
    assertThat(whatif.exit()).isEqualTo(2);
    assertThat(whatif.err()).contains("no group 'socail' in the map; did you mean 'social'?");
    assertThat(Run.of("paths", SEED, "Emily").err())
        .contains("'Emily' is a person, not an opportunity");
    assertThat(Run.of("whatif", SEED, "--without", "Andy").err())
        .contains("'Andy' is the label of 2 nodes; name one by its id: AndyC, AndyG");
    Run model = Run.of("attribute", SEED, "--model", "lineal");
    assertThat(model.exit()).isEqualTo(2);
    assertThat(model.err()).contains("unknown model 'lineal'; did you mean 'linear'?");
  }

  @Test
  void aCyclicMapIsRefusedWithTheCycleNamed(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("cycle.netmap");
    Files.writeString(map, "client C value 5k\nA -> B -> A\nB -> C\n");
    Run run = Run.of("attribute", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("error: cycle: A -> B -> A");
  }

  @Test
  void roiOfLinkedInIsItsLinearCreditOverItsCost() throws Exception {
    // LinkedIn costs £300 and 40 hours at the map's £80 an hour: £3,500.
    JsonNode roi = json("roi", SEED, "--format", "json");
    JsonNode linear = json("attribute", SEED, "--model", "linear", "--format", "json");
    JsonNode linkedIn = roi.get("lines").get(0);
    assertThat(linkedIn.get("name").asText()).isEqualTo("LinkedIn");
    assertThat(linkedIn.get("cost").decimalValue()).isEqualByComparingTo("3500");
    assertThat(linkedIn.get("credit").decimalValue())
        .isEqualByComparingTo(credit(linear, "LinkedIn"));
    assertThat(linkedIn.get("roi").asDouble())
        .isCloseTo(
            credit(linear, "LinkedIn").doubleValue() / 3500,
            org.assertj.core.data.Offset.offset(0.005));
    assertThat(roi.get("period").asText()).isEqualTo("2007-01-01 to 2014-06-01");
  }

  @Test
  void prospectTwoCameAMonthAfterTheCeoFoundHimOnLinkedIn() throws Exception {
    JsonNode doc = json("timeline", SEED, "--format", "json");
    JsonNode prospectTwo = Run.named(doc.get("opportunities"), "id", "Prospect 2");
    assertThat(prospectTwo.get("firstTouch").asText()).isEqualTo("2014-04-01");
    assertThat(prospectTwo.get("days").asInt()).isEqualTo(30);
    assertThat(doc.get("channels").get(0).get("opportunities").asInt())
        .as("LinkedIn led to 7")
        .isEqualTo(7);
  }

  @Test
  void emilyCarriesEveryRouteToClientOneAndRogerHalf() throws Exception {
    JsonNode doc = json("connectors", SEED, "--format", "json");
    java.util.Map<String, Double> share = new java.util.HashMap<>();
    doc.get("connectors")
        .forEach(c -> share.put(c.get("id").asText(), c.get("routeShare").asDouble()));
    assertThat(share)
        .containsEntry("Emily", 1.0)
        .containsEntry("Roger", 0.5)
        .containsEntry("AndyC", 0.5);
  }

  @Test
  void aGeneratedNetworkChecksCleanInEveryFormAndTheSameSeedGivesTheSameFile(@TempDir Path dir)
      throws Exception {
    for (String out : List.of("g.netmap", "g.json", "sheets")) {
      Run gen = generate(dir.resolve(out));
      assertThat(gen.exit()).as(gen.err()).isZero();
      Run check = Run.of("check", "--strict", dir.resolve(out).toString());
      assertThat(check.exit()).as(check.err()).isZero();
      assertThat(check.out()).contains("50 opportunities");
    }
    generate(dir.resolve("again.netmap"));
    assertThat(Files.readString(dir.resolve("again.netmap")))
        .isEqualTo(Files.readString(dir.resolve("g.netmap")));
    assertThat(
            Run.of(
                    "generate",
                    "--people",
                    "-1",
                    "--links",
                    "1",
                    "--opportunities",
                    "1",
                    "-o",
                    "x.netmap")
                .exit())
        .isEqualTo(2);
  }

  private static Run generate(Path out) {
    return Run.of(
        "generate",
        "--people",
        "500",
        "--links",
        "2500",
        "--opportunities",
        "50",
        "-o",
        out.toString());
  }

  private static java.math.BigDecimal credit(JsonNode doc, String id) {
    for (JsonNode c : doc.get("credits")) {
      if (c.get("id").asText().equals(id)) {
        return c.get("credit").decimalValue();
      }
    }
    throw new AssertionError("no credit for " + id);
  }
}
