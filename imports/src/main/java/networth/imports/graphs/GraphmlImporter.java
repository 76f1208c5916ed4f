package networth.imports.graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import networth.imports.ImportException;

/**
 * GraphML (<a href="http://graphml.graphdrawing.org/">graphml.graphdrawing.org</a>) as yEd writes
 * it and as plain tools (networkx, Gephi, igraph) do: each {@code <data>} by its key's {@code
 * attr.name}; a node's name from yEd's {@code <y:NodeLabel>} or a {@code label}/{@code name} key;
 * an edge's kind from yEd's {@code <y:EdgeLabel>}, its way from {@code edgedefault}, {@code
 * directed} or yEd's arrows. A yEd group is a node like any other, and each node inside it names it
 * in its {@code group} attribute.
 */
public final class GraphmlImporter extends XmlGraphImporter {

  /** A {@code <key>}: the attribute's name, what it is for, yEd's type of it, its default. */
  private static final class Key {
    final String name;
    final String of;
    final String yfiles;
    String fallback = "";

    Key(String name, String of, String yfiles) {
      this.name = name;
      this.of = of;
      this.yfiles = yfiles;
    }
  }

  /** What the {@code <data>} being read holds. */
  private enum Reading {
    NOTHING,
    VALUE,
    NODE_GRAPHICS,
    EDGE_GRAPHICS
  }

  @Override
  public String name() {
    return "graphml";
  }

  @Override
  public String description() {
    return "a GraphML graph, as yEd and other graph tools save it";
  }

  @Override
  String root() {
    return "graphml";
  }

  @Override
  String dialect() {
    return "GraphML";
  }

