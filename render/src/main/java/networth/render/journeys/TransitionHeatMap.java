package networth.render.journeys;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import networth.journeys.markov.MarkovChain;
import networth.journeys.markov.Transition;
import networth.render.text.Markup;

/**
 * The transition matrix of a chain of order 1 as an SVG heat map: one row per state left ({@code
 * (start)} and each channel), one column per state entered (each channel, then {@code (conversion)}
 * and {@code (null)}), each cell coloured by the share of the journeys leaving its row that go to
 * its column, and labelled with it. Deterministic: the same chain and order always give the same
 * bytes.
 */
final class TransitionHeatMap {

  private static final int CELL_W = 58;
  private static final int CELL_H = 26;
  private static final int LABEL_CHARS = 18;
  private static final double CHAR_W = 7.2;
  private static final String CONVERSION = "(conversion)";
  private static final String NULL = "(null)";
  private static final String START = "(start)";

  private TransitionHeatMap() {}

  /**
   * The heat map of {@code chain} (of order 1), rows and columns with the channels in {@code
   * channels}' order.
   */
  static String svg(MarkovChain chain, List<String> channels) {
    Map<String, Map<String, Double>> journeys = new HashMap<>();
    Map<String, Double> leaving = new HashMap<>();
    for (Transition t : chain.transitions()) {
      String from = state(t.from());
      String to = state(t.to());
      journeys.computeIfAbsent(from, k -> new HashMap<>()).merge(to, t.journeys(), Double::sum);
      leaving.merge(from, t.journeys(), Double::sum);
    }
    List<String> rows = new java.util.ArrayList<>();
    rows.add(START);
    rows.addAll(channels);
    List<String> columns = new java.util.ArrayList<>(channels);
    columns.add(CONVERSION);
    columns.add(NULL);
    int labelW = (int) Math.ceil(longest(rows) * CHAR_W) + 12;
    // Column labels run up and to the right at 45°: as much room above as to the right.
    int slant = (int) Math.ceil(longest(columns) * CHAR_W * 0.71);
    int headH = slant + 24;
    int width = labelW + columns.size() * CELL_W + slant;
    int height = headH + rows.size() * CELL_H + 8;
    // Drawn at its own size (the report's charts stretch to the page's width, which would blow a
    // matrix of two channels up to a wall of colour); a wider one scrolls in its frame.
    StringBuilder s = new StringBuilder();
    s.append(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                    + " height=\"%d\" style=\"min-width:0;width:auto\" role=\"img\" aria-label=\"Transition probabilities from each"
                    + " state to the next\" font-family=\"system-ui, sans-serif\""
                    + " font-size=\"12\">\n",
                width,
                height,
                width,
                height))
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
    for (int c = 0; c < columns.size(); c++) {
      double x = labelW + c * CELL_W + CELL_W / 2.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" transform=\"rotate(-45 %.1f %d)\" fill=\"#333\">%s</text>\n",
              x - 4,
              headH - 6,
              x - 4,
              headH - 6,
              label(columns.get(c))));
    }
    for (int r = 0; r < rows.size(); r++) {
      String from = rows.get(r);
      int y = headH + r * CELL_H;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#333\">%s</text>\n",
              labelW - 8,
              y + CELL_H / 2 + 4,
              label(from)));
      Map<String, Double> out = journeys.getOrDefault(from, Map.of());
      double total = leaving.getOrDefault(from, 0.0);
      for (int c = 0; c < columns.size(); c++) {
        String to = columns.get(c);
        double p = total > 0 ? out.getOrDefault(to, 0.0) / total : 0;
        int x = labelW + c * CELL_W;
        s.append(
            String.format(
                Locale.ROOT,
                "<g><title>%s → %s: %s of the journeys leaving %s</title>"
                    + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                    + " stroke=\"#fff\"/>",
                Markup.escape(from),
                Markup.escape(to),
                Figures.percent(p),
                Markup.escape(from),
                x,
                y,
                CELL_W,
                CELL_H,
                colour(p)));
        if (p > 0) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>",
                  x + CELL_W / 2,
                  y + CELL_H / 2 + 4,
                  p >= 0.45 ? "#fff" : "#1b2a3a",
                  shortPercent(p)));
        }
        s.append("</g>\n");
      }
    }
    return s.append("</svg>\n").toString();
  }

  /** A state's name: a channel, or one of the ends. */
  private static String state(List<String> state) {
    return String.join(",", state);
  }

  /** A label cut to fit its room; the cell's title says the whole name. */
  private static String label(String name) {
    String cut =
        name.codePointCount(0, name.length()) > LABEL_CHARS
            ? name.substring(0, name.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…"
            : name;
    return Markup.escape(cut);
  }

  private static int longest(List<String> names) {
    int most = 0;
    for (String n : names) {
      most = Math.max(most, Math.min(LABEL_CHARS, n.codePointCount(0, n.length())));
    }
    return most;
  }

  /** "42%", or "<1%" for a step some journeys made but fewer than one in a hundred. */
  private static String shortPercent(double p) {
    long whole = Math.round(p * 100);
    return whole == 0 ? "<1%" : whole + "%";
  }

  /**
   * White to the report's deep blue by probability; the square root spreads the small shares, which
   * most cells hold, over more of the scale.
   */
  private static String colour(double p) {
    if (p <= 0) {
      return "#f4f6f8";
    }
    double t = Math.sqrt(Math.min(1, p));
    int r = (int) Math.round(235 + (22 - 235) * t);
    int g = (int) Math.round(243 + (78 - 243) * t);
    int b = (int) Math.round(251 + (140 - 251) * t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
