package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth journeys}: what a user runs and sees, from the command line. */
class JourneysCommandTest {

  @TempDir Path dir;

  /** ChannelAttribution's example data: {@code ../shared/data/} beside the folder with mvnw. */
  static Path pathData() {
    Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (d != null && !Files.exists(d.resolve("mvnw"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new AssertionError("no folder holding mvnw above " + System.getProperty("user.dir"));
    }
    Path data = d.resolve("../shared/data/channelattribution-pathdata.csv").normalize();
    if (!Files.isRegularFile(data)) {
      throw new AssertionError("the reference data is not at " + data);
    }
    return data;
  }

  /**
   * The CSV printed for the reference data against first, last and linear touch computed here from
   * the raw lines (String.split, row by row, as ChannelAttribution goes).
   */
  @Test
  void theReferenceDataAsCsvAgreesWithASecondImplementation() throws Exception {
    List<String> lines = Files.readAllLines(pathData());
    Map<String, double[]> expected = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double conv = Double.parseDouble(f[1]);
      List<String> path = new ArrayList<>();
      for (String t : f[0].split(">")) {
        if (!t.isBlank()) {
          path.add(t.trim());
        }
      }
      path.forEach(ch -> expected.computeIfAbsent(ch, k -> new double[3]));
      expected.get(path.get(0))[0] += conv;
      expected.get(path.get(path.size() - 1))[1] += conv;
      path.forEach(ch -> expected.get(ch)[2] += conv / path.size());
    }
    Run run = Run.of("journeys", pathData().toString(), "--format", "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> out = run.out().lines().toList();
    assertThat(out.get(0))
        .isEqualTo(
            "channel_name,first_touch_conversions,first_touch_value,last_touch_conversions,"
                + "last_touch_value,linear_touch_conversions,linear_touch_value");
    assertThat(out).hasSize(13);
    List<String> order = new ArrayList<>(expected.keySet());
    for (int i = 1; i < out.size(); i++) {
      String[] f = out.get(i).split(",");
      double[] e = expected.get(f[0]);
      assertThat(f[0]).isEqualTo(order.get(i - 1));
      assertThat(Double.parseDouble(f[1])).isEqualTo(e[0]);
      assertThat(Double.parseDouble(f[3])).isEqualTo(e[1]);
      assertThat(Double.parseDouble(f[5])).isCloseTo(e[2], within(1e-9));
    }
  }

  /**
   * A>B>A>B>B>A, A>B>B>A>A, A>A with one conversion each: linear A 3/6 + 3/5 + 2/2 = 2.1, B 3/6 +
   * 2/5 = 0.9. Position: the first two paths give A 0.4 + 0.4 and the middle 0.2 over 4 touches (B
   * B A B: A 0.05, B 0.15) and over 3 (B B A: A 0.2/3, B 0.4/3); A>A gives A 1 (two touches, half
   * each, both A). A = 0.85 + 0.8 + 0.2/3 + 1 = 2.71667, B = 0.15 + 0.4/3 = 0.28333.
   */
  @Test
  void theLiteraturesExampleInJson() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("ab.csv"), "path,total_conversions\nA>B>A>B>B>A,1\nA>B>B>A>A,1\nA>A,1\n");
    JsonNode doc = Run.json("journeys", f.toString(), "--model", "all", "--format", "json");
    assertThat(doc.get("format").asText()).isEqualTo("path");
    assertThat(doc.get("total_conversions").asDouble()).isEqualTo(3);
    assertThat(doc.get("models").toString())
        .isEqualTo("[\"heuristics\",\"position\",\"markov\",\"shapley\"]");
    JsonNode a = Run.named(doc.get("credits"), "channel_name", "A");
    JsonNode b = Run.named(doc.get("credits"), "channel_name", "B");
    assertThat(a.get("first_touch_conversions").asDouble()).isEqualTo(3);
    assertThat(b.get("last_touch_conversions").asDouble()).isZero();
    assertThat(a.get("linear_touch_conversions").asDouble()).isCloseTo(2.1, within(1e-12));
    assertThat(b.get("linear_touch_conversions").asDouble()).isCloseTo(0.9, within(1e-12));
    assertThat(a.get("position_based_conversions").asDouble())
        .isCloseTo(0.85 + 0.8 + 0.2 / 3 + 1, within(1e-12));
    assertThat(b.get("position_based_conversions").asDouble())
        .isCloseTo(0.15 + 0.4 / 3, within(1e-12));
    // Side by side, the Markov and Shapley columns are named for their models. Markov order 1:
    // A>B>A>B>A, A>B>A and A once repeats collapse; from A 3 steps go to B and 3 convert; B always
    // returns to A. Removal effects: A 1, B 1/2; shares 2/3 and 1/3 of 3 conversions. Shapley: the
    // sets {A,B} twice and {A} once; v(A) = 1, v(B) = 0, v(AB) = 3, so A = (1 + 3)/2 = 2 and
    // B = (0 + 2)/2 = 1.
    assertThat(a.get("markov_total_conversions").asDouble()).isCloseTo(2, within(1e-12));
    assertThat(b.get("markov_total_conversions").asDouble()).isCloseTo(1, within(1e-12));
    assertThat(a.get("shapley_total_conversions").asDouble()).isCloseTo(2, within(1e-12));
    assertThat(b.get("shapley_total_conversions").asDouble()).isCloseTo(1, within(1e-12));
    assertThat(doc.get("notShown").toString()).contains("time-decay: needs one touchpoint a row");
  }

