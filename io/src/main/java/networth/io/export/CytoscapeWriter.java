package networth.io.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.io.style.KindStyle;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Writes a map as Cytoscape.js JSON ({@code {"elements": {"nodes": […], "edges": […]}}}), which
 * Cytoscape.js loads with {@code cy.add} and Cytoscape desktop imports: each element's {@code data}
 * carries its id, label, kind, colour and facts. An affiliation is an edge whose {@code
 * data.relation} is {@code "affiliation"} and whose {@code data.role} says how ({@code "works
 * at"}); a link's edge has no {@code relation}, and carries the link's attributes under their keys.
 */
public final class CytoscapeWriter {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * The fields of an edge's data that say what the edge is; an attribute with one of these keys is
   * written as {@code attr_KEY} so that it cannot change the edge's ends or make a link read as an
   * affiliation.
   */
  static final Set<String> RESERVED =
      Set.of(
          "id", "source", "target", "kind", "date", "note", "relation", "role", "since", "until");

  private CytoscapeWriter() {}

  public static String write(NetworkMap map) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Node n : map.nodes()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", n.id());
      data.put("label", n.label());
      data.put("kind", n.kind().keyword());
      data.put("colour", KindStyle.of(n.kind()).colour());
      n.date().ifPresent(d -> data.put("date", d.toString()));
      n.until().ifPresent(d -> data.put("until", d.toString()));
      n.deal().value().ifPresent(v -> data.put("value", v.amount()));
      if (!n.note().isEmpty()) {
        data.put("note", n.note());
      }
      data.put("groups", map.groupsOf(n.id()));
      nodes.add(Map.of("data", data));
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    int e = 0;
    for (Link l : map.links()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "e" + e++);
      data.put("source", l.from());
      data.put("target", l.to());
      data.put("kind", l.kind());
      l.date().ifPresent(d -> data.put("date", d.toString()));
      data.put("note", l.note());
      l.attributes().forEach((k, v) -> data.put(RESERVED.contains(k) ? "attr_" + k : k, v));
      edges.add(Map.of("data", data));
    }
    for (Affiliation a : map.affiliations()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", "a" + (e++));
      data.put("source", a.person());
      data.put("target", a.organisation());
      data.put("relation", "affiliation");
      data.put("role", a.role().phrase(a.ended()));
      a.since().ifPresent(d -> data.put("since", d.toString()));
      a.until().ifPresent(d -> data.put("until", d.toString()));
      data.put("note", a.note());
      edges.add(Map.of("data", data));
    }
    try {
      return MAPPER.writeValueAsString(Map.of("elements", Map.of("nodes", nodes, "edges", edges)))
          + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
