package networth.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.result.SummaryResult;
import networth.engine.result.WinLoss;
import networth.model.Cost;
import networth.reach.Source;
import networth.reach.Summary;
import networth.reach.Touch;

/** {@code summary}'s answer: the groups, channels and sources and what they touched. */
final class SummaryAnswer {

  /** How value is counted, as the answer says it. */
  static final String VALUE_BASIS =
      "clients at their value, prospects at value × probability, lost ones not counted";

  /** The most opportunity ids the sources list in all before they give counts alone. */
  static final long SOURCE_IDS_MAX = 1_000_000;

  private final Summary summary;

  private SummaryAnswer(Summary summary) {
    this.summary = summary;
  }

  static SummaryResult of(Within w, Phases phases) {
    Summary summary = phases.phase("summary", () -> Summary.of(w.map(), w.graph()));
    SummaryAnswer a = new SummaryAnswer(summary);
    boolean listed = sourceIdsListed(summary);
    return new SummaryResult(
        w.asked(),
        w.map().settings().title(),
        summary.lead(),
        summary.currency(),
        VALUE_BASIS,
        summary.opportunities(),
        summary.totalValue().stripTrailingZeros(),
        summary.lost(),
        summary.lostValue().stripTrailingZeros(),
        summary.groups().stream().map(t -> a.reach(t, Optional.empty())).toList(),
        summary.channels().stream().map(t -> a.reach(t, Optional.of(t.title()))).toList(),
        summary.sources().stream().map(s -> a.source(s, listed)).toList());
  }

  private SummaryResult.Reach reach(Touch t, Optional<String> label) {
    return new SummaryResult.Reach(
        t.name(),
        label,
        t.members(),
        t.touched(),
        t.direct(),
        t.indirect(),
        t.value().stripTrailingZeros(),
        share(t),
        t.lost(),
        t.lostValue().stripTrailingZeros(),
        WinLoss.of(t.winRate()),
        summary.headline(t));
  }

  private SummaryResult.SourceRow source(Source s, boolean listed) {
    Touch t = s.touch();
    return new SummaryResult.SourceRow(
        s.id(),
        s.label(),
        s.kind().keyword(),
        s.origin(),
        cost(s.cost()),
        new SummaryResult.Counts(
            t.count(), t.direct().size(), t.indirect().size(), t.lost().size()),
        ids(listed, t.touched()),
        ids(listed, t.direct()),
        ids(listed, t.indirect()),
        t.value().stripTrailingZeros(),
        share(t),
        ids(listed, t.lost()),
        t.lostValue().stripTrailingZeros(),
        WinLoss.of(t.winRate()),
        summary.sentence(s));
  }

  private static Optional<List<String>> ids(boolean listed, List<String> ids) {
    return listed ? Optional.of(ids) : Optional.empty();
  }

  /**
   * Whether the sources list the ids of what they touched: on a large map a thousand origins each
   * reach most of a hundred thousand opportunities, 10^8 ids that no reader wants and no memory
   * holds as text; beyond {@value #SOURCE_IDS_MAX} ids in all only the counts are given.
   */
  private static boolean sourceIdsListed(Summary summary) {
    long ids = 0;
    for (Source s : summary.sources()) {
      ids += s.touch().count() + s.touch().lost().size();
    }
    return ids <= SOURCE_IDS_MAX;
  }

  private static SummaryResult.Cost cost(Cost c) {
    return new SummaryResult.Cost(
        c.money().map(m -> m.amount()),
        c.hours().isPresent()
            ? Optional.of(BigDecimal.valueOf(c.hours().getAsDouble()).stripTrailingZeros())
            : Optional.empty());
  }

  private BigDecimal share(Touch t) {
    if (summary.totalValue().signum() == 0) {
      return BigDecimal.ZERO;
    }
    return t.value().divide(summary.totalValue(), 4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
