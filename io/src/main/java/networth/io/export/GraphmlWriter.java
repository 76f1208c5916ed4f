package networth.io.export;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import networth.io.style.KindStyle;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Writes a map as GraphML, which yEd, Gephi, Cytoscape and igraph read: a directed graph whose
 * nodes carry label, kind, date, until, value, note and colour, and whose edges carry kind, date,
 * note and the link's attributes (a key each, named for the attribute). An affiliation is an edge
 * with {@code relation} "affiliation", its {@code role} ("works at"), {@code since}, {@code until}
 * and note; a link's edge has no {@code relation}.
 */
public final class GraphmlWriter {

  private GraphmlWriter() {}

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
    XmlOut x = new XmlOut(out);
    x.open(
        "graphml",
        "xmlns",
        "http://graphml.graphdrawing.org/xmlns",
        "xmlns:xsi",
        "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    String[][] keys = {
      {"label", "node"},
      {"kind", "node"},
      {"date", "node"},
      {"until", "node"},
      {"value", "node"},
      {"note", "node"},
      {"colour", "node"},
      {"link_kind", "edge"},
      {"link_date", "edge"},
      {"link_note", "edge"},
      {"relation", "edge"},
      {"role", "edge"},
      {"since", "edge"},
      {"link_until", "edge"}
    };
    for (String[] k : keys) {
      x.empty(
          "key",
          "id",
          k[0],
          "for",
          k[1],
          "attr.name",
          k[0].replace("link_", ""),
          "attr.type",
          "string");
    }
    LinkAttributeKeys attributes = LinkAttributeKeys.of(map);
    for (String key : attributes.keys()) {
      x.empty(
          "key", "id", attributes.id(key), "for", "edge", "attr.name", key, "attr.type", "string");
    }
    x.open(
        "graph",
        "id",
        map.settings().title().isEmpty() ? "networth" : map.settings().title(),
        "edgedefault",
        "directed");
    for (Node n : map.nodes()) {
      x.open("node", "id", n.id());
      x.text("data", n.label(), "key", "label");
      x.text("data", n.kind().keyword(), "key", "kind");
      n.date().ifPresent(d -> x.text("data", d.toString(), "key", "date"));
      n.until().ifPresent(d -> x.text("data", d.toString(), "key", "until"));
      n.deal()
          .value()
          .ifPresent(
              v ->
                  x.text(
                      "data",
                      v.amount().toPlainString()
                          + (v.currency().isEmpty() ? "" : " " + v.currency()),
                      "key",
                      "value"));
      if (!n.note().isEmpty()) {
        x.text("data", n.note(), "key", "note");
      }
      x.text("data", KindStyle.of(n.kind()).colour(), "key", "colour");
      x.close();
    }
    int e = 0;
    for (Link l : map.links()) {
      x.open("edge", "id", "e" + e++, "source", l.from(), "target", l.to());
      if (!l.kind().isEmpty()) {
        x.text("data", l.kind(), "key", "link_kind");
      }
      l.date().ifPresent(d -> x.text("data", d.toString(), "key", "link_date"));
      if (!l.note().isEmpty()) {
        x.text("data", l.note(), "key", "link_note");
      }
      l.attributes().forEach((k, v) -> x.text("data", v, "key", attributes.id(k)));
      x.close();
    }
    for (Affiliation a : map.affiliations()) {
      x.open("edge", "id", "a" + e++, "source", a.person(), "target", a.organisation());
      x.text("data", "affiliation", "key", "relation");
      x.text("data", a.role().phrase(a.ended()), "key", "role");
      a.since().ifPresent(d -> x.text("data", d.toString(), "key", "since"));
      a.until().ifPresent(d -> x.text("data", d.toString(), "key", "link_until"));
      if (!a.note().isEmpty()) {
        x.text("data", a.note(), "key", "link_note");
      }
      x.close();
    }
    x.close();
    x.close();
    x.finish();
  }
}
