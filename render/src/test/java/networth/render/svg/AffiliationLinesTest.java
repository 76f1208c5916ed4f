package networth.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.render.Xml;
import networth.render.layout.LayeredLayout;
import networth.render.layout.Picture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Affiliations in the picture: dashed, labelled with their roles, and no part of the layout. */
class AffiliationLinesTest {

  /** Blog -> Sam -> Northwind -> Deal; Sam works at Northwind, Priya owned Deal until 2022. */
  private static NetworkMap map(boolean withAffiliations) {
    NetworkMap.Builder b =
        NetworkMap.builder()
            .node(Node.of("Blog", NodeKind.CHANNEL))
            .node(Node.of("Sam", NodeKind.PERSON))
            .node(Node.of("Priya", NodeKind.PERSON))
            .node(Node.of("Northwind", NodeKind.ORGANISATION))
            .node(Node.of("Deal", NodeKind.CLIENT))
            .link("Blog", "Sam")
            .link("Sam", "Northwind")
            .link("Northwind", "Deal")
            .link("Blog", "Priya");
    if (withAffiliations) {
      // Were it a route, Deal -> Blog would close a cycle, and Priya -> Deal move Deal's layer.
      b.affiliation(Affiliation.of("Sam", Role.WORKS_AT, "Northwind").withNote("<b>head</b>"))
          .affiliation(Affiliation.of("Priya", Role.OWNS, "Deal").until(PartialDate.parse("2022")))
          .affiliation("Deal", Role.MEMBER_OF, "Blog");
    }
    return b.build();
  }

  @Test
  void theBoxesStandWhereTheyStoodWithoutAffiliations() {
    List<Picture.Box> without = LayeredLayout.of(map(false)).boxes();
    List<Picture.Box> with = LayeredLayout.of(map(true)).boxes();
    assertThat(with).usingRecursiveFieldByFieldElementComparator().isEqualTo(without);
    assertThat(LayeredLayout.of(map(true)).paths()).hasSize(4);
  }

  @Test
  void eachIsAThinDashedLineWithoutArrowLabelledWithItsRole() throws Exception {
    Document svg = Xml.parse(SvgWriter.write(map(true)));
    NodeList groups = svg.getElementsByTagName("g");
    List<Element> affiliations = new java.util.ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("affiliation")) {
        affiliations.add(g);
      }
    }
    assertThat(affiliations)
        .extracting(
            g ->
                g.getAttribute("data-person")
                    + " "
                    + g.getAttribute("data-role")
                    + " "
                    + g.getAttribute("data-organisation")
                    + " = "
                    + g.getElementsByTagName("text").item(0).getTextContent())
        .containsExactly(
            "Sam works at Northwind = works at",
            "Priya owned Deal = owned",
            "Deal member of Blog = member of");
    Element sam = affiliations.get(0);
    assertThat(sam.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Sam works at Northwind — <b>head</b>");
    Element line = (Element) sam.getElementsByTagName("path").item(0);
    assertThat(line.getAttribute("stroke-dasharray")).isEqualTo("4 3");
    assertThat(line.getAttribute("stroke-width")).isEqualTo("1");
    assertThat(line.hasAttribute("marker-end")).as("no arrow: it is no route").isFalse();
  }

  @Test
  void eachNodesTooltipSaysWhereItBelongsAndWhoBelongsToIt() throws Exception {
    Document svg = Xml.parse(SvgWriter.write(map(true)));
    java.util.Map<String, String> tips = new java.util.HashMap<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").startsWith("node")) {
        tips.put(
            g.getAttribute("data-id"), g.getElementsByTagName("title").item(0).getTextContent());
      }
    }
    assertThat(tips)
        .containsEntry("Sam", "Sam — works at Northwind")
        .containsEntry("Northwind", "Northwind — Sam works here")
        .containsEntry("Priya", "Priya — owned Deal")
        .containsEntry("Deal", "Deal — Priya owned it; member of Blog")
        .containsEntry("Blog", "Blog — Deal is a member");
  }

  @Test
  void theLineRunsFromTheEdgeOfOneBoxToTheEdgeOfTheOther() {
    // A box 100 × 40 centred on (50, 20); a line to the right leaves it at x = 100, one straight
    // down at y = 40, one at 45° through its shorter half: 20 along each axis.
    assertThat(AffiliationLines.edge(50, 20, 100, 40, 300, 0)).containsExactly(100, 20);
    assertThat(AffiliationLines.edge(50, 20, 100, 40, 0, 300)).containsExactly(50, 40);
    assertThat(AffiliationLines.edge(50, 20, 100, 40, 300, 300)).containsExactly(70, 40);
  }
}
