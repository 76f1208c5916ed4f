package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each analysis command's JSON on the seed map, byte for byte as a user sees it, against the files
 * in {@code src/test/resources/golden/} (and the timeline of a small map there, for what the seed
 * map cannot show). Every number in them was worked out by hand from the map once: the working is
 * in that folder's README.md. A change to what a command prints fails here; when the change is
 * meant, the file and its working change with it.
 */
class GoldenJsonTest {

  static final String SEED = SummaryCommandTest.SEED;
  static final String UNMEASURED = "src/test/resources/golden/unmeasured.netmap";

  static Stream<Arguments> commands() {
    return Stream.of(
        golden("summary.json", "summary", SEED),
        golden("paths-client-1.json", "paths", SEED, "Client 1"),
        golden("attribute.json", "attribute", SEED),
        // Every model is the default, so asking for all of them prints the same.
        golden("attribute.json", "attribute", SEED, "--model", "all"),
        golden("attribute-by-group.json", "attribute", SEED, "--by", "group"),
        golden(
            "attribute-linear-2014.json",
            "attribute",
            SEED,
            "--model",
            "linear",
            "--from",
            "2014",
            "--to",
            "2014"),
        golden("critical.json", "critical", SEED),
        golden("whatif-without-linkedin.json", "whatif", SEED, "--without", "LinkedIn"),
        golden("whatif-without-media.json", "whatif", SEED, "--without", "group:media"),
        golden("connectors.json", "connectors", SEED),
        golden("roi.json", "roi", SEED),
        golden("timeline.json", "timeline", SEED),
        // Every opportunity of the seed map is measured: a small map shows each reason not to.
        golden("timeline-unmeasured.json", "timeline", UNMEASURED));
  }

  private static Arguments golden(String file, String... args) {
    return Arguments.of(file, args);
  }

  @ParameterizedTest(name = "{0}: networth {1}")
  @MethodSource("commands")
  void printsExactlyTheJsonWorkedOutByHand(String file, String[] args) throws IOException {
    String[] withFormat =
        Stream.concat(Stream.of(args), Stream.of("--format", "json")).toArray(String[]::new);
    Run run = Run.of(withFormat);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).as("nothing on standard error").isEmpty();
    assertThat(run.out()).as(file).isEqualTo(read(file));
  }

  private static String read(String file) throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden/" + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
