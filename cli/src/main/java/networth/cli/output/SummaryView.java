package networth.cli.output;

import java.util.ArrayList;
import java.util.List;
import networth.engine.result.SummaryResult;
import networth.model.NetworkMap;
import networth.render.report.Tables;
import networth.render.text.Markup;
import networth.render.text.TextTable;
import networth.text.Amounts;
import networth.text.MapWords;

/** The summary as text, Markdown or CSV (JSON is the engine's result, printed by ResultJson). */
public final class SummaryView {

  static final String VALUE_BASIS =
      "clients at their value, prospects at value × probability, lost ones not counted";

  private final NetworkMap map;
  private final SummaryResult summary;

  /**
   * @param map the map summarised, for its groups' titles
   * @param summary the engine's answer
   */
  public SummaryView(NetworkMap map, SummaryResult summary) {
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
    String t = summary.title();
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
    sentences().forEach(h -> out.append(h).append('\n'));
    out.append('\n').append(table().render());
    out.append('\n').append(Tables.WIN_RATE_BASIS).append(".\n");
    out.append(closing());
    return out.toString();
  }

  private String markdown() {
    // The title and the headlines carry the map's own text: escaped, so it shows as written.
    StringBuilder out = new StringBuilder("# ").append(Markup.markdown(title())).append("\n\n");
    sentences().forEach(h -> out.append("- ").append(Markup.markdown(h)).append('\n'));
    out.append('\n').append(table().markdown());
    out.append('\n').append(Tables.WIN_RATE_BASIS).append(".\n\n");
    out.append(closing());
    return out.toString();
  }

  private TextTable table() {
    return Tables.summary(map, summary);
  }

  /** What a person says first, then the headline of each group and each channel. */
  private List<String> sentences() {
    List<String> lines = new ArrayList<>(summary.lead());
    summary.groups().forEach(g -> lines.add(g.headline()));
    summary.channels().forEach(c -> lines.add(c.headline()));
    return lines;
  }
}
