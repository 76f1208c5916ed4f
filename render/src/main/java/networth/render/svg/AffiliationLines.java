package networth.render.svg;

import static networth.render.svg.SvgWriter.esc;
import static networth.render.svg.SvgWriter.n;

import java.util.ArrayList;
import java.util.List;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.render.layout.Picture;

/**
 * Draws the map's affiliations ("Sam works at Northwind") once the links have placed the boxes:
 * each a thin dashed curve between the two boxes, labelled with its role. They take no part in the
 * layout, so the layers stay those of the routes; the curve bows to one side so that it does not
 * hide a link drawn straight between the same two nodes.
 */
final class AffiliationLines {

  /** How far the curve's control point stands off the straight line, in pixels. */
  static final double BOW = 40;

  private AffiliationLines() {}

  static String draw(NetworkMap map, Picture picture) {
    StringBuilder s = new StringBuilder();
    List<Picture.Box> boxes = picture.boxes();
    for (Affiliation a : map.affiliations()) {
      Picture.Box from = boxes.get(map.indexOf(a.person()).orElseThrow());
      Picture.Box to = boxes.get(map.indexOf(a.organisation()).orElseThrow());
      s.append(curve(a, map, from, to));
    }
    return s.toString();
  }

  private static String curve(Affiliation a, NetworkMap map, Picture.Box from, Picture.Box to) {
    double dx = to.centreX() - from.centreX();
    double dy = to.centreY() - from.centreY();
    double length = Math.max(1e-9, Math.hypot(dx, dy));
    double[] start = edge(from, dx, dy);
    double[] end = edge(to, -dx, -dy);
    // The control point stands off the middle, square to the line and above it, where the layout
    // leaves room between rows (it puts most link notes below their links).
    double up = dx < 0 ? -1 : 1;
    double cx = (start[0] + end[0]) / 2 + up * dy / length * BOW;
    double cy = (start[1] + end[1]) / 2 - up * dx / length * BOW;
    // The curve's own middle (t = 1/2) is a quarter of each end and half the control point.
    double mx = (start[0] + end[0]) / 4 + cx / 2;
    double my = (start[1] + end[1]) / 4 + cy / 2;
    String data =
        " data-person=\""
            + esc(a.person())
            + "\" data-organisation=\""
            + esc(a.organisation())
            + "\" data-role=\""
            + esc(a.role().phrase(a.ended()))
            + "\"";
    String said =
        a.sentence(map.label(a.person()), map.label(a.organisation()))
            + a.since().map(d -> " since " + d).orElse("")
            + a.until().map(d -> " until " + d).orElse("")
            + (a.note().isEmpty() ? "" : " — " + a.note());
    return "    <g class=\"affiliation\""
        + data
        + "><title>"
        + esc(said)
        + "</title>\n"
        + "      <path class=\"affiliation\" d=\"M "
        + n(start[0])
        + " "
        + n(start[1])
        + " Q "
        + n(cx)
        + " "
        + n(cy)
        + " "
        + n(end[0])
        + " "
        + n(end[1])
        + "\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n"
        + "      <text class=\"role\" x=\""
        + n(mx)
        + "\" y=\""
        + n(my - 3)
        + "\" font-size=\"10\" font-style=\"italic\" fill=\"#666\" text-anchor=\"middle\">"
        + esc(a.role().phrase(a.ended()))
        + "</text>\n    </g>\n";
  }

  private static double[] edge(Picture.Box b, double dx, double dy) {
    return edge(b.centreX(), b.centreY(), b.width(), b.height(), dx, dy);
  }

  /**
   * Where a line from the centre ({@code cx}, {@code cy}) of a box {@code w} × {@code h} in
   * direction ({@code dx}, {@code dy}) leaves the box.
   */
  static double[] edge(double cx, double cy, double w, double h, double dx, double dy) {
    double tx = dx == 0 ? Double.POSITIVE_INFINITY : (w / 2) / Math.abs(dx);
    double ty = dy == 0 ? Double.POSITIVE_INFINITY : (h / 2) / Math.abs(dy);
    double t = Math.min(Math.min(tx, ty), 1);
    return new double[] {cx + dx * t, cy + dy * t};
  }

  /**
   * The node with its affiliations joined to its note, which its box shows as a tooltip (on the map
   * and in the report): "works at Northwind" for Sam, "Sam works here" for Northwind.
   */
  static Node withFacts(NetworkMap map, Node node) {
    List<String> facts = new ArrayList<>();
    if (!node.note().isEmpty()) {
      facts.add(node.note());
    }
    for (Affiliation a : map.affiliationsOf(node.id())) {
      facts.add(
          a.person().equals(node.id())
              ? a.role().phrase(a.ended()) + " " + map.label(a.organisation())
              : map.label(a.person()) + " " + here(a));
    }
    return facts.isEmpty() ? node : node.withNote(String.join("; ", facts));
  }

  /** What an organisation's tooltip says of someone who belongs to it. */
  static String here(Affiliation a) {
    boolean ended = a.ended();
    return switch (a.role()) {
      case WORKS_AT -> ended ? "worked here" : "works here";
      case OWNS -> ended ? "owned it" : "owns it";
      case FOUNDED -> "founded it";
      case MEMBER_OF -> ended ? "was a member" : "is a member";
    };
  }
}
