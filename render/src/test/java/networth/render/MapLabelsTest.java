package networth.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.render.layout.LayeredLayout;
import networth.render.layout.Picture;
import networth.render.svg.SvgWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What the map says about each opportunity, link and keystone, read back from the SVG. */
class MapLabelsTest {

  static final String SVG = "http://www.w3.org/2000/svg";

  static Node client(String id, long value, String won) {
    return Node.of(id, NodeKind.CLIENT)
        .withDeal(Deal.NONE.withValue(Money.of(value, "GBP")))
        .withDate(PartialDate.parse(won));
  }

  static Node prospect(String id, long value, double p) {
    return Node.of(id, NodeKind.PROSPECT)
        .withDeal(Deal.NONE.withValue(Money.of(value, "GBP")).withProbability(p));
  }

  static Node lost(String id, long value) {
    return Node.of(id, NodeKind.LOST).withDeal(Deal.NONE.withValue(Money.of(value, "GBP")));
  }

  static Link dated(String from, String to, String kind, String date, String note) {
    return new Link(from, to, kind, Optional.of(PartialDate.parse(date)), note);
  }

  /** A won, an open and a lost opportunity, reached through dated links. */
  static NetworkMap deals() {
    return NetworkMap.builder()
        .node(Node.of("LinkedIn", NodeKind.CHANNEL))
        .node(Node.of("Emily", NodeKind.PERSON))
        .node(client("Client 1", 60_000, "2014-03"))
        .node(prospect("Prospect 2", 12_000, 0.4))
        .node(lost("Lost 1", 30_000))
        .link(dated("LinkedIn", "Emily", "found via", "2011-02", ""))
        .link(dated("Emily", "Client 1", "", "2014-01", "referred me"))
        .link(Link.of("Emily", "Prospect 2"))
        .link(Link.of("LinkedIn", "Lost 1"))
        .build();
  }

  @Test
  void eachOpportunityShowsItsAmountAndStatus() throws Exception {
    Map<String, List<String>> text = nodeTexts(Xml.parse(SvgWriter.write(deals())));
    assertThat(text.get("Client 1")).containsExactly("£60,000", "Client 1", "won 2014-03");
    assertThat(text.get("Prospect 2")).containsExactly("£12,000", "Prospect 2", "open, 40%");
    assertThat(text.get("Lost 1")).containsExactly("£30,000", "Lost 1", "lost");
    assertThat(text.get("Emily")).containsExactly("Emily");
  }