  @Test
  void theTableNamesWhatWasReadAndTheColumnsAsChannelAttributionDoes() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("p.csv"),
            "path,total_conversions,total_conversion_value,total_null\nx>y,2,10.5,3\ny,0,0,5\n");
    Run run = Run.of("journeys", f.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    // x>y: 2 conversions, 3 without; y: 5 without. 10 journeys in all.
    assertThat(run.out())
        .startsWith(
            "Path format: 2 rows, 10 journeys, 2 distinct paths, 2 channels; 2 conversions worth"
                + " 10.50, 8 journeys without one.\n\n")
        .contains("channel_name  first_touch_conversions  first_touch_value")
        .containsPattern("(?m)^x +2\\.00 +10\\.50 +0\\.00 +0\\.00 +1\\.00 +5\\.25$");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aBadRowStopsWithItsPlaceAndExit1AndSkippingCountsIt() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("bad.csv"), "path,total_conversions\na>b,1\na,one\n > ,2\nb,-1\nb,1\n");
    Run stop = Run.of("journeys", f.toString());
    assertThat(stop.exit()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    assertThat(stop.err())
        .isEqualTo(
            "networth: "
                + f
                + ":3: column total_conversions: \"one\" is not a number: write a number such as"
                + " 0, 1 or 2.5 (or --skip-bad-rows to leave such rows out and count them)\n");
    assertThat(stop.out()).isEmpty();

    Run skip = Run.of("journeys", f.toString(), "--skip-bad-rows", "--format", "csv");
    assertThat(skip.exit()).as(skip.err()).isZero();
    assertThat(skip.err())
        .startsWith("skipped 3 bad rows:\n")
        .contains(f + ":3: column total_conversions")
        .contains(f + ":4: column path: the path has no channel")
        .contains(f + ":5: column total_conversions: \"-1\" is negative");
    // Only a>b and b read: first touch a 1, b 1.
    assertThat(skip.out()).contains("\na,1,0,0,0,0.5,0\nb,1,0,2,0,1.5,0\n");
  }

  @Test
  void aMissingColumnOrAnUnknownHeaderSaysWhichOptionNamesIt() throws Exception {
    Path f = Files.writeString(dir.resolve("h.csv"), "path,conv\na,1\n");
    Run run = Run.of("journeys", f.toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    assertThat(run.err())
        .contains(":1: no column total_conversions")
        .contains("--conversions-column");
    Run renamed =
        Run.of("journeys", f.toString(), "--conversions-column", "conv", "--format", "csv");
    assertThat(renamed.exit()).as(renamed.err()).isZero();
    assertThat(renamed.out()).contains("\na,1,0,1,0,1,0\n");

    Path g = Files.writeString(dir.resolve("g.csv"), "who,when,what\n");
    Run neither = Run.of("journeys", g.toString());
    assertThat(neither.exit()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    assertThat(neither.err())
        .contains(":1: neither a path column (path) nor a journey id column (journey_id)")
        .contains("--path-column or --journey-column")
        .doesNotContain("Exception");
  }

  @Test
  void modelsNotPossibleOrBadModelOptionsAnswerExit2() throws Exception {
    Path f = Files.writeString(dir.resolve("p.csv"), "path,total_conversions\na,1\n");
    Run order = Run.of("journeys", f.toString(), "--model", "markov", "--order", "0");
    assertThat(order.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(order.err()).contains("--order 0: give the Markov chain's order, 1 or more");
    Run walks = Run.of("journeys", f.toString(), "--model", "markov", "--simulate", "-5");
    assertThat(walks.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(walks.err()).contains("--simulate takes a number of walks");
    Run decay = Run.of("journeys", f.toString(), "--model", "time-decay");
    assertThat(decay.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(decay.err()).contains("time decay needs each touch's time");
    Run unknown = Run.of("journeys", f.toString(), "--model", "lienar");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("no model lienar: --model takes heuristics, position");
    Run weights = Run.of("journeys", f.toString(), "--position-weights", "50,50,50");
    assertThat(weights.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(weights.err()).contains("--position-weights 50,50,50: give three percentages");
  }

  /**
   * One touchpoint a row, gzipped, on standard input. j1: search on day 0, email on day 7, display
   * on day 14 converting for 70. With the default half-life of 7 days: weights 1/4, 1/2, 1 (sum
   * 1.75): search 1/7, email 2/7, display 4/7 of the conversion; of 70: 10, 20, 40. j2 (email, no
   * conversion) gets nothing.
   */
  @Test
  void timeDecayFromGzippedTouchpointsOnStandardInput() throws Exception {
    String csv =
        "journey_id,timestamp,channel,converted,value\n"
            + "j1,2024-01-15,display,1,70\n"
            + "j2,2024-01-02,email,0,\n"
            + "j1,2024-01-01,search,0,\n"
            + "j1,2024-01-08T00:00:00Z,email,0,\n";
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(csv.getBytes(StandardCharsets.UTF_8));
    }
    InputStream before = System.in;
    JsonNode doc;
    try {
      System.setIn(new ByteArrayInputStream(packed.toByteArray()));
      doc = Run.json("journeys", "-", "--model", "time-decay", "--format", "json");
    } finally {
      System.setIn(before);
    }
    assertThat(doc.get("format").asText()).isEqualTo("long");
    assertThat(doc.get("journeys").asDouble()).isEqualTo(2);
    assertThat(doc.get("total_null").asDouble()).isEqualTo(1);
    JsonNode credits = doc.get("credits");
    assertThat(Run.named(credits, "channel_name", "search").get("time_decay_value").asDouble())
        .isCloseTo(10, within(1e-9));
    assertThat(Run.named(credits, "channel_name", "email").get("time_decay_value").asDouble())
        .isCloseTo(20, within(1e-9));
    assertThat(
            Run.named(credits, "channel_name", "display").get("time_decay_conversions").asDouble())
        .isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void progressIsShownWhenAskedAndNeverOnStandardOutput() throws Exception {
    Run run = Run.of("journeys", pathData().toString(), "--progress", "--format", "csv");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("networth:");
    // 10,000 rows take well under the two seconds between reports: nothing to say.
    assertThat(run.err()).isEmpty();
  }

  /**
   * The literature's example with values 10, 20 and 30. Markov order 1 (worked in {@link
   * #theLiteraturesExampleInJson}): A 2 and B 1 conversions, and as every conversion carries its
   * value alike, 40 and 20 of the 60. Shapley over values: v(A) = 30 (the A-only journey), v(B) =
   * 0, v(AB) = 60; A = (30 + 60)/2 = 45, B = (0 + 30)/2 = 15.
   */
  @Test
  void markovAndShapleyAloneUseChannelAttributionsColumnNames() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("ab.csv"),
            "path,total_conversions,total_conversion_value\n"
                + "A>B>A>B>B>A,1,10\nA>B>B>A>A,1,20\nA>A,1,30\n");
    Run markov =
        Run.of(
            "journeys", f.toString(), "--model", "markov", "--removal-effects", "--format", "csv");
    assertThat(markov.exit()).as(markov.err()).isZero();
    assertThat(markov.out())
        .isEqualTo(
            "channel_name,total_conversions,total_conversion_value,removal_effects_conversion,"
                + "removal_effects_conversion_value\nA,2,40,1,1\nB,1,20,0.5,0.5\n");
    Run shapley = Run.of("journeys", f.toString(), "--model", "shapley", "--format", "csv");
    assertThat(shapley.exit()).as(shapley.err()).isZero();
    assertThat(shapley.out())
        .isEqualTo("channel_name,total_conversions,total_conversion_value\nA,2,45\nB,1,15\n");
  }

  /**
   * --order auto on the reference data: the order ChannelAttribution's choose_order suggests there,
   * with every order's AUC said under the table.
   */
  @Test
  void orderAutoSaysWhichOrderItChoseAndWhy() throws Exception {
    Run run =
        Run.of(
            "journeys",
            pathData().toString(),
            "--model",
            "markov",
            "--order",
            "auto",
            "--max-order",
            "4");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("Markov order [1-4], chosen by penalised ROC AUC over orders 1 to 4")
        .contains("order 1: AUC 0.")
        .contains("total_conversions");
  }

  /**
   * The literature's example at order 1 (worked in {@link #theLiteraturesExampleInJson}): every
   * journey starts at A; from A, 3 steps to B and 3 conversions; B always returns to A.
   */
  @Test
  void theTransitionMatrixOnRequest() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("ab.csv"), "path,total_conversions\nA>B>A>B>B>A,1\nA>B>B>A>A,1\nA>A,1\n");
    Run run =
        Run.of(
            "journeys",
            f.toString(),
            "--model",
            "markov",
            "--transition-matrix",
            "--format",
            "csv");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .first()
        .isEqualTo("channel_from,channel_to,transition_probability");
    assertThat(run.out().lines().skip(1).sorted().toList())
        .containsExactly("(start),A,1", "A,(conversion),0.5", "A,B,0.5", "B,A,1");
    Run wrong = Run.of("journeys", f.toString(), "--transition-matrix");
    assertThat(wrong.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrong.err()).contains("--transition-matrix is the Markov model's");
  }

  /**
   * A map's routes as journeys. Acme (a client worth 900) is reached by two routes, LinkedIn > Anna
   * > Acme and Blog > Acme: each carries half a conversion and 450. Beta (a prospect) is reached by
   * LinkedIn > Beta: one journey without a conversion. First touch: LinkedIn 0.5 (450), Blog 0.5
   * (450); last touch: Anna 0.5, Blog 0.5; linear: LinkedIn and Anna 0.25 each, Blog 0.5.
   */
  @Test
  void aNetworkMapsRoutesAsJourneys() throws Exception {
    Path map =
        Files.writeString(
            dir.resolve("m.netmap"),
            """
            channel LinkedIn
            channel Blog
            person Anna
            client Acme value 900 won 2024-01
            prospect Beta value 500 p 50%
            LinkedIn -> Anna -> Acme
            Blog -> Acme
            LinkedIn -> Beta
            """);
    JsonNode doc =
        Run.json(
            "journeys", "--from-map", map.toString(), "--model", "heuristics", "--format", "json");
    assertThat(doc.get("format").asText()).isEqualTo("map");
    assertThat(doc.get("rows").asLong()).isEqualTo(3);
    assertThat(doc.get("total_conversions").asDouble()).isEqualTo(1);
    assertThat(doc.get("total_conversion_value").asDouble()).isEqualTo(900);
    assertThat(doc.get("total_null").asDouble()).isEqualTo(1);
    JsonNode linkedin = Run.named(doc.get("credits"), "channel_name", "LinkedIn");
    JsonNode anna = Run.named(doc.get("credits"), "channel_name", "Anna");
    JsonNode blog = Run.named(doc.get("credits"), "channel_name", "Blog");
    assertThat(linkedin.get("first_touch_conversions").asDouble()).isEqualTo(0.5);
    assertThat(linkedin.get("first_touch_value").asDouble()).isEqualTo(450);
    assertThat(blog.get("first_touch_conversions").asDouble()).isEqualTo(0.5);
    assertThat(anna.get("last_touch_conversions").asDouble()).isEqualTo(0.5);
    assertThat(linkedin.get("linear_touch_conversions").asDouble()).isEqualTo(0.25);
    assertThat(anna.get("linear_touch_conversions").asDouble()).isEqualTo(0.25);
    assertThat(blog.get("linear_touch_conversions").asDouble()).isEqualTo(0.5);
    Run both = Run.of("journeys", "x.csv", "--from-map", map.toString());
    assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("give a journeys FILE, or --from-map MAP");
    Run broken =
        Run.of(
            "journeys",
            "--from-map",
            Files.writeString(dir.resolve("bad.netmap"), "client Acme value lots\n").toString());
    assertThat(broken.exit()).isEqualTo(ExitCodes.INPUT_PROBLEMS);
    assertThat(broken.err()).contains("bad.netmap:1").doesNotContain("Exception");
  }
}
