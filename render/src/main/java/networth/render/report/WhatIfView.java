package networth.render.report;

import java.util.List;
import networth.engine.exact.Loss;
import networth.graph.MapGraph;
import networth.render.text.TextTable;
import networth.text.MapWords;

/**
 * What a loss means, as a sentence and a table: shown by {@code networth whatif} and by the report,
 * so both say the same thing. Percentages are of the engine's unrounded shares, rounded once here.
 */
public final class WhatIfView {

  private WhatIfView() {}

  /**
   * In one sentence: "Without LinkedIn: 2 opportunities would be lost (Prospect 2, Prospect 3),
   * £31,500 at risk (13% of the value); 1 more would be weakened (Client 1)."
   *
   * @param without what was taken away, in words
   */
  public static String sentence(MapWords w, MapGraph g, String without, Loss o) {
    StringBuilder s = new StringBuilder("Without ").append(without).append(": ");
    if (o.lost().isEmpty()) {
      s.append("no opportunity would be lost");
    } else {
      s.append(MapWords.count(o.lost().size(), "opportunity", "opportunities"))
          .append(" would be lost (")
          .append(String.join(", ", labels(w, g, o.lost())))
          .append("), ")
          .append(w.money(o.valueAtRisk()))
          .append(" at risk")
          .append(
              o.total() > 0 ? " (" + percent(o.valueAtRisk() / o.total()) + " of the value)" : "");
    }
    if (!o.weakened().isEmpty()) {
      s.append("; ")
          .append(o.weakened().size())
          .append(" more would be weakened (")
          .append(String.join(", ", labels(w, g, o.weakened())))
          .append(")");
    }
    return s.append('.').toString();
  }

  /** Each opportunity lost, then each weakened, with its value and the share of routes lost. */
  public static TextTable table(MapWords w, MapGraph g, Loss o) {
    TextTable t = new TextTable("OPPORTUNITY", "FATE", ">VALUE", ">ROUTES LOST");
    for (Loss.Fate f : o.lost()) {
      t.row(label(w, g, f), "lost", w.money(f.value()), "all");
    }
    for (Loss.Fate f : o.weakened()) {
      t.row(label(w, g, f), "weakened", w.money(f.value()), percent(f.routesLost()));
    }
    return t;
  }

  /** A share 0–1 as a whole percentage: "13%". */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static String label(MapWords w, MapGraph g, Loss.Fate f) {
    return w.label(g.indexOf(f.id()).orElseThrow());
  }

  static List<String> labels(MapWords w, MapGraph g, List<Loss.Fate> fates) {
    return fates.stream().map(f -> label(w, g, f)).toList();
  }
}
