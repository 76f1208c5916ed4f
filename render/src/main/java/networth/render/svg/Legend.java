package networth.render.svg;

import static networth.render.svg.SvgWriter.esc;
import static networth.render.svg.SvgWriter.n;

import java.util.List;
import java.util.Set;
import networth.io.style.GroupStyle;
import networth.io.style.KindStyle;
import networth.model.Group;
import networth.model.NodeKind;

/**
 * The map's legend: each kind drawn as the map draws it (a lost opportunity grey and crossed out),
 * each group's marker, what an opportunity's size means, and the keystones' rule. Kinds and groups
 * run in rows of {@link #PER_ROW}, so that the legend adds little to the map's height (a tall
 * legend would push the printed map off a page it would otherwise fit).
 */
final class Legend {

  static final double ROW = 22;

  /** Entries (kinds and groups) on one row of the legend, and the width each takes. */
  static final int PER_ROW = 7;

  static final double ENTRY = 140;

  private Legend() {}

  /** How many rows the legend takes, its heading included. */
  static int rows(Set<NodeKind> kinds, List<Group> groups) {
    boolean opportunities = kinds.stream().anyMatch(NodeKind::isOpportunity);
    int entries = kinds.size() + groups.size();
    return 1 + (entries + PER_ROW - 1) / PER_ROW + (opportunities ? 1 : 0) + 1;
  }

  /** The width the legend needs: its longest row of entries, or its sentences (about 700). */
  static double width(Set<NodeKind> kinds, List<Group> groups) {
    int entries = Math.min(PER_ROW, kinds.size() + groups.size());
    return Math.max(20 + entries * ENTRY, 720);
  }

  static String svg(Set<NodeKind> kinds, List<Group> groups, double top) {
    StringBuilder s = new StringBuilder("  <g class=\"legend\" font-size=\"12\">\n");
    double y = top + 14;
    s.append("    <text x=\"20\" y=\"")
        .append(n(y))
        .append("\" font-weight=\"bold\">Legend</text>\n");
    int entry = 0;
    double rowY = y;
    for (NodeKind k : kinds) {
      double x = 20 + (entry % PER_ROW) * ENTRY;
      rowY = y + (entry / PER_ROW + 1) * ROW;
      entry++;
      s.append("    <rect x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(rowY - 11))
          .append("\" width=\"22\" height=\"14\" rx=\"3\" fill=\"")
          .append(KindStyle.of(k).colour())
          .append("\" stroke=\"#666\"/>");
      if (k == NodeKind.LOST) {
        s.append("<line x1=\"")
            .append(n(x + 3))
            .append("\" y1=\"")
            .append(n(rowY - 4))
            .append("\" x2=\"")
            .append(n(x + 19))
            .append("\" y2=\"")
            .append(n(rowY - 4))
            .append("\" stroke=\"#666\"/>");
      }
      s.append("<text x=\"")
          .append(n(x + 30))
          .append("\" y=\"")
          .append(n(rowY))
          .append("\">")
          .append(esc(k.keyword()))
          .append("</text>\n");
    }
    for (int i = 0; i < groups.size(); i++) {
      double x = 20 + (entry % PER_ROW) * ENTRY;
      rowY = y + (entry / PER_ROW + 1) * ROW;
      entry++;
      s.append("    <circle cx=\"")
          .append(n(x + 11))
          .append("\" cy=\"")
          .append(n(rowY - 4))
          .append("\" r=\"5\" fill=\"")
          .append(GroupStyle.colour(i))
          .append("\"/>")
          .append("<text x=\"")
          .append(n(x + 30))
          .append("\" y=\"")
          .append(n(rowY))
          .append("\">group ")
          .append(esc(groups.get(i).name()))
          .append("</text>\n");
    }
    y = rowY;
    if (kinds.stream().anyMatch(NodeKind::isOpportunity)) {
      y += ROW;
      s.append("    <text x=\"50\" y=\"")
          .append(n(y))
          .append("\">opportunity: its area in proportion to its value; won with its date, open")
          .append(" with its probability, or lost</text>\n");
    }
    y += ROW;
    s.append("    <rect x=\"20\" y=\"")
        .append(n(y - 11))
        .append("\" width=\"22\" height=\"14\" fill=\"none\" stroke=\"#111\" stroke-width=\"3\"/>")
        .append("<text x=\"50\" y=\"")
        .append(n(y))
        .append("\">")
        .append(esc(Keystones.RULE))
        .append("</text>\n");
    return s.append("  </g>\n").toString();
  }
}