  /**
   * A client who came back is drawn once, saying how many deals followed; the headline counts every
   * deal as the analyses do. By hand: Client 1 won £60,000, then £20,000 more (won 2015-06); the
   * prospect weighs 12,000 × 40% = 4,800: 3 opportunities worth 84,800, of which LinkedIn, the only
   * origin, led to all (100%); the map names no currency, so neither does the sentence.
   */
  @Test
  void aClientWhoCameBackIsDrawnOnceWithItsDealsCounted() throws Exception {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("LinkedIn", NodeKind.CHANNEL))
            .node(Node.of("Emily", NodeKind.PERSON))
            .node(client("Client 1", 60_000, "2014-03"))
            .node(prospect("Prospect 2", 12_000, 0.4))
            .laterDeal(
                "Client 1",
                new LaterDeal(
                    LaterDeal.Outcome.WON,
                    Optional.of(PartialDate.parse("2015-06")),
                    Deal.NONE.withValue(Money.of(20_000, "GBP"))))
            .link(dated("LinkedIn", "Emily", "found via", "2011-02", ""))
            .link(Link.of("Emily", "Client 1"))
            .link(Link.of("Emily", "Prospect 2"))
            .build();
    var doc = Xml.parse(SvgWriter.write(map));
    assertThat(nodeTexts(doc).get("Client 1"))
        .containsExactly("£60,000", "Client 1", "won 2014-03, then 1 more deal");
    assertThat(SvgWriter.write(map))
        .contains(">LinkedIn (channel) led to 100% of the value: 3 of 3 opportunities, 84,800.<");
  }

  @Test
  void eachLinkShowsItsDateBesideItsNoteOrKind() throws Exception {
    Map<String, String> notes = notes(Xml.parse(SvgWriter.write(deals())));
    assertThat(notes)
        .containsEntry("LinkedIn -> Emily", "found via\u00a0·\u00a02011-02")
        .containsEntry("Emily -> Client 1", "referred me\u00a0·\u00a02014-01")
        .doesNotContainKey("Emily -> Prospect 2");
  }

  @Test
  void anOpportunitysAreaIsInProportionToItsValue() throws Exception {
    Map<String, Double> area = shapeAreas(Xml.parse(SvgWriter.write(deals())));
    // 60,000 / 12,000 = 5: the client's shape is five times the prospect's. The prospect's
    // probability does not shrink it: the size says what the deal is worth, not its weight.
    assertThat(area.get("Client 1") / area.get("Prospect 2")).isCloseTo(5.0, within(0.05));
    // 60,000 / 30,000 = 2, lost or not.
    assertThat(area.get("Client 1") / area.get("Lost 1")).isCloseTo(2.0, within(0.05));
  }

  @Test
  void aTinyDealKeepsASixthOfTheLargestArea() throws Exception {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("LinkedIn", NodeKind.CHANNEL))
            .node(client("Big", 60_000, "2014"))
            .node(client("Tiny", 600, "2014"))
            .link("LinkedIn", "Big")
            .link("LinkedIn", "Tiny")
            .build();
    Map<String, Double> area = shapeAreas(Xml.parse(SvgWriter.write(map)));
    // 600 / 60,000 is 1%, below the floor of 1/6: drawn at a sixth, so it stays readable.
    assertThat(area.get("Big") / area.get("Tiny")).isCloseTo(6.0, within(0.05));
  }

  @Test
  void onlyTheThreeNodesHoldingTheMostValueAreBold() throws Exception {
    // Five channels, each the only way to its own client: each alone holds its client's value.
    // Total 50 + 40 + 30 + 20 + 5 = 145k; all but E hold at least 10% (14.5k); the top three are
    // A, B and C.
    NetworkMap.Builder b = NetworkMap.builder();
    String[] names = {"A", "B", "C", "D", "E"};
    long[] values = {50_000, 40_000, 30_000, 20_000, 5_000};
    for (int i = 0; i < names.length; i++) {
      b.node(Node.of(names[i], NodeKind.CHANNEL));
      b.node(client("Client " + names[i], values[i], "2014"));
      b.link(names[i], "Client " + names[i]);
    }
    assertThat(bold(Xml.parse(SvgWriter.write(b.build())))).containsExactly("A", "B", "C");
  }

  @Test
  void aNodeHoldingLessThanATenthIsNeverBold() throws Exception {
    // Holds 90k, 8k and 2k of 100k: only the first reaches 10%.
    NetworkMap.Builder b = NetworkMap.builder();
    String[] names = {"A", "B", "C"};
    long[] values = {90_000, 8_000, 2_000};
    for (int i = 0; i < names.length; i++) {
      b.node(Node.of(names[i], NodeKind.CHANNEL));
      b.node(client("Client " + names[i], values[i], "2014"));
      b.link(names[i], "Client " + names[i]);
    }
    assertThat(bold(Xml.parse(SvgWriter.write(b.build())))).containsExactly("A");
  }

  @Test
  void theLegendGivesLostTheColourTheMapGivesALostOpportunity() throws Exception {
    Document d = Xml.parse(SvgWriter.write(deals()));
    Element lost =
        nodes(d).stream()
            .filter(g -> g.getAttribute("data-id").equals("Lost 1"))
            .findFirst()
            .orElseThrow();
    String drawn =
        ((Element) lost.getElementsByTagNameNS(SVG, "rect").item(0)).getAttribute("fill");
    Element legend = (Element) d.getElementsByTagNameNS(SVG, "g").item(0);
    NodeList groups = d.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      if (((Element) groups.item(i)).getAttribute("class").equals("legend")) {
        legend = (Element) groups.item(i);
      }
    }
    NodeList texts = legend.getElementsByTagNameNS(SVG, "text");
    String shown = "";
    for (int i = 0; i < texts.getLength(); i++) {
      if (texts.item(i).getTextContent().equals("lost")) {
        // The swatch is drawn just before its name: a rectangle, then the cross-out line.
        org.w3c.dom.Node n = texts.item(i).getPreviousSibling();
        while (!(n instanceof Element e && e.getLocalName().equals("rect"))) {
          n = n.getPreviousSibling();
        }
        shown = ((Element) n).getAttribute("fill");
      }
    }
    assertThat(drawn).as("grey, as a lost deal no longer counts").isEqualTo("#c8c8c8");
    assertThat(shown).isEqualTo(drawn);
  }

  @Test
  void theLegendOfASmallMapWithManyKindsStaysInsideThePicture() throws Exception {
    // Seven kinds in a chain of seven nodes: a narrow drawing, a full row of legend entries.
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("C", NodeKind.CHANNEL))
            .node(Node.of("E", NodeKind.EVENT))
            .node(Node.of("P", NodeKind.PERSON))
            .node(Node.of("O", NodeKind.ORGANISATION))
            .node(Node.of("J", NodeKind.JOB))
            .node(Node.of("M", NodeKind.MEDIA))
            .node(client("W", 10_000, "2014"))
            .link("C", "E")
            .link("E", "P")
            .link("P", "O")
            .link("O", "J")
            .link("J", "M")
            .link("M", "W")
            .build();
    Document d = Xml.parse(SvgWriter.write(map));
    double width = Double.parseDouble(d.getDocumentElement().getAttribute("width"));
    NodeList texts = d.getElementsByTagNameNS(SVG, "text");
    int legendTexts = 0;
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (((Element) t.getParentNode()).getAttribute("class").equals("legend")) {
        legendTexts++;
        // About 6.5 px a character at 12 px.
        double end = Double.parseDouble(t.getAttribute("x")) + t.getTextContent().length() * 6.5;
        assertThat(end).as(t.getTextContent()).isLessThanOrEqualTo(width);
      }
    }
    // Seven kinds on the map, so seven entries: a legend that went missing must not pass.
    assertThat(legendTexts).as("the legend's texts").isGreaterThanOrEqualTo(7);
  }

  static final String LONG_NOTE =
      "she got in touch after seeing the talk, then introduced me to the head of digital there";

  static NetworkMap longNote() {
    return NetworkMap.builder()
        .node(Node.of("Talk", NodeKind.EVENT))
        .node(Node.of("Emily", NodeKind.PERSON))
        .node(Node.of("Roger", NodeKind.PERSON))
        .node(client("Client 1", 50_000, "2014"))
        .link(Link.of("Talk", "Emily").withNote(LONG_NOTE))
        .link(Link.of("Talk", "Roger").withNote("met"))
        .link("Emily", "Client 1")
        .link("Roger", "Client 1")
        .build();
  }

  @Test
  void aLongNoteWrapsWholeOntoSeveralLines() throws Exception {
    Document d = Xml.parse(SvgWriter.write(longNote()));
    List<String> lines = noteLines(d, "Talk -> Emily");
    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(28));
    assertThat(String.join(" ", lines)).isEqualTo(LONG_NOTE).doesNotContain("…");
  }

  @Test
  void theLayoutMakesRoomForAWrappedNote() {
    NetworkMap map = longNote();
    Picture p = LayeredLayout.of(map);
    Picture.Path path =
        p.paths().stream()
            .filter(x -> map.links().get(x.link()).to().equals("Emily"))
            .findFirst()
            .orElseThrow();
    double[] at = path.notePlace();
    double widest = path.note().stream().mapToInt(String::length).max().orElseThrow();
    // The note's lines as drawn: 10 px text, about 5.4 px a character, 12 px a line; the first
    // baseline 9 px below the top.
    double left = at[0] - widest * 5.4 / 2;
    double right = at[0] + widest * 5.4 / 2;
    double top = at[1] - 9;
    double bottom = top + path.note().size() * LayeredLayout.NOTE_LINE;
    for (Picture.Box b : p.boxes()) {
      boolean apart =
          right <= b.x()
              || b.x() + b.width() <= left
              || bottom <= b.y()
              || b.y() + b.height() <= top;
      assertThat(apart).as(map.nodes().get(b.node()).id()).isTrue();
    }
  }

  /** Each node's texts, in drawing order. */
  static Map<String, List<String>> nodeTexts(Document d) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Element g : nodes(d)) {
      List<String> t = new ArrayList<>();
      NodeList children = g.getElementsByTagNameNS(SVG, "text");
      for (int i = 0; i < children.getLength(); i++) {
        t.add(children.item(i).getTextContent());
      }
      texts.put(g.getAttribute("data-id"), t);
    }
    return texts;
  }

  static List<String> bold(Document d) {
    return nodes(d).stream()
        .filter(g -> g.getAttribute("class").contains("keystone"))
        .map(g -> g.getAttribute("data-id"))
        .sorted()
        .toList();
  }

  /** The area of each opportunity's shape: its outer rounded rectangle. */
  static Map<String, Double> shapeAreas(Document d) {
    Map<String, Double> areas = new LinkedHashMap<>();
    for (Element g : nodes(d)) {
      Element rect = (Element) g.getElementsByTagNameNS(SVG, "rect").item(0);
      if (rect != null && g.getAttribute("class").matches(".*k-(client|prospect|lost).*")) {
        areas.put(
            g.getAttribute("data-id"),
            Double.parseDouble(rect.getAttribute("width"))
                * Double.parseDouble(rect.getAttribute("height")));
      }
    }
    return areas;
  }

  static Map<String, String> notes(Document d) {
    Map<String, String> notes = new LinkedHashMap<>();
    NodeList texts = d.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (t.getAttribute("class").equals("note")) {
        notes.put(
            t.getAttribute("data-from") + " -> " + t.getAttribute("data-to"), t.getTextContent());
      }
    }
    return notes;
  }

  static List<String> noteLines(Document d, String link) {
    NodeList texts = d.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if ((t.getAttribute("data-from") + " -> " + t.getAttribute("data-to")).equals(link)) {
        List<String> lines = new ArrayList<>();
        NodeList spans = t.getElementsByTagNameNS(SVG, "tspan");
        for (int k = 0; k < spans.getLength(); k++) {
          lines.add(spans.item(k).getTextContent());
        }
        return lines;
      }
    }
    return List.of();
  }

  static List<Element> nodes(Document d) {
    List<Element> nodes = new ArrayList<>();
    NodeList groups = d.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").startsWith("node ")) {
        nodes.add(g);
      }
    }
    return nodes;
  }
}
