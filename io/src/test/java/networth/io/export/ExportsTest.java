package networth.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import networth.io.ExternalTool;
import networth.io.MapFiles;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export is valid for its consumer and keeps hostile labels as text. */
class ExportsTest {

  static final String HOSTILE = "<script>alert(\"1\")</script> & Co \\ #1";

  private static NetworkMap seed() throws Exception {
    return MapFiles.read(List.of(Path.of("../examples/power-of-the-network.netmap"))).map();
  }

  private static NetworkMap hostile() {
    return NetworkMap.builder()
        .node(Node.of("a\"1", NodeKind.CHANNEL).withLabel(HOSTILE).withNote("line one\nline two"))
        .node(Node.of("<b>", NodeKind.CLIENT))
        .link(
            new Link(
                "a\"1", "<b>", "met at \"x\" & <y>", java.util.Optional.empty(), "a note: <i>"))
        .build();
  }

  private static Document xml(String text) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void graphmlIsWellFormedAndKeepsEveryNodeEdgeAndLabel() throws Exception {
    for (NetworkMap map : List.of(seed(), hostile())) {
      Document d = xml(GraphmlWriter.write(map));
      NodeList nodes = d.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
      assertThat(nodes.getLength()).isEqualTo(map.nodes().size());
      assertThat(
              d.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").getLength())
          .as("an edge for every link and every affiliation")
          .isEqualTo(map.links().size() + map.affiliations().size());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        ids.add(((Element) nodes.item(i)).getAttribute("id"));
      }
      assertThat(ids).isEqualTo(map.nodes().stream().map(Node::id).toList());
    }
    assertThat(GraphmlWriter.write(hostile()))
        .doesNotContain("<script>")
        .contains("&lt;script&gt;");
    Document d = xml(GraphmlWriter.write(hostile()));
    assertThat(d.getElementsByTagNameNS("*", "data").item(0).getTextContent()).isEqualTo(HOSTILE);
  }

  @Test
  void gexfIsWellFormedWithColoursAndLayeredPositions() throws Exception {
    NetworkMap map = seed();
    Document d = xml(GexfWriter.write(map));
    assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
    NodeList nodes = d.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    assertThat(nodes.getLength()).isEqualTo(map.nodes().size());
    NodeList positions = d.getElementsByTagNameNS("http://gexf.net/1.3/viz", "position");
    NodeList colours = d.getElementsByTagNameNS("http://gexf.net/1.3/viz", "color");
    assertThat(positions.getLength()).isEqualTo(map.nodes().size());
    assertThat(colours.getLength()).isEqualTo(map.nodes().size());
    // Every link goes right: the target's x is beyond the source's.
    java.util.Map<String, Double> x = new java.util.HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      x.put(
          ((Element) nodes.item(i)).getAttribute("id"),
          Double.parseDouble(((Element) positions.item(i)).getAttribute("x")));
    }
    for (Link l : map.links()) {
      assertThat(x.get(l.to())).as(l.toString()).isGreaterThan(x.get(l.from()));
    }
    Document h = xml(GexfWriter.write(hostile()));
    assertThat(
            ((Element) h.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0))
                .getAttribute("label"))
        .isEqualTo(HOSTILE);
  }

  @Test
  void cytoscapeJsonHasEveryElement() throws Exception {
    NetworkMap map = hostile();
    JsonNode doc = new ObjectMapper().readTree(CytoscapeWriter.write(map));
    assertThat(doc.at("/elements/nodes")).hasSize(2);
    assertThat(doc.at("/elements/nodes/0/data/label").asText()).isEqualTo(HOSTILE);
    assertThat(doc.at("/elements/edges/0/data/source").asText()).isEqualTo("a\"1");
    assertThat(doc.at("/elements/edges/0/data/target").asText()).isEqualTo("<b>");
  }

  @Test
  void anEndDateIsAnAttributeInEveryGraphExport() throws Exception {
    NetworkMap map =
        NetworkMap.builder()
            .node(
                Node.of("Acme", NodeKind.JOB)
                    .withDate(PartialDate.parse("2019-03"))
                    .withUntil(PartialDate.parse("2022-08")))
            .node(Node.of("Blog", NodeKind.CHANNEL))
            .build();
    Document graphml = xml(GraphmlWriter.write(map));
    Element acme = (Element) graphml.getElementsByTagName("node").item(0);
    assertThat(dataOf(acme, "until")).isEqualTo("2022-08");
    assertThat(dataOf((Element) graphml.getElementsByTagName("node").item(1), "until")).isEmpty();
    Document gexf = xml(GexfWriter.write(map));
    NodeList values = gexf.getElementsByTagName("attvalue");
    List<String> untils = new ArrayList<>();
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      if (v.getAttribute("for").equals("until")) {
        untils.add(v.getAttribute("value"));
      }
    }
    assertThat(untils).containsExactly("2022-08");
    JsonNode cy = new ObjectMapper().readTree(CytoscapeWriter.write(map));
    assertThat(cy.at("/elements/nodes/0/data/until").asText()).isEqualTo("2022-08");
    assertThat(cy.at("/elements/nodes/1/data/until").isMissingNode()).isTrue();
  }

  private static String dataOf(Element node, String key) {
    NodeList data = node.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    return "";
  }

  @Test
  void mermaidLabelsCarryNoRawMarks() throws Exception {
    String text = MermaidWriter.write(hostile());
    assertThat(text).startsWith("flowchart LR\n");
    String first = text.lines().skip(1).findFirst().orElseThrow();
    assertThat(first)
        .isEqualTo(
            "  n0{{\"#lt;script#gt;alert(#quot;1#quot;)#lt;/script#gt; #amp; Co \\ #35;1\"}}:::k_channel");
    assertThat(text).contains("  n0 -->|\"met at #quot;x#quot; #amp; #lt;y#gt;\"| n1");
    assertThat(MermaidWriter.write(seed()).lines().filter(l -> l.contains("-->")).count())
        .isEqualTo(seed().links().size());
  }

  @Test
  void graphvizReadsTheDotFile(@TempDir Path dir) throws Exception {
    ExternalTool.need(
        onPath("dot"), "Graphviz (dot) is not installed: the check with Graphviz is skipped");
    for (NetworkMap map : List.of(seed(), hostile())) {
      Path file = dir.resolve("map.dot");
      Files.writeString(file, DotWriter.write(map));
      Process p =
          new ProcessBuilder("dot", "-Tsvg", file.toString()).redirectErrorStream(true).start();
      String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(svg).isZero();
      assertThat(svg).contains("<svg");
      if (map.nodes().size() == 2) {
        assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>");
      }
    }
  }

  @Test
  void networkxReadsTheGraphmlAndGexfFiles(@TempDir Path dir) throws Exception {
    ExternalTool.need(
        onPath("python3") && run("python3", "-c", "import networkx") == 0,
        "python3 with networkx is not installed");
    NetworkMap map = seed();
    Files.writeString(dir.resolve("m.graphml"), GraphmlWriter.write(map));
    Files.writeString(dir.resolve("m.gexf"), GexfWriter.write(map));
    String script =
        "import networkx as nx, sys\n"
            + "g = nx.read_graphml(sys.argv[1]); h = nx.read_gexf(sys.argv[2], version='1.3')\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())\n";
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
    int n = map.nodes().size();
    int m = map.links().size() + map.affiliations().size();
    assertThat(out).isEqualTo(n + " " + m + " " + n + " " + m);
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
