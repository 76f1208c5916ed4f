package networth.render.chart;

import java.util.Locale;

/** Small helpers for writing SVG by hand: numbers the same on every machine, shortened labels. */
public final class Svg {

  private Svg() {}

  /** A number with at most one decimal, the same on every machine: 12, 12.5, -3. */
  public static String n(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      // A whole number, most coordinates: no formatter needed ("-0" included, as 0).
      return Long.toString((long) v);
    }
    // Locale.US, not ROOT: the same digits and point, but the formatter then skips building the
    // locale's symbols on every call, which made a picture of 200,000 nodes take half a minute.
    String s = String.format(Locale.US, "%.1f", v);
    s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    return s.equals("-0") ? "0" : s;
  }

  /** The text cut to at most {@code max} characters, ending with an ellipsis when cut. */
  public static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The opening of a chart: its size, class, font and title (read out by screen readers). */
  public static String open(String cssClass, double width, double height, String title) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\""
        + cssClass
        + "\" width=\""
        + n(width)
        + "\" height=\""
        + n(height)
        + "\" viewBox=\"0 0 "
        + n(width)
        + " "
        + n(height)
        + "\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        + "  <title>"
        + networth.render.text.Markup.escape(title)
        + "</title>\n";
  }
}
