package networth.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import networth.io.style.Palette;
import networth.render.chart.BarChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The bar chart: every bar says its amount, in the shared palette, and the bars fill the width. */
class BarChartTest {

  static final String LONG = "An IT Directors' Forum organiser who introduced three clients";

  static Document chart() throws Exception {
    return Xml.parse(
        BarChart.svg(
            "Credit",
            List.of("LinkedIn", LONG),
            List.of("first", "last"),
            new double[][] {{127_500, 40_000}, {Double.NaN, 12_000}},
            v -> "£" + String.format(java.util.Locale.ROOT, "%,d", Math.round(v))));
  }

  static List<Element> all(Document d, String tag, String cls) {
    List<Element> found = new ArrayList<>();
    NodeList list = d.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      if (e.getAttribute("class").equals(cls)) {
        found.add(e);
      }
    }
    return found;
  }

  @Test
  void everyBarIsLabelledWithItsAmountJustPastItsEnd() throws Exception {
    Document d = chart();
    List<Element> bars = all(d, "rect", "bar");
    List<Element> amounts = all(d, "text", "amount");
    assertThat(amounts)
        .extracting(Element::getTextContent)
        .containsExactly("£127,500", "£40,000", "n/a", "£12,000");
    for (int i = 0; i < bars.size(); i++) {
      double end =
          Double.parseDouble(bars.get(i).getAttribute("x"))
              + Double.parseDouble(bars.get(i).getAttribute("width"));
      assertThat(Double.parseDouble(amounts.get(i).getAttribute("x")))
          .isCloseTo(end + 4, org.assertj.core.data.Offset.offset(0.11));
    }
  }

  @Test
  void theSeriesTakeThePalettesColoursInOrder() throws Exception {
    List<Element> bars = all(chart(), "rect", "bar");
    assertThat(bars)
        .extracting(b -> b.getAttribute("fill"))
        .containsExactly(
            Palette.colour(0), Palette.colour(1), Palette.colour(0), Palette.colour(1));
    // Okabe and Ito's blue and orange.
    assertThat(Palette.colour(0)).isEqualTo("#0072b2");
    assertThat(Palette.colour(1)).isEqualTo("#e69f00");
  }

  @Test
  void theLabelsAreMeasuredAndTheBarsTakeTheRestOfTheWidth() throws Exception {
    Document d = chart();
    // The widest label line, "organiser who introduced", is 24 characters at 6.8 px, plus 16:
    // the bars start at 179.2. The widest amount, "£127,500", is 8 characters at 5.8 px: with
    // 12 px to spare, the scale ends at 900 - 46.4 - 12 = 841.6. The scale's end is a round
    // £150,000 (three steps of £50,000), so the £127,500 bar is 127.5 / 150 of 662.4 = 563.04.
    List<Element> bars = all(d, "rect", "bar");
    assertThat(Double.parseDouble(bars.get(0).getAttribute("x"))).isEqualTo(179.2);
    assertThat(Double.parseDouble(bars.get(0).getAttribute("width"))).isEqualTo(563.0);
    List<Element> ticks = all(d, "text", "tick");
    Element last = ticks.get(ticks.size() - 1);
    assertThat(last.getTextContent()).isEqualTo("£150,000");
    assertThat(Double.parseDouble(last.getAttribute("x"))).isEqualTo(841.6);
  }

  @Test
  void aLongRowLabelWrapsOntoTwoLinesInsteadOfBeingCutShort() throws Exception {
    Document d = chart();
    Element label = all(d, "text", "label").get(1);
    NodeList lines = label.getElementsByTagNameNS("*", "tspan");
    assertThat(lines.getLength()).isEqualTo(2);
    assertThat(lines.item(0).getTextContent()).isEqualTo("An IT Directors' Forum");
    // The rest does not fit two lines of 24: the second line ends with an ellipsis, the whole
    // label is its tooltip.
    assertThat(lines.item(1).getTextContent()).isEqualTo("organiser who introduced…");
    assertThat(label.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(LONG);
  }
}
