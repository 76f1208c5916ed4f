package networth.engine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.roi.Roi;
import networth.engine.options.RoiOptions;
import networth.engine.result.RoiResult;
import networth.engine.result.WinLoss;

/** {@code roi}'s answer: credited value against the cost of each channel, node and group. */
final class RoiAnswer {

  /** What the span says when the map gives no date to measure it by. */
  static final String NO_SPAN = "an unknown span: the map gives no dates";

  private RoiAnswer() {}

  static RoiResult of(Within w, RoiOptions o, Phases phases) {
    Attribution attribution = new Attribution(w.graph());
    double[] credit =
        phases.phase(
            o.model().word(),
            () -> attribution.credits(o.model(), attribution.allOpportunities()).perNode());
    Optional<Roi.Span> span = Roi.span(w.graph(), w.period().period());
    List<Roi.Line> lines = Roi.of(w.map(), w.graph(), credit, span);
    String spanned = span.map(Roi.Span::toString).orElse(NO_SPAN);
    // The span keeps its own key: with a period asked for, "period" says that period instead.
    return new RoiResult(
        w.asked(),
        o.model().word(),
        w.asked().limited() ? Optional.empty() : Optional.of(spanned),
        spanned,
        w.currency(),
        lines.stream().map(RoiAnswer::line).toList());
  }

  private static RoiResult.Line line(Roi.Line l) {
    return new RoiResult.Line(
        l.name(),
        l.label(),
        l.kind(),
        Within.cents(l.credit()),
        Within.cents(l.money()),
        Math.round(l.hours() * 100) / 100.0,
        cents(l.cost()),
        l.ratio().isPresent()
            ? Optional.of(Math.round(l.ratio().getAsDouble() * 100) / 100.0)
            : Optional.empty(),
        cents(l.perHour()),
        l.winRate().lostValue().stripTrailingZeros(),
        WinLoss.of(l.winRate()));
  }

  private static Optional<java.math.BigDecimal> cents(OptionalDouble x) {
    return x.isPresent() ? Optional.of(Within.cents(x.getAsDouble())) : Optional.empty();
  }
}
