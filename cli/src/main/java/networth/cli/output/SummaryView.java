package networth.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import networth.model.NetworkMap;
import networth.reach.Summary;
import networth.reach.Touch;
import networth.text.Amounts;
import networth.text.MapWords;
import networth.text.TextTable;

/** The summary as text, JSON or Markdown (keys in docs/json-output.md). */
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
      case JSON -> json();
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

  private String text() {
    StringBuilder out = new StringBuilder(title()).append("\n\n");
    summary.headlines().forEach(h -> out.append(h).append('\n'));
    out.append('\n').append(table().render());
    out.append("\nValue: ").append(VALUE_BASIS).append(".\n");
    return out.toString();
  }

  private String markdown() {
    StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
    summary.headlines().forEach(h -> out.append("- ").append(h).append('\n'));
    out.append('\n').append(table().markdown());
    out.append("\nValue: ").append(VALUE_BASIS).append(".\n");
    return out.toString();
  }

  private TextTable table() {
    TextTable t = new TextTable("", "NAME", ">TOUCHED", ">DIRECT", ">INDIRECT", ">VALUE", ">SHARE");
    summary.groups().forEach(g -> row(t, "group", g));
    summary.channels().forEach(c -> row(t, "channel", c));
    return t;
  }

  private void row(TextTable t, String kind, Touch touch) {
    t.row(
        kind,
        touch.title(),
        touch.count() + " of " + summary.opportunities().size(),
        String.valueOf(touch.direct().size()),
        String.valueOf(touch.indirect().size()),
        Amounts.show(touch.value(), summary.currency()),
        summary.percentOfValue(touch) + "%");
  }

  private String json() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", map.settings().title());
    doc.put("currency", summary.currency());
    doc.put("valueBasis", VALUE_BASIS);
    doc.put("opportunities", summary.opportunities());
    doc.put("totalValue", summary.totalValue().stripTrailingZeros());
    doc.put("groups", summary.groups().stream().map(t -> touch(t, "group")).toList());
    doc.put("channels", summary.channels().stream().map(t -> touch(t, "channel")).toList());
    return Json.write(doc);
  }

  private Map<String, Object> touch(Touch t, String kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    if (kind.equals("channel")) {
      m.put("label", t.title());
    }
    m.put("members", t.members());
    m.put("touched", t.touched());
    m.put("direct", t.direct());
    m.put("indirect", t.indirect());
    m.put("value", t.value().stripTrailingZeros());
    m.put("share", share(t));
    m.put("headline", summary.headline(t));
    return m;
  }

  private BigDecimal share(Touch t) {
    if (summary.totalValue().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return t.value().divide(summary.totalValue(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
