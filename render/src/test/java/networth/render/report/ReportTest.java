package networth.render.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.graph.MapGraph;
import networth.io.MapFiles;
import networth.model.Deal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.reach.Summary;
import networth.render.Xml;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report on the blog post's map: its numbers are those a person counts by hand from the post,
 * its pictures are well-formed SVG, and the HTML fetches nothing and shows hostile text as text.
 */
class ReportTest {

  static final Path SEED = Path.of("../examples/power-of-the-network.netmap");

  static NetworkMap seed;
  static Report report;

  @BeforeAll
  static void build() throws Exception {
    seed = MapFiles.read(List.of(SEED)).map();
    report = ReportBuilder.build(seed, MapGraph.of(seed), "power-of-the-network.netmap");
  }

  private static Section section(String id) {
    return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static Figure figure(String name) {
    return report.sections().stream()
        .flatMap(s -> s.blocks().stream())
        .filter(b -> b instanceof Figure f && f.name().equals(name))
        .map(Figure.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void headlinesAreTheSummarysAndTheSectionsComeInReadingOrder() {
    assertThat(report.headlines()).isEqualTo(Summary.of(seed).sentences());
    // LinkedIn leads to Prospect 2 (60k × 40% = 24k), Client 1 (50k, down the chain through
    // Channel 4 News), Clients 2 and 3 (24k + 18k, through the CIO blog), Client 4 (30k, through
    // UC Expo), Client 5 (40k, through AndyG) and Prospect 3 (25k × 30% = 7.5k): £193,500 of
    // £234,250, 82.6%.
    assertThat(report.headlines().get(0))
        .isEqualTo("LinkedIn (channel) led to 83% of the value: 7 of 10 opportunities, £193,500.");
    assertThat(report.headlines().get(1))
        .startsWith("Social (LinkedIn, Twitter, My blog) played a part in 9 of 10 opportunities");
    assertThat(report.sections().stream().map(Section::id))
        .containsExactly(
            "glance",
            "map",
            "affiliations",
            "credit",
            "flow",
            "opportunities",
            "whatif",
            "connectors",
            "roi",
            "timeline",
            "reading");
  }

  @Test
  void atAGlanceSaysWhatEachGroupHolds() {
    // By hand from the post: every route to Clients 1-4 and Prospects 2-4 starts at LinkedIn,
    // Twitter or the blog; Client 5 keeps the Guardian interview and Client 6 the Microsoft job.
    // 50k + 24k + 18k + 30k + 40% of 60k + 30% of 25k + 25% of 45k = 164,750 of 234,250 (70%).
    Bullets without = (Bullets) section("glance").blocks().get(1);
    assertThat(without.items().get(0))
        .isEqualTo(
            "Without the Social group: 7 opportunities would be lost (Client 1, Client 2,"
                + " Client 3, Client 4, Prospect 2, Prospect 3, Prospect 4), £164,750 at risk (70%"
                + " of the value); 2 more would be weakened (Client 5, Client 6).");
    assertThat(section("glance").blocks().get(0).toString())
        .contains("6 clients and 4 open prospects, worth £234,250");
  }

  @Test
  void theFlowChartSharesEachOpportunityAmongTheOriginsOfItsRoutes() throws Exception {
    Document d = Xml.parse(figure("flow").svg());
    NodeList bands = d.getElementsByTagName("path");
    Map<String, Double> intoClient1 = new LinkedHashMap<>();
    Map<String, Double> fromLinkedIn = new LinkedHashMap<>();
    double all = 0;
    for (int i = 0; i < bands.getLength(); i++) {
      Element band = (Element) bands.item(i);
      double value = Double.parseDouble(band.getAttribute("data-value"));
      all += value;
      if (band.getAttribute("data-to").equals("Client 1")) {
        intoClient1.put(band.getAttribute("data-from"), value);
      }
      if (band.getAttribute("data-from").equals("LinkedIn")) {
        fromLinkedIn.merge(band.getAttribute("data-to"), value, Double::sum);
      }
    }
    // Client 1 has four routes: two from LinkedIn (via the Imagination job and TV), two from
    // Twitter; each origin gets half of £50,000.
    assertThat(intoClient1)
        .containsExactly(Map.entry("LinkedIn", 25_000.0), Map.entry("Twitter", 25_000.0));
    // LinkedIn starts: half of Client 1, half of Clients 2 and 3 (the other half is the blog's),
    // all of Client 4, half of Client 5, and all of Prospects 2 and 3.
    assertThat(fromLinkedIn.values().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(25_000 + 12_000 + 9_000 + 30_000 + 20_000 + 24_000 + 7_500);
    assertThat(all).isEqualTo(234_250);
  }

  @Test
  void theFlowChartsLabelsNeverOverlap() throws Exception {
    Document d = Xml.parse(figure("flow").svg());
    NodeList texts = d.getElementsByTagName("text");
    Map<String, List<Double>> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      byColumn
          .computeIfAbsent(t.getAttribute("x"), x -> new ArrayList<>())
          .add(Double.parseDouble(t.getAttribute("y")));
    }
    assertThat(byColumn).hasSize(2);
    byColumn.forEach(
        (x, ys) -> {
          List<Double> sorted = ys.stream().sorted().toList();
          for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1))
                .as("labels at x=%s", x)
                .isGreaterThanOrEqualTo(14);
          }
        });
  }

