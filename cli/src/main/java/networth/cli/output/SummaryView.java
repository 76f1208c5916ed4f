package networth.cli.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.model.Cost;
import networth.model.NetworkMap;
import networth.reach.Source;
import networth.reach.Summary;
import networth.reach.Touch;
import networth.reach.WinRate;
import networth.render.report.Tables;
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

  /** The most opportunity ids the sources list in all before they give counts alone. */
  static final long SOURCE_IDS_MAX = 1_000_000;

  private String json() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("title", map.settings().title());
    doc.put("lead", summary.lead());
    doc.put("currency", summary.currency());
    doc.put("valueBasis", VALUE_BASIS);
    doc.put("opportunities", summary.opportunities());
    doc.put("totalValue", summary.totalValue().stripTrailingZeros());
    doc.put("lost", summary.lost());
    doc.put("lostValue", summary.lostValue().stripTrailingZeros());
    doc.put("groups", summary.groups().stream().map(t -> touch(t, "group")).toList());
    doc.put("channels", summary.channels().stream().map(t -> touch(t, "channel")).toList());
    doc.put("sources", summary.sources().stream().map(this::source).toList());
    return Json.write(doc);
  }

  private Map<String, Object> touch(Touch t, String kind) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", t.name());
    if (kind.equals("channel")) {
      m.put("label", t.title());
    }
    m.put("members", t.members());
    reach(m, t);
    m.put("headline", summary.headline(t));
    return m;
  }

  private Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.id());
    m.put("label", s.label());
    m.put("kind", s.kind().keyword());
    m.put("origin", s.origin());
    m.put("cost", cost(s.cost()));
    Touch t = s.touch();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("touched", t.count());
    counts.put("direct", t.direct().size());
    counts.put("indirect", t.indirect().size());
    counts.put("lost", t.lost().size());
    m.put("counts", counts);
    reach(m, t);
    if (!sourceIdsListed()) {
      List.of("touched", "direct", "indirect", "lost").forEach(m::remove);
    }
    m.put("sentence", summary.sentence(s));
    return m;
  }

  /**
   * Whether the sources list the ids of what they touched: on a large map a thousand origins each
   * reach most of a hundred thousand opportunities, 10^8 ids that no reader wants and no memory
   * holds as text; beyond {@value #SOURCE_IDS_MAX} ids in all only the counts are given.
   */
  private boolean sourceIdsListed() {
    long ids = 0;
    for (Source s : summary.sources()) {
      ids += s.touch().count() + s.touch().lost().size();
    }
    return ids <= SOURCE_IDS_MAX;
  }

  /** What a group, channel or source touched, its value and its deals won and lost. */
  private void reach(Map<String, Object> m, Touch t) {
    m.put("touched", t.touched());
    m.put("direct", t.direct());
    m.put("indirect", t.indirect());
    m.put("value", t.value().stripTrailingZeros());
    m.put("share", share(t));
    m.put("lost", t.lost());
    m.put("lostValue", t.lostValue().stripTrailingZeros());
    m.put("winRate", winRate(t.winRate()));
  }

  private static Map<String, Object> cost(Cost c) {
    Map<String, Object> m = new LinkedHashMap<>();
    c.money().ifPresent(money -> m.put("money", money.amount()));
    c.hours().ifPresent(h -> m.put("hours", BigDecimal.valueOf(h).stripTrailingZeros()));
    return m;
  }

  private static Map<String, Object> winRate(WinRate w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("won", w.won());
    m.put("lost", w.lost());
    m.put("byCount", orNull(w.byCount()));
    m.put("byValue", orNull(w.byValue()));
    return m;
  }

  private static Object orNull(Optional<BigDecimal> rate) {
    return rate.isPresent() ? rate.get() : null;
  }

  private BigDecimal share(Touch t) {
    if (summary.totalValue().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return t.value().divide(summary.totalValue(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
