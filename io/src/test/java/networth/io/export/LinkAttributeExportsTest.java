package networth.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import networth.model.Link;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A link's attributes reach every graph export, read back here the way Gephi, yEd and Cytoscape
 * read them: through the declared key or attribute, by its name.
 */
class LinkAttributeExportsTest {

  /** Two links: one with attributes (one named like an edge's own field), one without. */
  private static NetworkMap map() {
    return NetworkMap.builder()
        .link(
            Link.of("Kumu", "Emily")
                .withKind("introduced")
                .withAttribute("source", "Connections.csv row 12")
                .withAttribute("note", "<kept> & \"quoted\""))
        .link(Link.of("Emily", "Roger"))
        .build();
  }

  private static Document xml(String text) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each edge's values by the name its key or attribute declares, as a reading tool sees them. */
  private static Map<String, String> edgeValues(
      Document d, String declaration, String idAttr, String nameAttr, String value, int edge) {
    Map<String, String> names = new LinkedHashMap<>();
    NodeList decls = d.getElementsByTagNameNS("*", declaration);
    for (int i = 0; i < decls.getLength(); i++) {
      Element e = (Element) decls.item(i);
      boolean forEdges =
          e.getAttribute("for").equals("edge")
              || ((Element) e.getParentNode()).getAttribute("class").equals("edge");
      if (forEdges) {
        names.put(e.getAttribute(idAttr), e.getAttribute(nameAttr));
      }
    }
    Element e = (Element) d.getElementsByTagNameNS("*", "edge").item(edge);
    NodeList values = e.getElementsByTagNameNS("*", value);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      String key = v.hasAttribute("key") ? v.getAttribute("key") : v.getAttribute("for");
      String text = v.hasAttribute("value") ? v.getAttribute("value") : v.getTextContent();
      out.put(names.get(key), text);
    }
    return out;
  }

  @Test
  void gexfDeclaresAnEdgeAttributePerKeyAndGivesEachEdgeItsValues() throws Exception {
    Document d = xml(GexfWriter.write(map()));

    Map<String, String> first = edgeValues(d, "attribute", "id", "title", "attvalue", 0);
    Map<String, String> second = edgeValues(d, "attribute", "id", "title", "attvalue", 1);

    // The link's own note is empty, so the only "note" value is the attribute's.
    assertThat(first)
        .containsEntry("source", "Connections.csv row 12")
        .containsEntry("note", "<kept> & \"quoted\"");
    assertThat(second).doesNotContainKey("source");
  }

  @Test
  void graphmlDeclaresAnEdgeKeyPerKeyAndGivesEachEdgeItsData() throws Exception {
    Document d = xml(GraphmlWriter.write(map()));

    Map<String, String> first = edgeValues(d, "key", "id", "attr.name", "data", 0);
    Map<String, String> second = edgeValues(d, "key", "id", "attr.name", "data", 1);

    assertThat(first)
        .containsEntry("kind", "introduced")
        .containsEntry("source", "Connections.csv row 12")
        .containsEntry("note", "<kept> & \"quoted\"");
    assertThat(second).isEmpty();
  }

  @Test
  void cytoscapeCarriesThemInTheEdgesDataKeepingItsOwnFields() throws Exception {
    JsonNode edges =
        new ObjectMapper().readTree(CytoscapeWriter.write(map())).at("/elements/edges");

    JsonNode data = edges.get(0).get("data");
    assertThat(data.get("source").asText())
        .as("the edge's end, not the attribute")
        .isEqualTo("Kumu");
    assertThat(data.get("attr_source").asText()).isEqualTo("Connections.csv row 12");
    assertThat(data.get("note").asText()).isEmpty();
    assertThat(data.get("attr_note").asText()).isEqualTo("<kept> & \"quoted\"");
    assertThat(edges.get(1).get("data").has("attr_source")).isFalse();
  }
}
