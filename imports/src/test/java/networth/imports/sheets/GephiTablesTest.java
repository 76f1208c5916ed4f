package networth.imports.sheets;

import static networth.imports.sheets.Sheets.ends;
import static networth.imports.sheets.Sheets.file;
import static networth.imports.sheets.Sheets.link;
import static networth.imports.sheets.Sheets.node;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import networth.imports.Found;
import networth.imports.Origin;
import networth.io.Progress;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Gephi's Data Laboratory export ("Export table"), written by hand: nodes.csv with a byte-order
 * mark and CRLF line ends, edges.csv with Gephi's columns
 * Source,Target,Type,Id,Label,timeset,Weight.
 */
class GephiTablesTest {

  private final Found found = read("gephi", file("gephi/nodes.csv"), file("gephi/edges.csv"));

  GephiTablesTest() throws Exception {}

  @Test
  void nodesAreNamedByTheirLabelAndASecondOfTheSameLabelIsNumbered() {
    // Gephi's Ids 0..3 are its own; two nodes labelled Roger Hale are two people (two Ids).
    assertThat(found.nodes().stream().map(e -> e.item().id()))
        .containsExactly("Emily Carter", "Roger Hale", "Cielo Ltd", "Roger Hale (2)", "4");
    assertThat(node(found, "Roger Hale (2)").item().label()).isEqualTo("Roger Hale");
    assertThat(node(found, "Roger Hale (2)").item().attributes())
        .containsExactly(
            Map.entry("email", "roger.hale@other.example"), Map.entry("modularity_class", "3"));
    assertThat(node(found, "Roger Hale (2)").origin()).isEqualTo(new Origin("nodes.csv", 5));
  }

  @Test
  void aTypeColumnGivesTheKindAndEmptyColumnsAddNothing() {
    assertThat(node(found, "Emily Carter").item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(node(found, "Cielo Ltd").item().kind()).isEqualTo(NodeKind.ORGANISATION);
    // timeset is empty on every row: no attribute.
    assertThat(node(found, "Emily Carter").item().attributes())
        .containsExactly(
            Map.entry("email", "emily@example.org"), Map.entry("modularity_class", "1"));
  }

  @Test
  void edgesReferToNodesByIdAndTheirLabelIsTheLinksKind() {
    assertThat(ends(found))
        .containsExactly(
            "Emily Carter → Roger Hale", "Roger Hale → Cielo Ltd", "Roger Hale (2) → 4");
    assertThat(link(found, "Emily Carter", "Roger Hale").item().kind()).isEqualTo("introduced");
    assertThat(link(found, "Roger Hale (2)", "4").origin()).isEqualTo(new Origin("edges.csv", 4));
    // Node 4 has no row: Gephi makes it on import, with its Id as its label.
    assertThat(node(found, "4").item().kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(node(found, "4").origin()).isEqualTo(new Origin("edges.csv", 4));
  }

  @Test
  void undirectedEdgesSayItAndOnlyAWeightOtherThanOneIsKept() {
    assertThat(link(found, "Emily Carter", "Roger Hale").item().attributes()).isEmpty();
    assertThat(link(found, "Roger Hale", "Cielo Ltd").item().attributes())
        .containsExactly(Map.entry("direction", "undirected"), Map.entry("Weight", "2.5"));
  }

  @Test
  void theGephiImporterIsAlsoUsableDirectly() throws Exception {
    Found direct =
        new GephiImporter()
            .read(List.of(file("gephi/edges.csv"), file("gephi/nodes.csv")), Progress.NONE);
    assertThat(direct.nodes()).isEqualTo(found.nodes());
    assertThat(direct.links()).isEqualTo(found.links());
    assertThat(direct.skipped()).isEmpty();
  }
}
