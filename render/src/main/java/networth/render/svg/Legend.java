package networth.render.svg;

import static networth.render.svg.SvgWriter.esc;
import static networth.render.svg.SvgWriter.n;

import java.util.List;
import java.util.Set;
import networth.model.Group;
import networth.model.NodeKind;
import networth.style.GroupStyle;
import networth.style.KindStyle;

/**
 * The map's legend: each kind drawn as the map draws it (a lost opportunity grey and crossed out),
 * each group's marker, what an opportunity's size means, and the keystones' rule.
 */
final class Legend {

  static final double ROW = 22;

  private Legend() {}

  /** How many rows the legend takes, its heading included. */
  static int rows(Set<NodeKind> kinds, List<Group> groups) {
    boolean opportunities = kinds.stream().anyMatch(NodeKind::isOpportunity);
    return 1 + kinds.size() + groups.size() + (opportunities ? 1 : 0) + 1;
  }

  static String svg(Set<NodeKind> kinds, List<Group> groups, double top) {
    StringBuilder s = new StringBuilder("  <g class=\"legend\" font-size=\"12\">\n");
    double y = top + 14;
    s.append("    <text x=\"20\" y=\"")
        .append(n(y))
        .append("\" font-weight=\"bold\">Legend</text>\n");
    for (NodeKind k : kinds) {
      y += ROW;
      s.append("    <rect x=\"20\" y=\"")
          .append(n(y - 11))
          .append("\" width=\"22\" height=\"14\" rx=\"3\" fill=\"")
          .append(KindStyle.of(k).colour())
          .append("\" stroke=\"#666\"/>");
      if (k == NodeKind.LOST) {
        s.append("<line x1=\"23\" y1=\"")
            .append(n(y - 4))
            .append("\" x2=\"39\" y2=\"")
            .append(n(y - 4))
            .append("\" stroke=\"#666\"/>");
      }
      s.append("<text x=\"50\" y=\"")
          .append(n(y))
          .append("\">")
          .append(esc(k.keyword()))
          .append("</text>\n");
    }
    for (int i = 0; i < groups.size(); i++) {
      y += ROW;
      s.append("    <circle cx=\"31\" cy=\"")
          .append(n(y - 4))
          .append("\" r=\"5\" fill=\"")
          .append(GroupStyle.colour(i))
          .append("\"/>")
          .append("<text x=\"50\" y=\"")
          .append(n(y))
          .append("\">group ")
          .append(esc(groups.get(i).name()))
          .append("</text>\n");
    }
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
