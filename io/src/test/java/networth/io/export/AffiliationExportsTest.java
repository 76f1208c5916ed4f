package networth.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export shows an affiliation as what it is: a relation that is no route. */
class AffiliationExportsTest {

  /** Blog -> Sam -> Northwind, and Sam works at Northwind; Priya owned Bloom until 2022. */
  private static NetworkMap map(boolean withAffiliations) {
    NetworkMap.Builder b =
        NetworkMap.builder()
            .node(Node.of("Blog", NodeKind.CHANNEL))
            .node(Node.of("Sam", NodeKind.PERSON))
            .node(Node.of("Priya", NodeKind.PERSON))
            .node(Node.of("Northwind", NodeKind.CLIENT))
            .node(Node.of("Bloom", NodeKind.ORGANISATION))
            .link("Blog", "Sam")
            .link("Sam", "Northwind")
            .link("Blog", "Priya");
    if (withAffiliations) {
      // Bloom -> Blog would put Bloom in a layer before Blog, were it a route.
      b.affiliation(Affiliation.of("Sam", Role.WORKS_AT, "Northwind").withNote("head of design"))
          .affiliation(Affiliation.of("Priya", Role.OWNS, "Bloom").until(PartialDate.parse("2022")))
          .affiliation("Bloom", Role.MEMBER_OF, "Blog");
    }
    return b.build();
  }

  private static Document xml(String text) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dotDrawsThemDashedWithoutArrowheadsAndOutsideTheRanking() {
    assertThat(DotWriter.write(map(true)))
        .contains(
            "  \"Sam\" -> \"Northwind\" [label=\"works at\", style=dashed, arrowhead=none,"
                + " constraint=false, tooltip=\"head of design\"];\n")
        .contains(
            "  \"Priya\" -> \"Bloom\" [label=\"owned\", style=dashed, arrowhead=none,"
                + " constraint=false];\n");
  }

  @Test
  void graphvizPutsEveryNodeInTheSameRankWithOrWithoutThem(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("dot"), "Graphviz (dot) is not installed");
    Map<String, Integer> without = ranks(dir, DotWriter.write(map(false)));
    Map<String, Integer> with = ranks(dir, DotWriter.write(map(true)));
    // Blog is the origin, Sam and Priya one step on, Northwind two; Bloom is in no route.
    assertThat(with).isEqualTo(without);
    assertThat(with)
        .containsEntry("Blog", 0)
        .containsEntry("Bloom", 0)
        .containsEntry("Sam", 1)
        .containsEntry("Priya", 1)
        .containsEntry("Northwind", 2);
  }

  /** Each node's rank in Graphviz's plain output: with rankdir=LR, its column. */
  private static Map<String, Integer> ranks(Path dir, String dot) throws Exception {
    Path file = dir.resolve("m.dot");
    Files.writeString(file, dot);
    Process p = new ProcessBuilder("dot", "-Tplain", file.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    Map<String, Double> x = new HashMap<>();
    out.lines()
        .filter(l -> l.startsWith("node "))
        .map(l -> l.split(" "))
        .forEach(f -> x.put(f[1].replace("\"", ""), Double.parseDouble(f[2])));
    // The rank is the place of a node's x among the distinct x's: labels widen the gaps, not the
    // order.
    java.util.List<Double> columns = x.values().stream().distinct().sorted().toList();
    Map<String, Integer> rank = new HashMap<>();
    x.forEach((id, at) -> rank.put(id, columns.indexOf(at)));
    return rank;
  }

  @Test
  void mermaidDrawsThemAsDottedLinesWithoutArrows() {
    String text = MermaidWriter.write(map(true));
    // Nodes are n0 Blog, n1 Sam, n2 Priya, n3 Northwind, n4 Bloom.
    assertThat(text)
        .contains("  n1 -.-|\"works at\"| n3\n")
        .contains("  n2 -.-|\"owned\"| n4\n")
        .contains("  n4 -.-|\"member of\"| n0\n");
    assertThat(text.lines().filter(l -> l.contains("-->")).count()).isEqualTo(3);
  }

  @Test
  void graphmlAndGexfMarkTheirEdgesAsAffiliationsWithTheirRoles() throws Exception {
    Document graphml = xml(GraphmlWriter.write(map(true)));
    NodeList edges = graphml.getElementsByTagName("edge");
    assertThat(edges.getLength()).isEqualTo(6);
    Element sam = (Element) edges.item(3);
    assertThat(sam.getAttribute("source") + " " + sam.getAttribute("target"))
        .isEqualTo("Sam Northwind");
    assertThat(data(sam, "relation")).isEqualTo("affiliation");
    assertThat(data(sam, "role")).isEqualTo("works at");
    assertThat(data(sam, "link_note")).isEqualTo("head of design");
    assertThat(data((Element) edges.item(0), "relation")).as("a link").isEmpty();
    assertThat(data((Element) edges.item(4), "link_until")).isEqualTo("2022");

    Document gexf = xml(GexfWriter.write(map(true)));
    Element owned = (Element) gexf.getElementsByTagName("edge").item(4);
    assertThat(owned.getAttribute("label")).isEqualTo("owned");
    Map<String, String> values = new HashMap<>();
    NodeList v = owned.getElementsByTagName("attvalue");
    for (int i = 0; i < v.getLength(); i++) {
      Element e = (Element) v.item(i);
      values.put(e.getAttribute("for"), e.getAttribute("value"));
    }
    assertThat(values).containsEntry("relation", "affiliation").containsEntry("role", "owned");
  }

  @Test
  void networkxReadsTheirAttributes(@TempDir Path dir) throws Exception {
    assumeTrue(
        onPath("python3") && run("python3", "-c", "import networkx") == 0,
        "python3 with networkx is not installed");
    Files.writeString(dir.resolve("m.graphml"), GraphmlWriter.write(map(true)));
    Files.writeString(dir.resolve("m.gexf"), GexfWriter.write(map(true)));
    String script =
        "import networkx as nx, sys\n"
            + "g = nx.read_graphml(sys.argv[1]); h = nx.read_gexf(sys.argv[2], version='1.3')\n"
            + "for x in (g, h):\n"
            + "  print(sorted((a, b, d.get('role')) for a, b, d in x.edges(data=True)"
            + " if d.get('relation') == 'affiliation'))\n";
    Process p =
        new ProcessBuilder(
                "python3",
                "-c",
                script,
                dir.resolve("m.graphml").toString(),
                dir.resolve("m.gexf").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String expected =
        "[('Bloom', 'Blog', 'member of'), ('Priya', 'Bloom', 'owned'),"
            + " ('Sam', 'Northwind', 'works at')]";
    assertThat(out).isEqualTo(expected + "\n" + expected);
  }

  @Test
  void cytoscapeGivesEachAnEdgeWithItsRole() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(CytoscapeWriter.write(map(true)));
    assertThat(doc.at("/elements/edges")).hasSize(6);
    JsonNode sam = doc.at("/elements/edges/3/data");
    assertThat(sam.get("source").asText() + " " + sam.get("target").asText())
        .isEqualTo("Sam Northwind");
    assertThat(sam.get("role").asText()).isEqualTo("works at");
    assertThat(sam.get("relation").asText()).isEqualTo("affiliation");
    assertThat(doc.at("/elements/edges/0/data/relation").isMissingNode()).as("a link").isTrue();
    assertThat(doc.at("/elements/edges/4/data/until").asText()).isEqualTo("2022");
  }

  private static String data(Element edge, String key) {
    NodeList data = edge.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    return "";
  }

  private static boolean onPath(String command) {
    try {
      return run("sh", "-c", "command -v " + command) == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
