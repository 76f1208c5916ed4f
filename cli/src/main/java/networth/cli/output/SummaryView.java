package networth.cli.output;

import networth.model.NetworkMap;
import networth.reach.Summary;
import networth.render.report.Tables;
import networth.render.text.TextTable;
import networth.text.Amounts;
import networth.text.MapWords;

/** The summary as text, Markdown or CSV (JSON is the engine's result, printed by ResultJson). */
public final class SummaryView {

  static final String VALUE_BASIS =
      "clients at their value, prospects at value × probability, lost ones not counted";

  private final NetworkMap map;
  private final Summary summary;

  public SummaryView(NetworkMap map, Summary summary) {
    this.map = map;
    this.summary = summary;
  }

  public String render(OutputFormat format) {
    return switch (format) {
      case TEXT -> text();
      case JSON -> throw new IllegalArgumentException("JSON is the engine's: see ResultJson");
      case MD -> markdown();
      case CSV -> table().csv();
    };
  }

  private String title() {
    String t = map.settings().title();
    return (t.isEmpty() ? "Summary" : t)
        + ": "
        + MapWords.count(summary.opportunities().size(), "opportunity", "opportunities")
        + " worth "
        + Amounts.show(summary.totalValue(), summary.currency());
  }

  /** The closing line: how value is counted, and what the lost deals would have been worth. */
  private String closing() {
    String lost =
        summary.lost().isEmpty()
            ? "none in this map"
            : summary.lost().size()
                + " lost, worth "
                + Amounts.show(summary.lostValue(), summary.currency());
    return "Value: " + VALUE_BASIS + " (" + lost + ").\n";
  }

  private String text() {
    StringBuilder out = new StringBuilder(title()).append("\n\n");
    summary.sentences().forEach(h -> out.append(h).append('\n'));
    out.append('\n').append(table().render());
    out.append('\n').append(Tables.WIN_RATE_BASIS).append(".\n");
    out.append(closing());
    return out.toString();
  }

  private String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
    summary.sentences().forEach(h -> out.append("- ").append(h).append('\n'));
    out.append('\n').append(table().markdown());
    out.append('\n').append(Tables.WIN_RATE_BASIS).append(".\n\n");
    out.append(closing());
    return out.toString();
  }

  private TextTable table() {
    return Tables.summary(summary);
  }
}
