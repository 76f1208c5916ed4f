package networth.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
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

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

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
    StringWriter text = new StringWriter();
    write(map, text);
    return text.toString();
  }

  /**
   * The same text written to {@code out} an element at a time, never held whole; {@code out} is
   * flushed, not closed. The nodes come before the edges, as Cytoscape.js documents them.
   *
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void write(NetworkMap map, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("elements");
      g.writeArrayFieldStart("nodes");
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
        element(g, data);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("edges");
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
        element(g, data);
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
        element(g, data);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** {@code {"data": {…}}}: texts, an amount, and the list of groups. */
  private static void element(JsonGenerator g, Map<String, Object> data) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("data");
    for (Map.Entry<String, Object> field : data.entrySet()) {
      if (field.getValue() instanceof BigDecimal amount) {
        g.writeNumberField(field.getKey(), amount);
      } else if (field.getValue() instanceof List<?> texts) {
        g.writeArrayFieldStart(field.getKey());
        for (Object t : texts) {
          g.writeString((String) t);
        }
        g.writeEndArray();
      } else {
        g.writeStringField(field.getKey(), (String) field.getValue());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }
}
