package networth.render.svg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import networth.analysis.dominance.Dominators;
import networth.graph.MapGraph;
import networth.io.style.GroupStyle;
import networth.io.style.KindStyle;
import networth.model.DealMap;
import networth.model.Group;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.reach.Summary;
import networth.render.chart.Svg;
import networth.render.layout.LayeredLayout;
import networth.render.layout.Picture;
import networth.render.text.Markup;

/**
 * Draws the annotated network map as SVG: a shape and colour per kind, a coloured marker per group,
 * opportunities with their area in proportion to their value, their amount inside and their status
 * beside (won with its date, open with its probability, lost), marked won (double border), open
 * (dashed) or lost (grey, crossed out); link notes with their dates along the links, wrapped; the
 * few {@link Keystones} outlined in bold; a legend, the title and the headline. Every text is
 * escaped, so a label is never markup.
 */
public final class SvgWriter {

  static final double HEADER = 64;

  private SvgWriter() {}

  public static String write(NetworkMap map) {
    return write(map, notice -> {});
  }

  /**
   * The map as SVG; {@code notices} hears, in a sentence, when the map is too large for the layered
   * layout and is drawn in columns instead (see {@link LayeredLayout#of(NetworkMap, Consumer)}).
   */
  public static String write(NetworkMap map, Consumer<String> notices) {
    MapGraph g = MapGraph.of(map);
    Picture p = LayeredLayout.of(map, notices);
    Set<Integer> keystones = Keystones.of(g, Dominators.of(g).heldValue());
    Set<NodeKind> kinds = new LinkedHashSet<>();
    map.nodes().forEach(n -> kinds.add(n.kind()));
    int legendRows = Legend.rows(kinds, map.groups());
    double width = Math.max(p.width(), Legend.width(kinds, map.groups()));
    double height = HEADER + p.height() + legendRows * Legend.ROW + 20;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(n(width))
        .append("\" height=\"")
        .append(n(height))
        .append("\" viewBox=\"0 0 ")
        .append(n(width))
        .append(' ')
        .append(n(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    s.append(
            "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
    s.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    String title = map.settings().title().isEmpty() ? "Network map" : map.settings().title();
    s.append("  <text class=\"title\" x=\"20\" y=\"28\" font-size=\"20\" font-weight=\"bold\">")
        .append(esc(title))
        .append("</text>\n");
    s.append("  <text class=\"headline\" x=\"20\" y=\"50\" font-size=\"13\" fill=\"#333\">")
        .append(esc(headline(map, g)))
        .append("</text>\n");
    s.append("  <g class=\"map\" transform=\"translate(0,").append(n(HEADER)).append(")\">\n");
    for (Picture.Path path : p.paths()) {
      Link l = map.links().get(path.link());
      double[] pts = path.points();
      StringBuilder d = new StringBuilder("M " + n(pts[0]) + " " + n(pts[1]));
      for (int i = 2; i < pts.length; i += 2) {
        d.append(" L ").append(n(pts[i])).append(' ').append(n(pts[i + 1]));
      }
      s.append("    <path class=\"link\" data-from=\"")
          .append(esc(l.from()))
          .append("\" data-to=\"")
          .append(esc(l.to()))
          .append("\" d=\"")
          .append(d)
          .append(
              "\" fill=\"none\" stroke=\"#777\" stroke-width=\"1.4\" marker-end=\"url(#arrow)\"/>\n");
      if (!path.note().isEmpty()) {
        double[] m = path.notePlace();
        s.append("    <text class=\"note\" data-from=\"")
            .append(esc(l.from()))
            .append("\" data-to=\"")
            .append(esc(l.to()))
            .append("\" x=\"")
            .append(n(m[0]))
            .append("\" y=\"")
            .append(n(m[1]))
            .append("\" font-size=\"10\" fill=\"#444\" text-anchor=\"middle\">");
        for (int i = 0; i < path.note().size(); i++) {
          s.append("<tspan x=\"")
              .append(n(m[0]))
              .append(i == 0 ? "\">" : "\" dy=\"" + n(LayeredLayout.NOTE_LINE) + "\">")
              .append(esc(path.note().get(i)))
              .append("</tspan>");
        }
        s.append("</text>\n");
      }
    }
    s.append(AffiliationLines.draw(map, p));
    for (Picture.Box b : p.boxes()) {
      Node node = AffiliationLines.withFacts(map, map.nodes().get(b.node()));
      s.append(box(node, b, keystones.contains(b.node()), map.groupsOf(node.id()), map.groups()));
    }
    s.append("  </g>\n");
    s.append(Legend.svg(kinds, map.groups(), HEADER + p.height() + 10));
    return s.append("</svg>\n").toString();
  }

  private static String headline(NetworkMap map, MapGraph g) {
    // The map says first what the summary and the report say first: its biggest source.
    // Counted as every analysis counts: each further deal of a client as an opportunity.
    NetworkMap counted = DealMap.of(map);
    Summary summary = counted == map ? Summary.of(map, g) : Summary.of(counted);
    if (!summary.sources().isEmpty()) {
      return summary.lead().get(0);
    }
    List<String> lines = summary.headlines();
    return lines.isEmpty() ? summary.opportunities().size() + " opportunities" : lines.get(0);
  }

  private static String box(
      Node node, Picture.Box b, boolean keystone, List<String> groups, List<Group> all) {
    KindStyle style = KindStyle.of(node.kind());
    String stroke = keystone ? "#111" : "#666";
    String width = keystone ? "3" : "1.2";
    String dash = node.kind() == NodeKind.PROSPECT ? " stroke-dasharray=\"5 3\"" : "";
    String fill = style.colour();
    StringBuilder s = new StringBuilder();
    s.append("    <g class=\"node k-")
        .append(node.kind().keyword())
        .append(keystone ? " keystone" : "")
        .append("\" data-id=\"")
        .append(esc(node.id()))
        .append("\">\n");
    s.append("      <title>")
        .append(esc(node.label() + (node.note().isEmpty() ? "" : " — " + node.note())))
        .append("</title>\n");
    double x = b.x();
    double y = b.shapeY();
    double w = b.shapeWidth();
    double h = b.shapeHeight();
    String common =
        " fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"" + width + "\"" + dash;
    switch (node.kind()) {
      case PERSON, UNKNOWN ->
          s.append("      <ellipse cx=\"")
              .append(n(x + w / 2))
              .append("\" cy=\"")
              .append(n(y + h / 2))
              .append("\" rx=\"")
              .append(n(w / 2))
              .append("\" ry=\"")
              .append(n(h / 2))
              .append('"')
              .append(common)
              .append("/>\n");
      case CHANNEL ->
          s.append("      <polygon points=\"")
              .append(polygon(x, y, w, h, 0.18))
              .append('"')
              .append(common)
              .append("/>\n");
      case CLIENT, PROSPECT, LOST -> {
        s.append(rect(x, y, w, h, h / 2, common));
        if (node.kind() == NodeKind.CLIENT) {
          s.append(
              rect(
                  x + 3,
                  y + 3,
                  w - 6,
                  h - 6,
                  h / 2 - 3,
                  " fill=\"none\" stroke=\"#fff\" stroke-width=\"1.5\""));
        }
        if (node.kind() == NodeKind.LOST) {
          s.append("      <line x1=\"")
              .append(n(x + 6))
              .append("\" y1=\"")
              .append(n(y + h / 2))
              .append("\" x2=\"")
              .append(n(x + w - 6))
              .append("\" y2=\"")
              .append(n(y + h / 2))
              .append("\" stroke=\"#666\"/>\n");
        }
      }
      default -> s.append(rect(x, y, w, h, 4, common));
    }
    boolean amount = node.isOpportunity();
    double lineY = y + h / 2 - (b.lines().size() - 1) * 8 + 4;
    for (String line : b.lines()) {
      s.append("      <text class=\"")
          .append(amount ? "amount" : "label")
          .append("\" x=\"")
          .append(n(x + w / 2))
          .append("\" y=\"")
          .append(n(lineY))
          .append("\" font-size=\"12\"")
          .append(amount ? " font-weight=\"bold\"" : "")
          .append(" text-anchor=\"middle\">")
          .append(esc(line))
          .append("</text>\n");
      lineY += 16;
    }
    // Beside an opportunity: its label, then its status in a smaller, quieter type.
    double besideY = b.y() + b.height() / 2 - (b.beside().size() - 1) * 7.5 + 4;
    for (int i = 0; i < b.beside().size(); i++) {
      boolean status = i == b.beside().size() - 1;
      s.append("      <text class=\"")
          .append(status ? "status" : "label")
          .append("\" x=\"")
          .append(n(x + w + 6))
          .append("\" y=\"")
          .append(n(besideY))
          .append(status ? "\" font-size=\"11\" fill=\"#333\">" : "\" font-size=\"12\">")
          .append(esc(b.beside().get(i)))
          .append("</text>\n");
      besideY += 15;
    }
    double mx = x + w - 4;
    for (String group : groups) {
      int i = indexOf(all, group);
      s.append("      <circle class=\"group-marker\" cx=\"")
          .append(n(mx))
          .append("\" cy=\"")
          .append(n(y + 4))
          .append("\" r=\"4\" fill=\"")
          .append(GroupStyle.colour(i))
          .append("\" stroke=\"#fff\"/>\n");
      mx -= 9;
    }
    return s.append("    </g>\n").toString();
  }

  private static String rect(double x, double y, double w, double h, double rx, String attributes) {
    return "      <rect x=\""
        + n(x)
        + "\" y=\""
        + n(y)
        + "\" width=\""
        + n(w)
        + "\" height=\""
        + n(h)
        + "\" rx=\""
        + n(rx)
        + "\""
        + attributes
        + "/>\n";
  }

  static int indexOf(List<Group> groups, String name) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return i;
      }
    }
    return 0;
  }

  private static String polygon(double x, double y, double w, double h, double cut) {
    double c = w * cut;
    List<String> pts = new ArrayList<>();
    double[][] p = {
      {x + c, y},
      {x + w - c, y},
      {x + w, y + h / 2},
      {x + w - c, y + h},
      {x + c, y + h},
      {x, y + h / 2}
    };
    for (double[] q : p) {
      pts.add(n(q[0]) + "," + n(q[1]));
    }
    return String.join(" ", pts);
  }

  /** A number with at most one decimal, the same on every machine. */
  static String n(double v) {
    return Svg.n(v);
  }

  /** Text for SVG: see {@link Markup#escape}. */
  static String esc(String s) {
    return Markup.escape(s);
  }
}
