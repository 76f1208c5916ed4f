package networth.render.chart;

import java.util.List;
import java.util.function.DoubleFunction;
import networth.text.Markup;

/**
 * A grouped horizontal bar chart as SVG: one row per category (a channel, a group), one bar per
 * series (an attribution model) in each row, all on one scale from zero, so that the models can be
 * compared at a glance. Each bar carries its value as a tooltip and in {@code data-value}.
 *
 * <p>Written by hand: the report must be one self-contained file and the chart is a few rectangles;
 * a charting library would bring a script or a renderer for far less control over the markup.
 */
public final class BarChart {

  /** The series colours: distinct, and readable when printed in grey. */
  public static final String[] COLOURS = {
    "#1b4965", "#5fa8d3", "#62b6cb", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"
  };

  static final double WIDTH = 760;
  static final double LABEL = 190;
  static final double BAR = 9;
  static final double GAP = 12;
  static final double TOP = 34;

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
    double plot = WIDTH - LABEL - 40;
    double rowHeight = series.size() * BAR + GAP;
    double height = TOP + rows.size() * rowHeight + 30;
    StringBuilder s = new StringBuilder();
    s.append(Svg.open("chart bars", WIDTH, height, title));
    double lx = LABEL;
    for (int k = 0; k < series.size(); k++) {
      s.append("  <rect x=\"")
          .append(Svg.n(lx))
          .append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"")
          .append(COLOURS[k % COLOURS.length])
          .append("\"/><text x=\"")
          .append(Svg.n(lx + 14))
          .append("\" y=\"17\">")
          .append(Markup.escape(series.get(k)))
          .append("</text>\n");
      lx += 22 + series.get(k).length() * 6.5;
    }
    for (int r = 0; r < rows.size(); r++) {
      double y = TOP + r * rowHeight;
      s.append("  <g class=\"row\" data-row=\"").append(Markup.escape(rows.get(r))).append("\">\n");
      s.append("    <text x=\"")
          .append(Svg.n(LABEL - 8))
          .append("\" y=\"")
          .append(Svg.n(y + series.size() * BAR / 2 + 4))
          .append("\" text-anchor=\"end\">")
          .append(Markup.escape(Svg.shorten(rows.get(r), 28)))
          .append("</text>\n");
      for (int k = 0; k < series.size(); k++) {
        double v = values[r][k];
        double w = Double.isNaN(v) || max == 0 ? 0 : Math.abs(v) / max * plot;
        String shown = Double.isNaN(v) ? "n/a" : show.apply(v);
        s.append("    <rect class=\"bar\" data-series=\"")
            .append(Markup.escape(series.get(k)))
            .append("\" data-value=\"")
            .append(Double.isNaN(v) ? "" : Svg.n(v))
            .append("\" x=\"")
            .append(Svg.n(LABEL))
            .append("\" y=\"")
            .append(Svg.n(y + k * BAR))
            .append("\" width=\"")
            .append(Svg.n(w))
            .append("\" height=\"")
            .append(Svg.n(BAR - 1))
            .append("\" fill=\"")
            .append(COLOURS[k % COLOURS.length])
            .append("\"><title>")
            .append(Markup.escape(rows.get(r) + ", " + series.get(k) + ": " + shown))
            .append("</title></rect>\n");
      }
      s.append("  </g>\n");
    }
    double axisY = TOP + rows.size() * rowHeight;
    s.append("  <line x1=\"")
        .append(Svg.n(LABEL))
        .append("\" y1=\"")
        .append(Svg.n(TOP - 4))
        .append("\" x2=\"")
        .append(Svg.n(LABEL))
        .append("\" y2=\"")
        .append(Svg.n(axisY))
        .append("\" stroke=\"#444\"/>\n");
    for (int t = 0; t <= ticks; t++) {
      double x = LABEL + plot * t / ticks;
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
