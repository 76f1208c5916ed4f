package networth.render.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import networth.render.text.Markup;

/**
 * A two-column flow chart in the manner of a Sankey diagram, as SVG: sources on the left, targets
 * on the right, and a band from a source to a target as thick as the value that flows between them.
 * A node is as tall as the sum of its bands, so every column adds up to the total. Sources are
 * ordered by the value they send, targets by the mean position of their sources, which keeps bands
 * from crossing where it can.
 *
 * <p>Written by hand for the same reason as {@link BarChart}: one self-contained file, a few paths.
 */
public final class FlowChart {

  /** A value flowing from a source to a target. */
  public record Flow(String source, String target, double value) {}

  static final double WIDTH = 900;

  /** Width of a character at 12 px, a little generous. */
  static final double CHAR = 6.8;

  /** Characters of a node's name shown; the whole name is its band's tooltip. */
  static final int NAME_MAX = 32;

  static final double NODE = 14;
  static final double PAD = 8;
  static final double TOP = 10;
  static final double LABEL_HEIGHT = 14;

  private FlowChart() {}

  /**
   * The chart, {@code pixelsPerUnit} chosen so that the taller column fills {@code height}.
   *
   * @param colours a colour for each source's bands (by source name); sources without one are grey
   */
  public static String svg(
      String title,
      List<Flow> flows,
      Map<String, String> colours,
      double height,
      DoubleFunction<String> show) {
    Map<String, Double> sent = new LinkedHashMap<>();
    Map<String, Double> received = new LinkedHashMap<>();
    for (Flow f : flows) {
      if (f.value() > 0) {
        sent.merge(f.source(), f.value(), Double::sum);
        received.merge(f.target(), f.value(), Double::sum);
      }
    }
    List<String> sources = new ArrayList<>(sent.keySet());
    sources.sort(Comparator.comparingDouble((String k) -> -sent.get(k)));
    Map<String, Integer> sourceRank = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      sourceRank.put(sources.get(i), i);
    }
    Map<String, Double> centre = new LinkedHashMap<>();
    for (Flow f : flows) {
      if (f.value() > 0) {
        centre.merge(
            f.target(),
            sourceRank.get(f.source()) * f.value() / received.get(f.target()),
            Double::sum);
      }
    }
    List<String> targets = new ArrayList<>(received.keySet());
    targets.sort(Comparator.comparingDouble(centre::get));
    double total = sent.values().stream().mapToDouble(Double::doubleValue).sum();
    int most = Math.max(sources.size(), targets.size());
    double scale = total == 0 ? 0 : Math.max(0, height - TOP * 2 - PAD * (most - 1)) / total;
    Map<String, Double> sourceY = positions(sources, sent, scale);
    Map<String, Double> targetY = positions(targets, received, scale);
    double chartHeight =
        Math.max(
            height,
            Math.max(
                    bottom(sources, sourceY, sent, scale),
                    bottom(targets, targetY, received, scale))
                + TOP);
    // Each column of labels as wide as its longest label, so that the bands take the rest.
    double x0 = 6 + labelWidth(sources, sent, show);
    double x1 = WIDTH - 6 - NODE - labelWidth(targets, received, show);
    StringBuilder s = new StringBuilder();
    s.append(Svg.open("chart flow", WIDTH, chartHeight, title));
    Map<String, Double> sourceNext = new LinkedHashMap<>(sourceY);
    Map<String, Double> targetNext = new LinkedHashMap<>(targetY);
    List<Flow> drawn = new ArrayList<>(flows.stream().filter(f -> f.value() > 0).toList());
    drawn.sort(
        Comparator.comparingInt((Flow f) -> sourceRank.get(f.source()))
            .thenComparingDouble(f -> targetY.get(f.target())));
    for (Flow f : drawn) {
      double h = f.value() * scale;
      double ys = sourceNext.merge(f.source(), h, Double::sum) - h;
      double yt = targetNext.merge(f.target(), h, Double::sum) - h;
      double xm = (x0 + NODE + x1) / 2;
      String d =
          "M "
              + Svg.n(x0 + NODE)
              + " "
              + Svg.n(ys)
              + " C "
              + Svg.n(xm)
              + " "
              + Svg.n(ys)
              + ", "
              + Svg.n(xm)
              + " "
              + Svg.n(yt)
              + ", "
              + Svg.n(x1)
              + " "
              + Svg.n(yt)
              + " L "
              + Svg.n(x1)
              + " "
              + Svg.n(yt + h)
              + " C "
              + Svg.n(xm)
              + " "
              + Svg.n(yt + h)
              + ", "
              + Svg.n(xm)
              + " "
              + Svg.n(ys + h)
              + ", "
              + Svg.n(x0 + NODE)
              + " "
              + Svg.n(ys + h)
              + " Z";
      s.append("  <path class=\"band\" data-from=\"")
          .append(Markup.escape(f.source()))
          .append("\" data-to=\"")
          .append(Markup.escape(f.target()))
          .append("\" data-value=\"")
          .append(Svg.n(f.value()))
          .append("\" d=\"")
          .append(d)
          .append("\" fill=\"")
          .append(colours.getOrDefault(f.source(), "#999999"))
          .append("\" fill-opacity=\"0.45\"><title>")
          .append(Markup.escape(f.source() + " → " + f.target() + ": " + show.apply(f.value())))
          .append("</title></path>\n");
    }
    for (String src : sources) {
      s.append(
          node(
              src,
              x0,
              sourceY.get(src),
              sent.get(src) * scale,
              sent.get(src),
              show,
              true,
              colours.getOrDefault(src, "#999999")));
    }
    for (String t : targets) {
      s.append(
          node(
              t,
              x1,
              targetY.get(t),
              received.get(t) * scale,
              received.get(t),
              show,
              false,
              "#555555"));
    }
    return s.append("</svg>\n").toString();
  }

  private static double labelWidth(
      List<String> names, Map<String, Double> totals, DoubleFunction<String> show) {
    return names.stream()
        .mapToDouble(n -> label(n, totals.get(n), show).length() * CHAR)
        .max()
        .orElse(0);
  }

  private static String label(String name, double value, DoubleFunction<String> show) {
    return Svg.shorten(name, NAME_MAX) + " " + show.apply(value);
  }

  /** Where the last node of a column ends. */
  private static double bottom(
      List<String> names, Map<String, Double> y, Map<String, Double> totals, double scale) {
    if (names.isEmpty()) {
      return TOP;
    }
    String last = names.get(names.size() - 1);
    return y.get(last) + Math.max(totals.get(last) * scale, LABEL_HEIGHT);
  }

  private static Map<String, Double> positions(
      List<String> names, Map<String, Double> totals, double scale) {
    Map<String, Double> y = new LinkedHashMap<>();
    double at = TOP;
    for (String name : names) {
      y.put(name, at);
      // A small node still takes a label's height, so that labels never overlap.
      at += Math.max(totals.get(name) * scale, LABEL_HEIGHT) + PAD;
    }
    return y;
  }

  private static String node(
      String name,
      double x,
      double y,
      double h,
      double value,
      DoubleFunction<String> show,
      boolean left,
      String colour) {
    double tx = left ? x - 6 : x + NODE + 6;
    return "  <g class=\"flow-node\" data-name=\""
        + Markup.escape(name)
        + "\"><rect x=\""
        + Svg.n(x)
        + "\" y=\""
        + Svg.n(y)
        + "\" width=\""
        + Svg.n(NODE)
        + "\" height=\""
        + Svg.n(Math.max(h, 1))
        + "\" fill=\""
        + colour
        + "\"/><text x=\""
        + Svg.n(tx)
        + "\" y=\""
        + Svg.n(y + h / 2 + 4)
        + "\" text-anchor=\""
        + (left ? "end" : "start")
        + "\">"
        + Markup.escape(label(name, value, show))
        + "</text></g>\n";
  }
}
