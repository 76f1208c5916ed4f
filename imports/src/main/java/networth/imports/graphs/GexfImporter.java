package networth.imports.graphs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import networth.imports.ImportException;

/**
 * GEXF 1.3 and 1.2, as Gephi writes them (<a href="https://gexf.net/">gexf.net</a>): the nodes with
 * their labels and attribute values ({@code <attvalue for>} read by the attribute's title, its
 * {@code <default>} where a node gives none), the edges with their label, weight and attributes,
 * and the start and end of a node (or its spells) as its dates when the graph's times are dates.
 * What only draws the graph ({@code viz:color}, {@code viz:position}, {@code viz:size}) is left
 * out.
 */
public final class GexfImporter extends XmlGraphImporter {

  /** An attribute declared in {@code <attributes>}: its title, and its default. */
  private static final class Declared {
    final String title;
    String fallback = "";

    Declared(String title) {
      this.title = title;
    }
  }

  @Override
  public String name() {
    return "gexf";
  }

  @Override
  public String description() {
    return "a GEXF 1.2 or 1.3 graph, as Gephi saves it";
  }

  @Override
  String root() {
    return "gexf";
  }

  @Override
  String dialect() {
    return "GEXF";
  }

  @Override
  void elements(XMLStreamReader r, SourceText text, FileGraph graph)
      throws XMLStreamException, ImportException {
    Map<String, Map<String, Declared>> declared = new HashMap<>();
    declared.put("node", new LinkedHashMap<>());
    declared.put("edge", new LinkedHashMap<>());
    String attributesOf = "node";
    Declared declaring = null;
    StringBuilder fallback = null;
    Deque<Object> owners = new ArrayDeque<>();
    FileGraph.Direction edges = FileGraph.Direction.EITHER;
    boolean dates = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (fallback != null) {
          fallback.append(r.getText());
        }
        continue;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "default" -> {
            if (declaring != null && fallback != null) {
              declaring.fallback = fallback.toString().strip();
            }
            fallback = null;
          }
          case "attribute" -> declaring = null;
          case "node", "edge" -> {
            if (!owners.isEmpty()) {
              Object owner = owners.pop();
              defaults(owner, declared);
            }
          }
          default -> {}
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (isViz(r)) {
        skipElement(r);
        continue;
      }
      int line = line(r);
      switch (r.getLocalName()) {
        case "graph" -> {
          edges = direction(attribute(r, "defaultedgetype"), FileGraph.Direction.EITHER);
          dates = attribute(r, "timeformat").toLowerCase(Locale.ROOT).startsWith("date");
        }
        case "attributes" -> attributesOf = attribute(r, "class").equals("edge") ? "edge" : "node";
        case "attribute" -> {
          String id = attribute(r, "id");
          String title = attribute(r, "title");
          declaring = new Declared(title.isBlank() ? id : title);
          declared.get(attributesOf).put(id, declaring);
        }
        case "default" -> fallback = declaring == null ? null : new StringBuilder();
        case "node" -> {
          String id = attribute(r, "id");
          if (id.isEmpty()) {
            throw missing(r, text, "node", "id");
          }
          FileGraph.Vertex v = graph.vertex(id, line);
          v.label = attribute(r, "label");
          v.parent = attribute(r, "pid");
          if (v.parent.isEmpty() && owners.peek() instanceof FileGraph.Vertex outer) {
            v.parent = outer.id;
          }
          if (dates) {
            times(r, line, v.values);
          }
          owners.push(v);
        }
        case "edge" -> {
          String source = attribute(r, "source");
          String target = attribute(r, "target");
          if (source.isEmpty()) {
            throw missing(r, text, "edge", "source");
          }
          if (target.isEmpty()) {
            throw missing(r, text, "edge", "target");
          }
          FileGraph.Edge e =
              graph.edge(
                  attribute(r, "id"), source, target, line, direction(attribute(r, "type"), edges));
          e.label = attribute(r, "label");
          value(e.values, "kind", attribute(r, "kind"), line, "kind=");
          value(e.values, "weight", attribute(r, "weight"), line, "weight=");
          if (dates) {
            times(r, line, e.values);
          }
          owners.push(e);
        }
        case "parent" -> {
          if (owners.peek() instanceof FileGraph.Vertex v) {
            v.parent = attribute(r, "for");
          }
        }
        case "attvalue" -> {
          Object owner = owners.peek();
          if (owner != null) {
            String of = owner instanceof FileGraph.Vertex ? "node" : "edge";
            String id = attribute(r, "for");
            if (id.isEmpty()) {
              id = attribute(r, "id"); // GEXF 1.1 wrote id= where 1.2 writes for=
            }
            Declared d = declared.get(of).get(id);
            String value = attribute(r, "value");
            value(values(owner), d == null ? id : d.title, value, line, "value=\"" + value + "\"");
          }
        }
        case "spell" -> {
          if (dates && owners.peek() != null) {
            spell(r, line, values(owners.peek()));
          }
        }
        default -> {}
      }
    }
  }

  private static boolean isViz(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return ns != null && ns.contains("/viz");
  }

  private static List<FileGraph.Value> values(Object owner) {
    return owner instanceof FileGraph.Vertex v ? v.values : ((FileGraph.Edge) owner).values;
  }

  private static FileGraph.Direction direction(String type, FileGraph.Direction otherwise) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "directed", "mutual" -> FileGraph.Direction.FORWARD;
      case "undirected" -> FileGraph.Direction.EITHER;
      default -> otherwise;
    };
  }

  private static void value(
      List<FileGraph.Value> values, String title, String text, int line, String needle) {
    if (!text.isEmpty()) {
      values.add(
          new FileGraph.Value(
              title, text, line, needle.endsWith("=") ? needle + "\"" + text + "\"" : needle));
    }
  }

  /** {@code start}/{@code end} (1.3), or {@code startopen}/{@code endopen} (1.2). */
  private static void times(XMLStreamReader r, int line, List<FileGraph.Value> values) {
    for (String start : List.of("start", "startopen")) {
      value(values, "start", attribute(r, start), line, start + "=");
    }
    for (String end : List.of("end", "endopen")) {
      value(values, "end", attribute(r, end), line, end + "=");
    }
  }

  /**
   * A spell: its start counts when nothing earlier gave one (the first spell begins the node), its
   * end always (the last spell ends it).
   */
  private static void spell(XMLStreamReader r, int line, List<FileGraph.Value> values) {
    if (values.stream().noneMatch(v -> v.title().equals("start"))) {
      value(values, "start", attribute(r, "start"), line, "start=");
    }
    value(values, "end", attribute(r, "end"), line, "end=");
  }

  /** Gives the owner each declared attribute's default it has no value of. */
  private static void defaults(Object owner, Map<String, Map<String, Declared>> declared) {
    boolean vertex = owner instanceof FileGraph.Vertex;
    List<FileGraph.Value> values = values(owner);
    int line = vertex ? ((FileGraph.Vertex) owner).line : ((FileGraph.Edge) owner).line;
    for (Declared d : declared.get(vertex ? "node" : "edge").values()) {
      if (!d.fallback.isEmpty() && values.stream().noneMatch(v -> v.title().equals(d.title))) {
        values.add(new FileGraph.Value(d.title, d.fallback, line, d.fallback));
      }
    }
  }
}
