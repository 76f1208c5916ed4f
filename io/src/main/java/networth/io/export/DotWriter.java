package networth.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import networth.io.style.KindStyle;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Writes a map as a Graphviz DOT digraph: origins on the left, a shape and colour per kind, the
 * links' kinds as labels and their notes as tooltips; affiliations as dashed lines labelled with
 * their roles. Every identifier is a quoted string, escaped.
 */
public final class DotWriter {

  private DotWriter() {}

  public static String write(NetworkMap map) {
    StringBuilder text = new StringBuilder();
    try {
      write(map, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder throws none
    }
    return text.toString();
  }

  /** The same text written to {@code to} a statement at a time, never held whole. */
  public static void write(NetworkMap map, Appendable to) throws IOException {
    StringBuilder out = new StringBuilder();
    String title = map.settings().title();
    out.append("digraph ").append(quote(title.isEmpty() ? "networth" : title)).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [style=filled, fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (Node n : map.nodes()) {
      KindStyle s = KindStyle.of(n.kind());
      out.append("  ")
          .append(quote(n.id()))
          .append(" [label=")
          .append(quote(n.label()))
          .append(", shape=")
          .append(s.dotShape())
          .append(", fillcolor=")
          .append(quote(s.colour()));
      if (!n.note().isEmpty()) {
        out.append(", tooltip=").append(quote(n.note()));
      }
      out.append("];\n");
      to.append(out);
      out.setLength(0);
    }
    for (Link l : map.links()) {
      out.append("  ").append(quote(l.from())).append(" -> ").append(quote(l.to()));
      List<String> attributes = new java.util.ArrayList<>();
      String label = l.kind() + l.date().map(d -> (l.kind().isEmpty() ? "" : " ") + d).orElse("");
      if (!label.isEmpty()) {
        attributes.add("label=" + quote(label));
      }
      if (!l.note().isEmpty()) {
        attributes.add("tooltip=" + quote(l.note()));
      }
      if (!attributes.isEmpty()) {
        out.append(" [").append(String.join(", ", attributes)).append(']');
      }
      out.append(";\n");
      to.append(out);
      out.setLength(0);
    }
    // Affiliations are no routes: dashed, without an arrowhead, and kept out of the ranking so that
    // the layers stay those the links make.
    for (Affiliation a : map.affiliations()) {
      out.append("  ")
          .append(quote(a.person()))
          .append(" -> ")
          .append(quote(a.organisation()))
          .append(" [label=")
          .append(quote(a.role().phrase(a.ended())))
          .append(", style=dashed, arrowhead=none, constraint=false");
      if (!a.note().isEmpty()) {
        out.append(", tooltip=").append(quote(a.note()));
      }
      out.append("];\n");
      to.append(out);
      out.setLength(0);
    }
    to.append(out.append("}\n"));
  }

  /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as \n. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> {}
        default -> q.append(c);
      }
    }
    return q.append('"').toString();
  }
}
