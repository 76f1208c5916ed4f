package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  static final String SEED = SummaryCommandTest.SEED;

  @TempDir Path dir;

  @Test
  void writesOneSelfContainedPage() throws Exception {
    Path out = dir.resolve("report.html");
    Run run = Run.of("report", SEED, "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("wrote " + out + "\n");
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>The power of the network</h1>")
        .contains("Without the Social group: 7 opportunities would be lost")
        .contains("<section id=\"map\">");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
  }

  @Test
  void writesMarkdownWithThePicturesBesideIt() throws Exception {
    Path out = dir.resolve("notes").resolve("report.md");
    Files.createDirectories(out.getParent());
    Run run = Run.of("report", SEED, "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "report-credit-by-channel.svg",
              "report-credit-by-group.svg",
              "report-flow.svg",
              "report-map.svg",
              "report.md");
    }
    String md = Files.readString(out);
    assertThat(md).contains("![").contains("](report-map.svg)");
    assertThat(Files.readString(out.resolveSibling("report-map.svg"))).startsWith("<svg");
  }

  @Test
  void refusesAnOutputItCannotWriteAndSaysWhatToDo() {
    Run txt = Run.of("report", SEED, "-o", dir.resolve("report.txt").toString());
    assertThat(txt.exit()).isEqualTo(2);
    assertThat(txt.err()).contains("a report is written as .html or .md");
    Run pdf = Run.of("report", SEED, "--format", "pdf");
    assertThat(pdf.exit()).isEqualTo(2);
    assertThat(pdf.err()).contains("--format pdf: a report is html or md");
    Run clash = Run.of("report", SEED, "--format", "md", "-o", dir.resolve("r.html").toString());
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("make them agree");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void aBrokenMapLeavesTheLastReportAsItWas() throws Exception {
    Path out = dir.resolve("report.html");
    Files.writeString(out, "the last good report");
    Path map = dir.resolve("cycle.netmap");
    Files.writeString(map, "client A value 1k\nperson B\nA -> B -> A\n", StandardCharsets.UTF_8);
    Run run = Run.of("report", map.toString(), "-o", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cycle: A -> B -> A");
    assertThat(Files.readString(out)).isEqualTo("the last good report");
  }

  @Test
  void rendersTheMapAsPdf() throws Exception {
    Path out = dir.resolve("map.pdf");
    Run run = Run.of("render", SEED, "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    byte[] pdf = Files.readAllBytes(out);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf.length).isGreaterThan(5_000);
  }

  @Test
  void explainsItselfWithHelp() {
    Run run = Run.of("report", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Usage: networth report")
        .contains("-o, --output=OUT")
        .contains("networth report examples/power-of-the-network.netmap -o report.html");
    assertThat(List.of(run.out().split("\n")))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void reportsOnOneStoryWithFocus() throws Exception {
    Path out = dir.resolve("client1.html");
    Run run = Run.of("report", SEED, "--focus", "Client 1", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("around Client 1");
    // Client 1's story: the nine nodes that lead to it, and itself.
    assertThat(html.split("<g class=\"node ", -1)).hasSize(11);
    Run lost = Run.of("report", SEED, "--depth", "2", "-o", dir.resolve("x.html").toString());
    assertThat(lost.exit()).isEqualTo(2);
    assertThat(lost.err()).contains("--depth goes with --focus");
    Run unknown =
        Run.of("report", SEED, "--focus", "Client 9", "-o", dir.resolve("y.html").toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Client 1");
  }
}
