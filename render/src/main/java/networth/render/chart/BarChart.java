package networth.render.chart;

import java.util.List;
import java.util.function.DoubleFunction;
import networth.io.style.Palette;
import networth.render.layout.LayeredLayout;
import networth.render.text.Markup;

/**
 * A grouped horizontal bar chart as SVG: one row per category (a channel, a group), one bar per
 * series (an attribution model) in each row, all on one scale from zero, so that the models can be
 * compared at a glance. Each bar is labelled with its amount (also its tooltip and {@code
 * data-value}); the colours are the colour-blind-safe {@link Palette}; the labels' column is as
 * wide as the longest label (wrapped onto two lines past {@link #LABEL_WRAP} characters), so the
 * bars take the rest of the width.
 *
 * <p>Written by hand: the report must be one self-contained file and the chart is a few rectangles;
 * a charting library would bring a script or a renderer for far less control over the markup.
 */
public final class BarChart {

  static final double WIDTH = 900;
  static final double BAR = 14;
  static final double GAP = 14;
  static final double TOP = 34;

  /** Characters per line of a row's label before it wraps (it then takes two bars' height). */
  static final int LABEL_WRAP = 24;

  /** Widths of a character at 12 px (row labels) and 10 px (amounts), a little generous. */
  static final double CHAR_12 = 6.8;

  static final double CHAR_10 = 5.8;

  private BarChart() {}

  /**
   * The chart.
   *
   * @param rows the categories, top to bottom
   * @param series the series' names, in the order their bars are drawn within a row
   * @param values {@code values[row][series]}; NaN for no bar (shown as "n/a")
   * @param show how a value is written on its tooltip
   */
  public static String svg(
      String title,
      List<String> rows,
      List<String> series,
      double[][] values,
      DoubleFunction<String> show) {
    double max = 0;
    for (double[] r : values) {
      for (double v : r) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, Math.abs(v));
        }
      }
    }
    double step = niceStep(max / 4);
    int ticks = max == 0 ? 1 : (int) Math.ceil(max / step - 1e-9);
    max = Math.max(step * ticks, max);
    // Measured, not fixed: the labels' column as wide as the longest line, the amounts' room as
    // wide as the longest amount, and the bars take all that is left.
    List<List<String>> labels =
        rows.stream()
            .map(r -> LayeredLayout.wrap(r, LABEL_WRAP).stream().limit(2).toList())
            .toList();
    double label =
        labels.stream()
                .flatMap(List::stream)
                .mapToDouble(l -> l.length() * CHAR_12)
                .max()
                .orElse(40)
            + 16;
    double amounts = 0;
    for (double[] r : values) {
      for (double v : r) {
        amounts = Math.max(amounts, (Double.isNaN(v) ? 3 : show.apply(v).length()) * CHAR_10);
      }
    }
    double plot = WIDTH - label - amounts - 12;
    double rowHeight = series.size() * BAR + GAP;
    double height = TOP + rows.size() * rowHeight + 30;
    StringBuilder s = new StringBuilder();
    s.append(Svg.open("chart bars", WIDTH, height, title));
    double lx = label;
    for (int k = 0; k < series.size(); k++) {
      s.append("  <rect x=\"")
          .append(Svg.n(lx))
          .append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"")
          .append(Palette.colour(k))
          .append("\"/><text x=\"")
          .append(Svg.n(lx + 14))
          .append("\" y=\"17\">")
          .append(Markup.escape(series.get(k)))
          .append("</text>\n");
      lx += 24 + series.get(k).length() * CHAR_12;
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = TOP + r * rowHeight;
      s.append("  <g class=\"row\" data-row=\"").append(Markup.escape(rows.get(r))).append("\">\n");
      List<String> lines = labels.get(r);
      double ly = y + series.size() * BAR / 2 + 4 - (lines.size() - 1) * 7;
      s.append("    <text class=\"label\" x=\"")
          .append(Svg.n(label - 8))
          .append("\" y=\"")
          .append(Svg.n(ly))
          .append("\" text-anchor=\"end\">");
      for (int i = 0; i < lines.size(); i++) {
        boolean cut = i == 1 && LayeredLayout.wrap(rows.get(r), LABEL_WRAP).size() > 2;
        s.append("<tspan x=\"")
            .append(Svg.n(label - 8))
            .append(i == 0 ? "\">" : "\" dy=\"14\">")
            .append(Markup.escape(cut ? lines.get(i) + "…" : lines.get(i)))
            .append("</tspan>");
      }
      s.append("<title>").append(Markup.escape(rows.get(r))).append("</title></text>\n");
      for (int k = 0; k < series.size(); k++) {
        double v = values[r][k];
        double w = Double.isNaN(v) || max == 0 ? 0 : Math.abs(v) / max * plot;
        String shown = Double.isNaN(v) ? "n/a" : show.apply(v);
        s.append("    <rect class=\"bar\" data-series=\"")
            .append(Markup.escape(series.get(k)))
            .append("\" data-value=\"")
            .append(Double.isNaN(v) ? "" : Svg.n(v))
            .append("\" x=\"")
            .append(Svg.n(label))
            .append("\" y=\"")
            .append(Svg.n(y + k * BAR))
            .append("\" width=\"")
            .append(Svg.n(w))
            .append("\" height=\"")
            .append(Svg.n(BAR - 1))
            .append("\" fill=\"")
            .append(Palette.colour(k))
            .append("\"><title>")
            .append(Markup.escape(rows.get(r) + ", " + series.get(k) + ": " + shown))
            .append("</title></rect>")
            .append("<text class=\"amount\" x=\"")
            .append(Svg.n(label + w + 4))
            .append("\" y=\"")
            .append(Svg.n(y + k * BAR + BAR - 4))
            .append("\" font-size=\"10\" fill=\"#333\">")
            .append(Markup.escape(shown))
            .append("</text>\n");
      }
      s.append("  </g>\n");
    }
    double axisY = TOP + rows.size() * rowHeight;
    s.append("  <line x1=\"")
        .append(Svg.n(label))
        .append("\" y1=\"")
        .append(Svg.n(TOP - 4))
        .append("\" x2=\"")
        .append(Svg.n(label))
        .append("\" y2=\"")
        .append(Svg.n(axisY))
        .append("\" stroke=\"#444\"/>\n");
    for (int t = 0; t <= ticks; t++) {
      double x = label + plot * t / ticks;
      s.append("  <text class=\"tick\" x=\"")
          .append(Svg.n(x))
          .append("\" y=\"")
          .append(Svg.n(axisY + 16))
          .append("\" text-anchor=\"middle\" fill=\"#555\" font-size=\"10\">")
          .append(Markup.escape(show.apply(step * t)))
          .append("</text>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** A round step for the axis: 1, 2 or 5 times a power of ten, at least {@code rough}. */
  static double niceStep(double rough) {
    if (!(rough > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= rough * (1 - 1e-12)) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