  @Override
  void elements(XMLStreamReader r, SourceText text, FileGraph graph)
      throws XMLStreamException, ImportException {
    Map<String, Key> keys = new HashMap<>();
    Key declaring = null;
    // The elements open around the reader, the root's start already read.
    Deque<String> open = new ArrayDeque<>(List.of(root()));
    Deque<Object> owners = new ArrayDeque<>();
    Deque<FileGraph.Direction> edgeDefaults = new ArrayDeque<>();
    Reading reading = Reading.NOTHING;
    Key dataKey = null;
    int dataLine = 0;
    StringBuilder captured = null;
    // yEd keeps a group's look open and closed (two realizers) and says which is shown.
    int realizersDepth = -1;
    int activeRealizer = 0;
    int realizer = -1;
    List<String> labels = new ArrayList<>();
    String shownLabel = "";
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (captured != null) {
          captured.append(r.getText());
        }
        continue;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        String local = r.getLocalName();
        open.poll();
        switch (local) {
          case "key" -> declaring = null;
          case "default" -> {
            if (declaring != null && captured != null) {
              declaring.fallback = captured.toString().strip();
            }
            captured = null;
          }
          case "graph" -> edgeDefaults.pop();
          case "node", "edge" -> {
            if (!owners.isEmpty()) {
              defaults(owners.pop(), keys);
            }
          }
          case "Realizers" -> realizersDepth = -1;
          case "NodeLabel" -> {
            if (reading == Reading.NODE_GRAPHICS && captured != null) {
              String label = ItemFields.tidy(captured.toString());
              if (realizersDepth < 0 || realizer == activeRealizer) {
                shownLabel = shownLabel.isEmpty() ? label : shownLabel;
              }
              labels.add(label);
              captured = null;
            }
          }
          case "EdgeLabel" -> {
            if (reading == Reading.EDGE_GRAPHICS
                && captured != null
                && owners.peek() instanceof FileGraph.Edge e
                && e.label.isEmpty()) {
              e.label = ItemFields.tidy(captured.toString());
            }
            captured = null;
          }
          case "data" -> {
            if (reading == Reading.VALUE && captured != null && owners.peek() != null) {
              String value = captured.toString();
              values(owners.peek())
                  .add(new FileGraph.Value(dataKey.name, value, dataLine, value.strip()));
            } else if (reading == Reading.NODE_GRAPHICS
                && owners.peek() instanceof FileGraph.Vertex v) {
              String label = shownLabel.isEmpty() ? first(labels) : shownLabel;
              if (!label.isEmpty()) {
                v.label = label;
              }
            }
            reading = Reading.NOTHING;
            captured = null;
          }
          default -> {}
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String parent = open.isEmpty() ? root() : open.peek();
      String local = r.getLocalName();
      open.push(local);
      int line = line(r);
      if (reading == Reading.NODE_GRAPHICS) {
        if (local.equals("Realizers")) {
          realizersDepth = open.size();
          activeRealizer = number(attribute(r, "active"));
          realizer = -1;
        } else if (realizersDepth >= 0 && open.size() == realizersDepth + 1) {
          realizer++;
        } else if (local.equals("NodeLabel")) {
          captured = new StringBuilder();
        }
        continue;
      }
      if (reading == Reading.EDGE_GRAPHICS) {
        if (local.equals("EdgeLabel")) {
          captured = new StringBuilder();
        } else if (local.equals("Arrows") && owners.peek() instanceof FileGraph.Edge e) {
          e.direction = arrows(attribute(r, "source"), attribute(r, "target"));
        }
        continue;
      }
      if (reading == Reading.VALUE) {
        continue;
      }
      switch (local) {
        case "key" -> {
          String id = attribute(r, "id");
          String name = attribute(r, "attr.name");
          declaring =
              new Key(
                  name.isBlank() ? id : name,
                  attribute(r, "for").isEmpty() ? "all" : attribute(r, "for"),
                  attribute(r, "yfiles.type"));
          keys.put(id, declaring);
        }
        case "default" -> captured = declaring == null ? null : new StringBuilder();
        case "graph" -> {
          String d = attribute(r, "edgedefault").toLowerCase(Locale.ROOT);
          edgeDefaults.push(
              d.equals("undirected")
                  ? FileGraph.Direction.EITHER
                  : d.isEmpty() && !edgeDefaults.isEmpty()
                      ? edgeDefaults.peek()
                      : FileGraph.Direction.FORWARD);
        }
        case "node" -> {
          String id = attribute(r, "id");
          if (id.isEmpty()) {
            throw missing(r, text, "node", "id");
          }
          FileGraph.Vertex v = graph.vertex(id, line);
          if (owners.peek() instanceof FileGraph.Vertex group) {
            v.parent = group.id;
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
          String directed = attribute(r, "directed");
          FileGraph.Direction way =
              directed.equals("false")
                  ? FileGraph.Direction.EITHER
                  : directed.equals("true")
                      ? FileGraph.Direction.FORWARD
                      : edgeDefaults.isEmpty() ? FileGraph.Direction.FORWARD : edgeDefaults.peek();
          owners.push(graph.edge(attribute(r, "id"), source, target, line, way));
        }
        case "hyperedge" -> {
          graph.left.add(new FileGraph.Left(line, "a hyperedge (networth links join two nodes)"));
          skipElement(r);
          open.pop();
        }
        case "data" -> {
          boolean ours = (parent.equals("node") || parent.equals("edge")) && owners.peek() != null;
          Key key = keys.get(attribute(r, "key"));
          if (key == null) {
            key = new Key(attribute(r, "key"), "all", "");
          }
          if (!ours) {
            reading = Reading.NOTHING;
            skipElement(r);
            open.pop();
          } else if (key.yfiles.equals("nodegraphics")) {
            reading = Reading.NODE_GRAPHICS;
            labels.clear();
            shownLabel = "";
            realizersDepth = -1;
          } else if (key.yfiles.equals("edgegraphics")) {
            reading = Reading.EDGE_GRAPHICS;
          } else if (!key.yfiles.isEmpty()) {
            skipElement(r);
            open.pop();
          } else {
            reading = Reading.VALUE;
            dataKey = key;
            dataLine = line;
            captured = new StringBuilder();
          }
        }
        default -> {}
      }
    }
  }

  private static String first(List<String> labels) {
    return labels.stream().filter(l -> !l.isEmpty()).findFirst().orElse("");
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The way yEd's arrows point: an arrow at the source end only leads from the target. */
  private static FileGraph.Direction arrows(String source, String target) {
    boolean back = !source.isEmpty() && !source.equals("none");
    boolean ahead = !target.isEmpty() && !target.equals("none");
    if (back && !ahead) {
      return FileGraph.Direction.BACKWARD;
    }
    return back || ahead ? FileGraph.Direction.FORWARD : FileGraph.Direction.EITHER;
  }

  private static List<FileGraph.Value> values(Object owner) {
    return owner instanceof FileGraph.Vertex v ? v.values : ((FileGraph.Edge) owner).values;
  }

  /** Gives the owner each key's default it has no data of. */
  private static void defaults(Object owner, Map<String, Key> keys) {
    boolean vertex = owner instanceof FileGraph.Vertex;
    String of = vertex ? "node" : "edge";
    List<FileGraph.Value> values = values(owner);
    int line = vertex ? ((FileGraph.Vertex) owner).line : ((FileGraph.Edge) owner).line;
    for (Key k : keys.values()) {
      if ((k.of.equals(of) || k.of.equals("all"))
          && k.yfiles.isEmpty()
          && !k.fallback.isEmpty()
          && values.stream().noneMatch(v -> v.title().equals(k.name))) {
        values.add(new FileGraph.Value(k.name, k.fallback, line, k.fallback));
      }
    }
  }
}
