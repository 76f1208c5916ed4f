package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Affiliations are no routes: adding them to a map changes no number of any analysis. The seed map
 * is run through every analysis with and without affiliations that, were they links, would move
 * credit: between sources, people, organisations and opportunities, one of them even pointing from
 * an opportunity back to a source (a link there would close a cycle).
 */
class AffiliationsPassNoCreditTest {

  static final List<String> AFFILIATIONS =
      List.of(
          "AndyC works at Cielo",
          "Emily works at Cielo since 2011 : a director",
          "Roger owns \"Client 1\"",
          "Mike member of \"UC Expo 2010\" until 2012",
          "Matt founded Twitter",
          "\"Client 2\" member of LinkedIn",
          "AndyG worked at \"Guardian interview\" since 2010 until 2013");

  @TempDir static Path dir;
  static String without;
  static String with;

  @BeforeAll
  static void maps() throws Exception {
    List<String> lines =
        new ArrayList<>(Files.readAllLines(Path.of("../examples/power-of-the-network.netmap")));
    lines.removeIf(l -> l.equals("AndyC works at Cielo"));
    Files.createDirectories(dir.resolve("without"));
    Files.createDirectories(dir.resolve("with"));
    without = dir.resolve("without/map.netmap").toString();
    with = dir.resolve("with/map.netmap").toString();
    Files.write(Path.of(without), lines);
    List<String> more = new ArrayList<>(lines);
    more.addAll(AFFILIATIONS);
    Files.write(Path.of(with), more);
  }

  private static void sameOutput(String... command) {
    List<String> a = new ArrayList<>(List.of(command));
    a.add(without);
    List<String> b = new ArrayList<>(List.of(command));
    b.add(with);
    Run before = Run.of(a.toArray(String[]::new));
    Run after = Run.of(b.toArray(String[]::new));
    assertThat(before.exit()).as(String.join(" ", command) + ": " + before.err()).isZero();
    assertThat(after.err()).as(String.join(" ", command)).isEqualTo(before.err());
    assertThat(after.out()).as(String.join(" ", command)).isEqualTo(before.out());
  }

  @Test
  void theMapWithAffiliationsHasThemAndNoMoreNodesOrLinks() {
    assertThat(Run.of("check", with).out())
        .startsWith("ok: ")
        .contains("33 nodes, 34 links, 3 groups, 10 opportunities, 7 affiliations");
    assertThat(Run.of("check", without).out())
        .contains("33 nodes, 34 links, 3 groups, 10 opportunities\n");
  }

  @Test
  void summaryIsTheSame() {
    sameOutput("summary");
    sameOutput("summary", "--format=json");
  }

  @Test
  void everyAttributionModelGivesTheSameCredit() {
    for (String model :
        List.of("first", "last", "linear", "position", "time-decay", "markov", "shapley")) {
      for (String by : List.of("node", "kind", "group")) {
        sameOutput("attribute", "--model=" + model, "--by=" + by, "--format=json");
      }
    }
  }

  @Test
  void criticalWhatIfConnectorsRoiTimelineAndPathsAreTheSame() {
    sameOutput("critical", "--format=json");
    sameOutput("whatif", "--without=Cielo", "--format=json");
    sameOutput("whatif", "--without=Emily,LinkedIn", "--format=json");
    sameOutput("connectors", "--format=json");
    sameOutput("roi", "--format=json");
    sameOutput("timeline", "--format=json");
  }
}