  @Test
  void theCreditChartsShowEveryModelForEveryChannelOnOneScale() throws Exception {
    Document d = Xml.parse(figure("credit-by-channel").svg());
    NodeList rects = d.getElementsByTagName("rect");
    Map<String, double[]> bars = new LinkedHashMap<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.getAttribute("class").equals("bar")) {
        String row = ((Element) r.getParentNode()).getAttribute("data-row");
        bars.put(
            row + "/" + r.getAttribute("data-series"),
            new double[] {
              Double.parseDouble(r.getAttribute("data-value")),
              Double.parseDouble(r.getAttribute("width"))
            });
      }
    }
    assertThat(bars).hasSize(3 * 7);
    // First touch: LinkedIn starts £127,500 of the routes' value (hand count above).
    assertThat(bars.get("LinkedIn/first")[0]).isEqualTo(127_500);
    // Bars are drawn to one scale: width over value is the same for every bar.
    double ratio = bars.get("LinkedIn/first")[1] / bars.get("LinkedIn/first")[0];
    bars.forEach(
        (k, v) ->
            assertThat(v[1])
                .as(k)
                .isCloseTo(v[0] * ratio, org.assertj.core.data.Offset.offset(0.11)));
    assertThat(figure("credit-by-group").svg()).contains("data-row=\"Social\"");
  }

  @Test
  void theOpportunitiesTableCountsRoutesAndNamesTheCriticalPeople() {
    Table t = (Table) section("opportunities").blocks().get(0);
    String md = t.table().markdown();
    assertThat(md)
        .contains(
            "| Client 1 | won 2014-03 | £50,000 | 4 | Twitter → Emily → Cielo → Client 1 |"
                + " Emily, Cielo |")
        .contains("| Client 5 | won 2014-02 | £40,000 | 2 |")
        .contains("| Prospect 2 | open, 40% | £24,000 | 1 | LinkedIn → Prospect 2 | LinkedIn |");
    assertThat(t.table().html())
        .contains("<tr class=\"node-row\" tabindex=\"0\" data-node=\"Client 1\">");
  }

  /**
   * At a glance, after the what-if bullets: the groups, then every source ranked. The Microsoft job
   * is no channel and in no group, yet it led to Client 6 (12k) and Prospect 1 (35k × 50% = 17.5k):
   * £29,500, 13% of £234,250. Prospect 1 is open, Client 6 won: 1 of 1 by count and value. The IT
   * Directors' Forum led only to Prospect 1, open: no rate.
   */
  @Test
  void theGlanceTableRanksEverySourceWithItsLostDealsAndWinRate() {
    Table t = (Table) section("glance").blocks().get(2);
    String md = t.table().markdown();
    assertThat(md)
        .startsWith(
            "|  | NAME | TOUCHED | DIRECT | INDIRECT | VALUE | SHARE | LOST | WIN RATE | BY VALUE |")
        .contains("| job | Microsoft job | 2 of 10 | 0 | 2 | £29,500 | 13% | £0 | 100% | 100% |")
        .contains(
            "| event | IT Directors' Forum, May 2014 | 1 of 10 | 1 | 0 | £17,500 | 7% | £0 | — | — |");
    assertThat(md.indexOf("| group | Media |")).isLessThan(md.indexOf("| channel | LinkedIn |"));
    assertThat(t.caption()).contains("none in this map");
  }

  @Test
  void everyPictureIsWellFormedSvg() throws Exception {
    for (String name : List.of("map", "credit-by-group", "credit-by-channel", "flow")) {
      Document d = Xml.parse(figure(name).svg());
      assertThat(d.getDocumentElement().getLocalName()).as(name).isEqualTo("svg");
    }
  }

  @Test
  void theSameMapGivesTheSameFile() {
    Report again = ReportBuilder.build(seed, MapGraph.of(seed), "power-of-the-network.netmap");
    assertThat(HtmlReport.write(again)).isEqualTo(HtmlReport.write(report));
  }

  static final String HOSTILE =
      "<script>alert(1)</script> & <img src=\"https://evil.example/x.png\">";

  static NetworkMap hostile() {
    return NetworkMap.builder()
        .node(Node.of("blog", NodeKind.CHANNEL).withLabel(HOSTILE))
        .node(Node.of("p", NodeKind.PERSON).withLabel("Anna | *bold* [x](https://evil.example)"))
        .node(
            Node.of("c", NodeKind.CLIENT)
                .withLabel("Client <b>")
                .withDeal(Deal.NONE.withValue(Money.of(1_000, "GBP"))))
        .link("blog", "p")
        .link("p", "c")
        .build();
  }

  @Test
  void theHtmlFetchesNothingAndShowsHostileLabelsAsText() {
    NetworkMap map = hostile();
    String html = HtmlReport.write(ReportBuilder.build(map, MapGraph.of(map), "x.netmap"));
    // One script element (the report's own); the label's script is text.
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img");
    assertThat(html).doesNotContain("<img").doesNotContain("<b>");
    assertThat(externalReferences(html)).isEmpty();
    // The check itself finds what it looks for.
    assertThat(
            externalReferences(
                "<p><img src=\"https://e.example/a.png\"><a href=\"#map\">map</a></p>"
                    + "<style>p { background: url(x.png) }</style>"))
        .hasSize(2);
    String seedHtml = HtmlReport.write(report);
    assertThat(externalReferences(seedHtml)).isEmpty();
    assertThat(seedHtml).doesNotContain("http:").doesNotContain("https:");
  }

  /**
   * Everything in the page, parsed as a browser parses it, that would fetch from outside the file:
   * an attribute that loads or links (other than to a place in the page), an element that embeds
   * another document, and a url() or @import in a style.
   */
  static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    for (org.jsoup.nodes.Element e : page.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
        boolean loads =
            List.of("src", "href", "xlink:href", "action", "formaction", "poster", "data", "srcset")
                .contains(name);
        if (loads && !a.getValue().startsWith("#")) {
          found.add(e.tagName() + " " + name + "=" + a.getValue());
        }
        if (name.equals("style") && STYLE_FETCH.matcher(a.getValue()).find()) {
          found.add(e.tagName() + " style=" + a.getValue());
        }
      }
      if (List.of("link", "iframe", "object", "embed", "base").contains(e.tagName())) {
        found.add("<" + e.tagName() + ">");
      }
    }
    for (org.jsoup.nodes.Element style : page.select("style")) {
      Matcher m = STYLE_FETCH.matcher(style.data());
      while (m.find()) {
        found.add("style: " + m.group());
      }
    }
    return found;
  }

  static final Pattern STYLE_FETCH = Pattern.compile("(?i)url\\s*\\(|@import");

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void theMarkdownSaysTheSameWithThePicturesBesideIt() {
    Map<String, String> files = MarkdownReport.files(report, "report");
    assertThat(files.keySet())
        .containsExactly(
            "report.md",
            "report-map.svg",
            "report-credit-by-group.svg",
            "report-credit-by-channel.svg",
            "report-flow.svg");
    String md = files.get("report.md");
    assertThat(md)
        .startsWith("# The power of the network\n")
        .contains("(report-map.svg)")
        .contains("## Opportunities, routes and critical nodes")
        .contains("| Client 1 | won 2014-03 | £50,000 | 4 |")
        .contains("- Without the Social group: 7 opportunities would be lost");
    NetworkMap map = hostile();
    String hostileMd =
        MarkdownReport.files(ReportBuilder.build(map, MapGraph.of(map), "x.netmap"), "r")
            .get("r.md");
    assertThat(hostileMd).contains("\\<script\\>").doesNotContain("<script>");
    assertThat(hostileMd).contains("Anna \\| \\*bold\\* \\[x\\](https://evil.example)");
  }

  @Test
  void aMapTooLargeToDrawIsReportedWithoutItsPicture() {
    NetworkMap big = new networth.generate.NetworkGenerator(5_200, 10_000, 300, 8, 1).generate();
    assertThat(big.nodes().size()).isGreaterThan(ReportBuilder.MAP_NODES_MAX);
    Report r = ReportBuilder.build(big, MapGraph.of(big), "big.netmap");
    Section map = r.sections().stream().filter(s -> s.id().equals("map")).findFirst().orElseThrow();
    assertThat(map.blocks()).singleElement().isInstanceOf(Report.Paragraph.class);
    assertThat(map.blocks().get(0).toString()).contains("--focus NODE");
    assertThat(HtmlReport.write(r)).doesNotContain("class=\"map-frame\"");
    // Of the counted opportunities (the lost ones aside), 14 drawn, the rest gathered; together the
    // bands still carry every opportunity's weight, shared among the origins of its routes.
    Figure flow =
        r.sections().stream()
            .flatMap(s -> s.blocks().stream())
            .filter(b -> b instanceof Figure f && f.name().equals("flow"))
            .map(Figure.class::cast)
            .findFirst()
            .orElseThrow();
    MapGraph g = MapGraph.of(big);
    long counted = java.util.stream.IntStream.range(0, g.nodeCount()).filter(g::isCounted).count();
    assertThat(counted).isGreaterThan(14);
    assertThat(flow.svg()).contains("data-to=\"Other opportunities (" + (counted - 14) + ")\"");
    double reached = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v) && !g.isOrigin(v)) {
        reached += g.weight(v);
      }
    }
    double bands = 0;
    for (String value : flow.svg().split("data-value=\"")) {
      if (Character.isDigit(value.charAt(0))) {
        bands += Double.parseDouble(value.substring(0, value.indexOf('"')));
      }
    }
    assertThat(bands).isCloseTo(reached, within(reached * 1e-3));
  }
}
