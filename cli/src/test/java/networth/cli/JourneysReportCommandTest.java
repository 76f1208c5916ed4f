package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth report JOURNEYS}: the journeys report, as a user runs it. */
class JourneysReportCommandTest {

  @TempDir Path dir;

  private static final Pattern TABLE = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

  /** The body rows of the section's tables, each row its cells' text. */
  private static List<List<List<String>>> tables(String html, String section) {
    int start = html.indexOf("<section id=\"" + section + "\">");
    String body = html.substring(start, html.indexOf("</section>", start));
    List<List<List<String>>> tables = new ArrayList<>();
    Matcher t = TABLE.matcher(body);
    while (t.find()) {
      List<List<String>> rows = new ArrayList<>();
      Matcher r = ROW.matcher(t.group(1));
      while (r.find()) {
        List<String> cells = new ArrayList<>();
        Matcher c = CELL.matcher(r.group(1));
        while (c.find()) {
          cells.add(
              c.group(1)
                  .replace("&gt;", ">")
                  .replace("&lt;", "<")
                  .replace("&quot;", "\"")
                  .replace("&#39;", "'")
                  .replace("&amp;", "&"));
        }
        if (!cells.isEmpty()) {
          rows.add(cells);
        }
      }
      tables.add(rows);
    }
    return tables;
  }

  private static String amount(double x) {
    return String.format(Locale.ROOT, "%,.2f", x);
  }

  /**
   * On ChannelAttribution's data, the page's first, last and linear touch against a second
   * implementation from the raw lines, and its most common paths against a count of the lines.
   */
  @Test
  void theReferenceDataAgreesWithASecondImplementation() throws Exception {
    Path out = dir.resolve("report.html");
    Run run = Run.of("report", JourneysCommandTest.pathData().toString(), "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("wrote " + out + "\n");
    String html = Files.readString(out);

    List<String> lines = Files.readAllLines(JourneysCommandTest.pathData());
    Map<String, double[]> expected = new LinkedHashMap<>();
    Map<String, Double> journeys = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double conv = Double.parseDouble(f[1]);
      List<String> path = new ArrayList<>();
      for (String touch : f[0].split(">")) {
        if (!touch.isBlank()) {
          path.add(touch.trim());
        }
      }
      path.forEach(ch -> expected.computeIfAbsent(ch, k -> new double[3]));
      expected.get(path.get(0))[0] += conv;
      expected.get(path.get(path.size() - 1))[1] += conv;
      path.forEach(ch -> expected.get(ch)[2] += conv / path.size());
      journeys.merge(String.join(" > ", path), conv + Double.parseDouble(f[3]), Double::sum);
    }
    List<List<String>> credit = tables(html, "credit").get(0);
    assertThat(credit).hasSize(12 + 1);
    for (List<String> row : credit.subList(0, 12)) {
      double[] e = expected.get(row.get(0));
      assertThat(row.subList(1, 4))
          .as(row.get(0))
          .containsExactly(amount(e[0]), amount(e[1]), amount(e[2]));
    }
    List<Double> most = new ArrayList<>(journeys.values());
    most.sort((a, b) -> Double.compare(b, a));
    List<List<String>> paths = tables(html, "paths").get(0);
    assertThat(paths).hasSize(20);
    for (int i = 0; i < 20; i++) {
      List<String> row = paths.get(i);
      assertThat(journeys.get(row.get(1))).isEqualTo(most.get(i));
      assertThat(row.get(2)).isEqualTo(String.format(Locale.ROOT, "%,.0f", most.get(i)));
    }
    // Orders 1 to 8 judged (9 would have more nodes than journeys); 4 chosen, as the package's
    // choose_order suggests on this data (docs/journeys-models.md).
    assertThat(tables(html, "order").get(0)).hasSize(8);
    assertThat(html).contains("Order 4 is chosen.").contains("MARKOV (ORDER 4)");
    // No resource is fetched: no URL but the anchors within the page.
    assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=");
  }

  /**
   * One touchpoint a row has times, so time decay joins the models. j1 converts for 70 on 15
   * January with touches 14 days (search), 7 days (email) and 0 days (display) before: weights 1/4,
   * 1/2 and 1 of 1.75 (half-life 7 days), so search 1/7 and 10, email 2/7 and 20, display 4/7 and
   * 40; j2 did not convert.
   */
  @Test
  void timeDecayIsShownWhenTheJourneysHaveTimes() throws Exception {
    Path in = dir.resolve("touches.csv");
    Files.writeString(
        in,
        "journey_id,timestamp,channel,converted,value\n"
            + "j1,2024-01-15T10:00:00Z,display,1,70\n"
            + "j2,2024-01-02,email,0,\n"
            + "j1,2024-01-01T10:00:00Z,search,0,\n"
            + "j1,2024-01-08 10:00,email,0,\n");
    Path out = dir.resolve("touches.html");
    Run run = Run.of("report", in.toString(), "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("<th class=\"num\">TIME DECAY</th>");
    Map<String, List<String>> conversions = new LinkedHashMap<>();
    Map<String, List<String>> value = new LinkedHashMap<>();
    tables(html, "credit").get(0).forEach(r -> conversions.put(r.get(0), r));
    tables(html, "credit").get(1).forEach(r -> value.put(r.get(0), r));
    // Columns: channel, first, last, linear, position, time decay, Markov, Shapley.
    assertThat(conversions.get("display").get(5)).isEqualTo("0.57");
    assertThat(conversions.get("email").get(5)).isEqualTo("0.29");
    assertThat(conversions.get("search").get(5)).isEqualTo("0.14");
    assertThat(value.get("display").get(5)).isEqualTo("40.00");
    assertThat(value.get("email").get(5)).isEqualTo("20.00");
    assertThat(value.get("search").get(5)).isEqualTo("10.00");
  }

  @Test
  void aGzipFileIsTakenForJourneysAndMarkdownWritesTheHeatMapBesideIt() throws Exception {
    Path in = dir.resolve("paths.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
      o.write(
          "path,total_conversions,total_conversion_value,total_null\na > b,1,5,1\nb,0,0,2\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Path md = dir.resolve("j.md");
    Run run = Run.of("report", in.toString(), "-o", md.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(md))
        .startsWith("# Customer journeys: paths.csv.gz\n\nWhich channels bring the conversions")
        .contains("](j-transitions.svg)");
    assertThat(Files.readString(dir.resolve("j-transitions.svg"))).startsWith("<svg");
  }

  @Test
  void aBadRowIsReportedWithItsPlaceAndExitCode1() throws Exception {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "path,total_conversions,total_null\na > b,1,0\nb,one,2\n");
    Path out = dir.resolve("bad.html");
    Run run = Run.of("report", in.toString(), "-o", out.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("networth: " + in + ":3: column total_conversions: \"one\" is not a number")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMapsOptionsAreRefusedForJourneys() throws Exception {
    Path in = dir.resolve("paths.csv");
    Files.writeString(in, "path,total_conversions\na,1\n");
    Run run = Run.of("report", in.toString(), "--focus", "a");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--focus, --from and --to are for a map's report");
  }
}
