package networth.imports.graphs;

import static networth.imports.graphs.Graphs.arrows;
import static networth.imports.graphs.Graphs.ids;
import static networth.imports.graphs.Graphs.link;
import static networth.imports.graphs.Graphs.node;
import static networth.imports.graphs.Graphs.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import networth.imports.Found;
import networth.imports.Origin;
import networth.imports.Skipped;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

class GexfImporterTest {

  @Test
  void nodesTakeTheirKindNoteDatesAndFactsFromAttributesNamedByTitle() throws Exception {
    Found found = read("gexf", "attributes.gexf");
    assertThat(found.source()).isEqualTo("gexf");
    // Node 3 is a second "Emily Stone": a name is an id only once.
    assertThat(ids(found))
        .containsExactly("Emily Stone", "Cielo Ltd", "Spring Fair", "Emily Stone (2)");

    Found.Entry<Node> emily = node(found, "Emily Stone");
    // No type value: the declared <default>person</default> holds.
    assertThat(emily.item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(emily.item().date()).contains(PartialDate.parse("2011-02-10"));
    assertThat(emily.item().note()).isEqualTo("met at a conference");
    assertThat(emily.item().attributes())
        .containsExactly(
            entry("email", "emily@stone.example"),
            entry("Modularity Class", "2"),
            entry("url", "https://www.linkedin.com/in/emily-stone"));
    assertThat(emily.origin()).isEqualTo(new Origin("attributes.gexf", 23));

    // "company" is a word for an organisation.
    assertThat(node(found, "Cielo Ltd").item().kind()).isEqualTo(NodeKind.ORGANISATION);

    Node fair = node(found, "Spring Fair").item();
    assertThat(fair.kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(fair.attributes()).containsExactly(entry("type", "trade show"));
    assertThat(fair.date()).contains(PartialDate.parse("2014"));
    assertThat(fair.until()).contains(PartialDate.parse("2014-05"));

    Node second = node(found, "Emily Stone (2)").item();
    assertThat(second.label()).isEqualTo("Emily Stone");
    assertThat(second.kind()).isEqualTo(NodeKind.PERSON);
    assertThat(node(found, "Emily Stone (2)").origin().row()).isEqualTo(41);
  }

  @Test
  void edgesBecomeLinksWithTheirLabelAsKindAndAttributesWithoutCycles() throws Exception {
    Found found = read("gexf", "attributes.gexf");
    // The directed edges 0 -> 1, 2 -> 0 and 1 -> 2 make a cycle. Walked from node 0 (Emily):
    // e0 to Cielo, e2 on to the Fair, and e1 leads back to Emily, whose walk is under way: e1
    // is left out. e3 is a loop. e4 is undirected, and the order the kept links make is
    // Emily, Cielo, Fair, Emily (2): it leads from Emily to Cielo, not as written.
    assertThat(arrows(found))
        .containsExactly(
            "Emily Stone -> Cielo Ltd", "Cielo Ltd -> Spring Fair", "Emily Stone -> Cielo Ltd");
    var introduced = link(found, 0);
    assertThat(introduced.item().kind()).isEqualTo("introduced");
    assertThat(introduced.item().note()).isEqualTo("over lunch");
    // weight 2.5 is kept; the <default>weak</default> strength fills the edge that gives none.
    assertThat(introduced.item().attributes())
        .containsExactly(entry("weight", "2.5"), entry("strength", "weak"));
    assertThat(introduced.origin()).isEqualTo(new Origin("attributes.gexf", 44));
    assertThat(link(found, 1).item().attributes()).containsExactly(entry("strength", "weak"));
    assertThat(link(found, 1).item().kind()).isEmpty();
    assertThat(link(found, 1).origin().row()).isEqualTo(50);
    assertThat(link(found, 2).origin().row()).isEqualTo(52);

    assertThat(found.skipped())
        .containsExactly(
            new Skipped(new Origin("attributes.gexf", 49), GraphToFound.CLOSES_CYCLE),
            new Skipped(new Origin("attributes.gexf", 51), GraphToFound.SELF_LOOP));
  }

  @Test
  void aGephiExportKeepsItsAttributesAndLeavesTheDrawingOut() throws Exception {
    Found found = read("gexf", "gephi-0.10.gexf");
    assertThat(ids(found)).containsExactly("Myriel", "Napoleon", "Valjean");
    // Nothing of viz:size, viz:position or viz:color is a fact of the node.
    assertThat(node(found, "Valjean").item().attributes())
        .containsExactly(entry("Modularity Class", "0"), entry("Degree", "2"));
    assertThat(node(found, "Valjean").item().kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(node(found, "Valjean").origin().row()).isEqualTo(32);
    // An undirected triangle: each edge leads from the node declared first to the later one.
    assertThat(arrows(found))
        .containsExactly("Myriel -> Napoleon", "Myriel -> Valjean", "Napoleon -> Valjean");
    // Gephi's weight="1.0" is every edge's weight when none was given: not worth keeping.
    assertThat(link(found, 0).item().attributes()).isEmpty();
    assertThat(link(found, 1).item().attributes()).containsExactly(entry("weight", "5.0"));
    assertThat(link(found, 2).item().attributes()).isEmpty();
    assertThat(found.skipped()).isEmpty();
  }

  @Test
  void aDynamicGexf12TakesItsDatesFromSpellsAndOpenIntervals() throws Exception {
    Found found = read("gexf", "dynamic-1.2.gexf");
    Node lena = node(found, "Lena Berg").item();
    // The first spell begins her, the last ends her; of a date-time the day is kept.
    assertThat(lena.date()).contains(PartialDate.parse("2015-03-01"));
    assertThat(lena.until()).contains(PartialDate.parse("2022-08-31"));
    // A value that changed over time: the last one given.
    assertThat(lena.attributes()).containsExactly(entry("role", "art director"));
    Node studio = node(found, "Studio North").item();
    assertThat(studio.date()).contains(PartialDate.parse("2010"));
    assertThat(studio.until()).contains(PartialDate.parse("2020-10"));
    assertThat(link(found, 0).item().kind()).isEqualTo("referred");
    assertThat(link(found, 0).item().date()).contains(PartialDate.parse("2016-07"));
  }

  @Test
  void progressIsToldOfEveryNodeAndEdgeReadAndOfTheEnd() throws Exception {
    List<String> heard = new ArrayList<>();
    new GexfImporter()
        .read(
            List.of(Graphs.file("attributes.gexf")),
            (file, rows, done) -> heard.add(file + " " + rows + " " + done));
    // 4 nodes and 5 edges.
    assertThat(heard).containsExactly("attributes.gexf 9 true");
  }

  @Test
  void theImporterIsFoundByItsName() {
    assertThat(Graphs.importer("gexf")).isInstanceOf(GexfImporter.class);
    assertThat(Graphs.importer("GraphML")).isInstanceOf(GraphmlImporter.class);
  }
}
