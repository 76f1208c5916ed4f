package networth.render.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.journeys.PathTable;
import networth.render.report.HtmlReport;
import networth.render.report.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The journeys report's page: its numbers, its words around them, and its safety. */
class JourneysReportTest {

  /**
   * The literature's example: {@code A>B>A>B>B>A}, {@code A>B>B>A>A} and {@code A>A}, one
   * conversion each, worth 10, 20 and 30, and no journey without a conversion.
   */
  private static PathTable literature(String a) {
    return PathTable.builder()
        .add(List.of(a, "B", a, "B", "B", a), 1, 10, 0)
        .add(List.of(a, "B", "B", a, a), 1, 20, 0)
        .add(List.of(a, a), 1, 30, 0)
        .build();
  }

  private static String page(PathTable t) {
    Report r = JourneysReport.build(JourneysFindings.of(t, Optional.empty()), "x/paths.csv", "3");
    return HtmlReport.write(r, JourneysReport.FRAMING);
  }

  private static List<String> row(Element table, String first) {
    for (Element tr : table.select("tbody tr")) {
      List<String> cells = cells(tr);
      if (cells.get(0).equals(first)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + first + " in " + table.text());
  }

  /** A row's cells' text, empty ones included. */
  private static List<String> cells(Element tr) {
    return tr.select("td").stream().map(Element::text).toList();
  }

  @Test
  void theLiteraturesExampleCreditsAsWorkedByHand() {
    Document d = Jsoup.parse(page(literature("A")));
    List<Element> tables = d.select("section#credit table");
    assertThat(tables.get(0).select("thead th").eachText())
        .containsExactly(
            "CHANNEL",
            "FIRST TOUCH",
            "LAST TOUCH",
            "LINEAR",
            "POSITION",
            "MARKOV (ORDER 1)",
            "SHAPLEY");
    // Conversions. First and last touch: every path starts and ends with A, so A 3, B 0.
    // Linear: A 3/6 + 3/5 + 2/2 = 0.5 + 0.6 + 1 = 2.1; B 3/6 + 2/5 = 0.9.
    // Position (40/20/40): A>B>A>B>B>A gives A 0.8 + 0.05 (one A of four between), B 0.15;
    // A>B>B>A>A gives A 0.8 + 0.2/3, B 0.4/3; A>A gives A 1: A 2.7167, B 0.2833.
    // Markov order 1: from A half the journeys step to B and half convert, from B all go back to
    // A, so without A nothing converts (effect 1), without B half does (effect 1/2): 3 split
    // 1 : 1/2 gives A 2, B 1.
    // Shapley: the two journeys touching {A, B} give each 1/2 apiece, A>A gives A 1: A 2, B 1.
    assertThat(row(tables.get(0), "A"))
        .containsExactly("A", "3.00", "3.00", "2.10", "2.72", "2.00", "2.00");
    assertThat(row(tables.get(0), "B"))
        .containsExactly("B", "0.00", "0.00", "0.90", "0.28", "1.00", "1.00");
    assertThat(row(tables.get(0), "Total"))
        .containsExactly("Total", "3.00", "3.00", "3.00", "3.00", "3.00", "3.00");
    // Value. Linear: A 5 + 12 + 30 = 47, B 5 + 8 = 13. Position: A 0.85×10 + 0.8667×20 + 30 =
    // 55.83, B 1.5 + 2.67 = 4.17. Markov: every journey converts from A, so 60 splits as the
    // conversions do, 40 : 20. Shapley: 10 + 20 from the {A, B} journeys halved, 30 to A: 45, 15.
    assertThat(row(tables.get(1), "A"))
        .containsExactly("A", "60.00", "60.00", "47.00", "55.83", "40.00", "45.00");
    assertThat(row(tables.get(1), "B"))
        .containsExactly("B", "0.00", "0.00", "13.00", "4.17", "20.00", "15.00");
  }

  @Test
  void theRemovalEffectsHeatMapPathsAndOrderOfTheExample() {
    Document d = Jsoup.parse(page(literature("A")));
    Element effects = d.selectFirst("section#removal-effects table");
    // Without A nothing converts; without B half the journeys in A still do (worked above).
    assertThat(row(effects, "A")).containsExactly("A", "100.0%", "100.0%");
    assertThat(row(effects, "B")).containsExactly("B", "50.0%", "50.0%");
    // Order 1 with repeats dropped: A B A B A, A B A, A. From (start) all 3 go to A; from A, 3
    // steps to B and 3 conversions; from B, 3 steps back to A.
    List<String> steps = d.select("section#transitions svg title").eachText();
    assertThat(steps)
        .contains(
            "(start) → A: 100.0% of the journeys leaving (start)",
            "A → B: 50.0% of the journeys leaving A",
            "A → (conversion): 50.0% of the journeys leaving A",
            "A → (null): 0.0% of the journeys leaving A",
            "B → A: 100.0% of the journeys leaving B",
            "B → (conversion): 0.0% of the journeys leaving B");
    // Rows: (start), A, B; columns: A, B, (conversion), (null).
    assertThat(steps).hasSize(3 * 4);
    // Each path was taken by one journey, which converted; ties keep the file's order.
    Element paths = d.selectFirst("section#paths table");
    assertThat(paths.select("tbody tr").eachText())
        .containsExactly(
            "1 A > B > A > B > B > A 1 1 100.0% 10.00",
            "2 A > B > B > A > A 1 1 100.0% 20.00", "3 A > A 1 1 100.0% 30.00");
    // Every journey converted: nothing to tell orders apart with, so order 1, and the page says
    // why.
    assertThat(d.selectFirst("section#order").text())
        .contains("No order could be chosen")
        .contains("journeys that converted and journeys that did not")
        .contains("uses order 1");
    assertThat(d.select("header li").eachText())
        .containsExactly(
            "3 journeys (3) over 2 channels and 3 distinct paths: 3.00 conversions worth 60.00,"
                + " 100.0% of the journeys.",
            "Under the Markov model (order 1) A brings the most: 2.00 conversions, 66.7% of all.",
            "The most common path, A > B > A > B > B > A, was taken by 1 journey, 100.0% of which"
                + " converted.");
  }

  /**
   * Order choice worked by hand (docs/journeys-models.md): path a with 3 conversions and 1 journey
   * without, b with 1 and 3; predictions 3/4 and 1/4, auc = (9 + 6/2)/16 = 0.75; with N = 8
   * journeys, order 1 (2 nodes) scores 1 − 0.25 × 7/5 = 0.65, order 2 (3 nodes) 1 − 0.25 × 7/4 =
   * 0.5625; order 1 is chosen. Orders 7 and up have at least 8 nodes and are not judged.
   */
  @Test
  void theOrderChosenWithEachOrdersAuc() {
    PathTable t = PathTable.builder().add(List.of("a"), 3, 0, 1).add(List.of("b"), 1, 0, 3).build();
    Document d = Jsoup.parse(page(t));
    Element order = d.selectFirst("section#order table");
    assertThat(cells(order.select("tbody tr").get(0)))
        .containsExactly("1", "0.7500", "0.6500", "chosen");
    assertThat(cells(order.select("tbody tr").get(1))).containsExactly("2", "0.7500", "0.5625", "");
    assertThat(order.select("tbody tr")).hasSize(6);
    assertThat(d.selectFirst("section#order").text()).contains("Order 1 is chosen.");
  }

  @Test
  void theSameJourneysGiveTheSameBytes() {
    assertThat(page(literature("A"))).isEqualTo(page(literature("A")));
  }

  @Test
  void aHostileChannelNameIsShownAsText() {
    String hostile = "<script>alert(1)</script>";
    String html = page(literature(hostile));
    assertThat(html).doesNotContain(hostile);
    Document d = Jsoup.parse(html);
    // The page's one script is its own; the name is shown, as text, in the tables and the map.
    assertThat(d.select("script")).hasSize(1);
    assertThat(d.select("script").first().data()).doesNotContain("alert(1)");
    assertThat(row(d.select("section#credit table").get(0), hostile)).contains("2.00");
    assertThat(d.select("section#transitions svg title").eachText())
        .contains(hostile + " → B: 50.0% of the journeys leaving " + hostile);
    assertThat(d.select("svg *").stream().map(Element::tagName).distinct())
        .doesNotContain("script");
  }

  @Test
  void thePageSaysItIsAboutJourneys() {
    Document d = Jsoup.parse(page(literature("A")));
    assertThat(d.selectFirst("h1").text()).isEqualTo("Customer journeys: paths.csv");
    assertThat(d.selectFirst("p.source").text())
        .isEqualTo("Which channels bring the conversions, from x/paths.csv.");
    assertThat(d.selectFirst("footer").text())
        .endsWith("Every number is computed from the journeys alone.");
    assertThat(d.select("nav.toc a").eachText())
        .containsExactly(
            "Credit per channel",
            "Removal effects",
            "Where journeys go next",
            "Most common paths",
            "The Markov order");
  }
}
