package networth.io.export;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import networth.graph.Layers;
import networth.graph.MapGraph;
import networth.io.style.KindStyle;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Writes a map as GEXF 1.3 for Gephi: attributes for kind, value, note and until (when it ended),
 * each node's colour and a position in the {@code viz} namespace. Positions are layered: x by the
 * node's layer (the longest route from an origin to it), y by its order within the layer, so Gephi
 * opens the map flowing from origins on the left to opportunities on the right. An affiliation is
 * an edge with the attributes {@code relation} "affiliation" and {@code role} ("works at"); it
 * takes no part in the layers. A link's own attributes are edge attributes titled with their keys.
 */
public final class GexfWriter {

  static final double LAYER_GAP = 200;
  static final double ROW_GAP = 60;

  private GexfWriter() {}

  public static String write(NetworkMap map) {
    StringWriter text = new StringWriter();
    write(map, text);
    return text.toString();
  }

  /**
   * The same text written to {@code out} as it is made, never held whole; {@code out} is flushed,
   * not closed.
   *
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void write(NetworkMap map, Writer out) {
    MapGraph g = MapGraph.of(map);
    int[] layer = Layers.longestPath(g);
    int[] row = new int[Math.max(1, map.nodes().size() + 1)];
    XmlOut x = new XmlOut(out);
    x.open(
        "gexf",
        "xmlns",
        "http://gexf.net/1.3",
        "xmlns:viz",
        "http://gexf.net/1.3/viz",
        "xmlns:xsi",
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "version",
        "1.3");
    x.open("meta");
    x.text("creator", "networth");
    x.text("description", map.settings().title());
    x.close();
    x.open("graph", "defaultedgetype", "directed", "mode", "static");
    x.open("attributes", "class", "node");
    x.empty("attribute", "id", "kind", "title", "kind", "type", "string");
    x.empty("attribute", "id", "value", "title", "value", "type", "double");
    x.empty("attribute", "id", "note", "title", "note", "type", "string");
    x.empty("attribute", "id", "until", "title", "until", "type", "string");
    x.close();
    x.open("attributes", "class", "edge");
    x.empty("attribute", "id", "kind", "title", "kind", "type", "string");
    x.empty("attribute", "id", "note", "title", "note", "type", "string");
    x.empty("attribute", "id", "relation", "title", "relation", "type", "string");
    x.empty("attribute", "id", "role", "title", "role", "type", "string");
    LinkAttributeKeys keys = LinkAttributeKeys.of(map);
    for (String key : keys.keys()) {
      x.empty("attribute", "id", keys.id(key), "title", key, "type", "string");
    }
    x.close();
    x.open("nodes");
    for (int v = 0; v < map.nodes().size(); v++) {
      Node n = map.nodes().get(v);
      x.open("node", "id", n.id(), "label", n.label());
      x.open("attvalues");
      x.empty("attvalue", "for", "kind", "value", n.kind().keyword());
      n.deal()
          .value()
          .ifPresent(m -> x.empty("attvalue", "for", "value", "value", m.amount().toPlainString()));
      if (!n.note().isEmpty()) {
        x.empty("attvalue", "for", "note", "value", n.note());
      }
      n.until().ifPresent(d -> x.empty("attvalue", "for", "until", "value", d.toString()));
      x.close();
      int[] rgb = KindStyle.of(n.kind()).rgb();
      x.empty("viz:color", "r", "" + rgb[0], "g", "" + rgb[1], "b", "" + rgb[2]);
      x.empty(
          "viz:position",
          "x",
          "" + layer[v] * LAYER_GAP,
          "y",
          "" + row[layer[v]]++ * ROW_GAP,
          "z",
          "0.0");
      x.close();
    }
    x.close();
    x.open("edges");
    int e = 0;
    for (Link l : map.links()) {
      x.open("edge", "id", "e" + e++, "source", l.from(), "target", l.to(), "label", l.kind());
      x.open("attvalues");
      x.empty("attvalue", "for", "kind", "value", l.kind());
      if (!l.note().isEmpty()) {
        x.empty("attvalue", "for", "note", "value", l.note());
      }
      l.attributes().forEach((k, v) -> x.empty("attvalue", "for", keys.id(k), "value", v));
      x.close();
      x.close();
    }
    for (Affiliation a : map.affiliations()) {
      String role = a.role().phrase(a.ended());
      x.open(
          "edge", "id", "a" + e++, "source", a.person(), "target", a.organisation(), "label", role);
      x.open("attvalues");
      x.empty("attvalue", "for", "relation", "value", "affiliation");
      x.empty("attvalue", "for", "role", "value", role);
      if (!a.note().isEmpty()) {
        x.empty("attvalue", "for", "note", "value", a.note());
      }
      x.close();
      x.close();
    }
    x.close();
    x.close();
    x.close();
    x.finish();
  }
}
