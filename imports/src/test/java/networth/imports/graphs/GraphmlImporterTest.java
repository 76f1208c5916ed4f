package networth.imports.graphs;

import static networth.imports.graphs.Graphs.arrows;
import static networth.imports.graphs.Graphs.ids;
import static networth.imports.graphs.Graphs.link;
import static networth.imports.graphs.Graphs.node;
import static networth.imports.graphs.Graphs.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import networth.imports.Found;
import networth.imports.Origin;
import networth.imports.Skipped;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

class GraphmlImporterTest {

  @Test
  void yEdNodesAreNamedByTheirShownLabelAndAGroupIsANodeItsMembersName() throws Exception {
    Found found = read("graphml", "yed.graphml");
    // The group shows its open realizer's label (active="0"), not the closed one's "Folder 1";
    // a node without a label keeps the file's id.
    assertThat(ids(found))
        .containsExactly("Roger Hale", "Northwind", "Sam Okafor", "Priya Nair", "n2");

    Found.Entry<Node> roger = node(found, "Roger Hale");
    // The label's line break is a space; the url key is the profile address.
    assertThat(roger.item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(roger.item().attributes())
        .containsExactly(entry("url", "https://www.linkedin.com/in/roger-hale"));
    assertThat(roger.origin()).isEqualTo(new Origin("yed.graphml", 18));

    Node northwind = node(found, "Northwind").item();
    assertThat(northwind.kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(northwind.note()).isEqualTo("the agency Roger works with");
    assertThat(node(found, "Northwind").origin().row()).isEqualTo(32);

    Node sam = node(found, "Sam Okafor").item();
    assertThat(sam.kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(sam.attributes())
        .containsExactly(entry("type", "designer"), entry("group", "Northwind"));
    assertThat(node(found, "Sam Okafor").origin().row()).isEqualTo(54);
    assertThat(node(found, "Priya Nair").item().attributes())
        .containsExactly(entry("group", "Northwind"));
    assertThat(node(found, "n2").item().kind()).isEqualTo(NodeKind.UNKNOWN);
  }

  @Test
  void yEdEdgesTakeTheirLabelAndTheWayTheirArrowsPoint() throws Exception {
    Found found = read("graphml", "yed.graphml");
    // e0 points at its target; n1::e0 (Priya - Sam) has its arrow at its source end, so it leads
    // from Sam to Priya; e1 (n2 - Roger) has no arrow at all, and leads from Roger, declared
    // first, to n2.
    assertThat(arrows(found))
        .containsExactly(
            "Roger Hale -> Sam Okafor", "Sam Okafor -> Priya Nair", "Roger Hale -> n2");
    assertThat(link(found, 0).item().kind()).isEqualTo("introduced");
    assertThat(link(found, 0).item().note()).isEqualTo("at the 2019 open day");
    assertThat(link(found, 0).origin()).isEqualTo(new Origin("yed.graphml", 81));
    assertThat(link(found, 1).item().kind()).isEmpty();
    assertThat(link(found, 1).origin().row()).isEqualTo(93);
    assertThat(found.skipped()).isEmpty();
  }

  @Test
  void plainGraphmlNamesNodesByItsLabelKeyAndKeepsKeyDefaults() throws Exception {
    Found found = read("graphml", "plain.graphml");
    assertThat(ids(found)).containsExactly("Andy Carter", "Bloom Coffee", "c");
    Node andy = node(found, "Andy Carter").item();
    // <default>person</default> of the kind key.
    assertThat(andy.kind()).isEqualTo(NodeKind.PERSON);
    assertThat(andy.date()).contains(PartialDate.parse("2019-03"));
    assertThat(andy.attributes()).isEmpty();
    assertThat(node(found, "Bloom Coffee").item().kind()).isEqualTo(NodeKind.CLIENT);
    assertThat(node(found, "c").item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(node(found, "c").origin().row()).isEqualTo(14);

    // edgedefault="undirected", but c -> a is directed="true". The order: c (nothing leads to
    // it), then Andy, and Bloom Coffee last, a client, where routes end; so a - b leads from Andy
    // to Bloom Coffee and so does b - a, turned round.
    assertThat(arrows(found))
        .containsExactly(
            "Andy Carter -> Bloom Coffee", "Andy Carter -> Bloom Coffee", "c -> Andy Carter");
    assertThat(link(found, 0).item().attributes()).containsExactly(entry("weight", "3"));
    assertThat(link(found, 0).item().date()).contains(PartialDate.parse("2020-01-15"));
    // The key's default weight 1.0 says nothing.
    assertThat(link(found, 1).item().attributes()).isEmpty();
    assertThat(link(found, 1).origin().row()).isEqualTo(16);

    assertThat(found.skipped())
        .containsExactly(
            new Skipped(
                new Origin("plain.graphml", 18), "a hyperedge (networth links join two nodes)"));
  }
}
