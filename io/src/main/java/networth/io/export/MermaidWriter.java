package networth.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import networth.io.style.KindStyle;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Writes a map as a Mermaid flowchart (left to right): nodes get short ids (n0, n1…) since Mermaid
 * ids cannot hold spaces or marks, their labels go in quotes with Mermaid's entity codes for quotes
 * and angle brackets, and each kind becomes a class with its colour. Affiliations are dotted lines
 * without arrows ({@code -.-}), labelled with their roles.
 */
public final class MermaidWriter {

  private MermaidWriter() {}

  public static String write(NetworkMap map) {
    StringBuilder text = new StringBuilder();
    try {
      write(map, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder throws none
    }
    return text.toString();
  }

  /** The same text written to {@code to} a line at a time, never held whole. */
  public static void write(NetworkMap map, Appendable to) throws IOException {
    StringBuilder out = new StringBuilder("flowchart LR\n");
    Map<String, String> ids = new HashMap<>();
    for (Node n : map.nodes()) {
      String id = "n" + ids.size();
      ids.put(n.id(), id);
      KindStyle s = KindStyle.of(n.kind());
      out.append("  ")
          .append(id)
          .append(s.mermaidOpen())
          .append('"')
          .append(text(n.label()))
          .append('"')
          .append(s.mermaidClose())
          .append(":::k_")
          .append(n.kind().keyword())
          .append('\n');
      to.append(out);
      out.setLength(0);
    }
    for (Link l : map.links()) {
      String label = l.kind() + l.date().map(d -> (l.kind().isEmpty() ? "" : " ") + d).orElse("");
      out.append("  ")
          .append(ids.get(l.from()))
          .append(label.isEmpty() ? " --> " : " -->|\"" + text(label) + "\"| ")
          .append(ids.get(l.to()))
          .append('\n');
      to.append(out);
      out.setLength(0);
    }
    for (Affiliation a : map.affiliations()) {
      out.append("  ")
          .append(ids.get(a.person()))
          .append(" -.-|\"")
          .append(text(a.role().phrase(a.ended())))
          .append("\"| ")
          .append(ids.get(a.organisation()))
          .append('\n');
      to.append(out);
      out.setLength(0);
    }
    for (NodeKind k : NodeKind.values()) {
      out.append("  classDef k_")
          .append(k.keyword())
          .append(" fill:")
          .append(KindStyle.of(k).colour())
          .append('\n');
      to.append(out);
      out.setLength(0);
    }
    to.append(out);
  }

  /** Text inside Mermaid quotes: entity codes for the marks Mermaid or a browser would read. */
  static String text(String s) {
    StringBuilder t = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> t.append("#quot;");
        case '<' -> t.append("#lt;");
        case '>' -> t.append("#gt;");
        case '&' -> t.append("#amp;");
        case '#' -> t.append("#35;");
        case '\n', '\r' -> t.append(' ');
        default -> t.append(c);
      }
    }
    return t.toString();
  }
}
