package networth.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.diagnostics.Problem;
import networth.engine.exact.EachGone;
import networth.engine.exact.Flow;
import networth.engine.exact.Loss;
import networth.engine.exact.ModelCredits;
import networth.engine.exact.OpportunityRoutes;
import networth.engine.options.AttributeOptions;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.FlowOptions;
import networth.engine.options.PathsOptions;
import networth.engine.options.RoiOptions;
import networth.engine.options.RoutesOptions;
import networth.engine.options.SummaryOptions;
import networth.engine.options.TimelineOptions;
import networth.engine.options.WhatIfOptions;
import networth.engine.result.AttributionResult;
import networth.engine.result.ConnectorsResult;
import networth.engine.result.CriticalResult;
import networth.engine.result.PathsResult;
import networth.engine.result.RoiResult;
import networth.engine.result.SummaryResult;
import networth.engine.result.TimelineResult;
import networth.engine.result.WhatIfResult;
import networth.graph.MapGraph;
import networth.io.ReadResult;
import networth.model.DealMap;
import networth.model.Period;
import networth.model.PeriodMap;

/**
 * One version of one map, opened, checked and indexed once, answering every analysis. Answers are
 * kept (at most {@value #ANSWERS_KEPT}, the least recently asked going first), so asking again with
 * equal options costs nothing. Safe to share between threads.
 */
public final class MapWorkspace {

  /** How many answers, and how many periods' indexes, one version keeps. */
  public static final int ANSWERS_KEPT = 64;

  private final ReadResult read;
  private final Phases phases;
  private final Map<Object, Object> answers = recent(ANSWERS_KEPT);

  private MapWorkspace(ReadResult read, Phases phases) {
    this.read = read;
    this.phases = phases;
  }

  /** A map as read; its problems are kept, and a map with errors answers nothing. */
  public static MapWorkspace of(ReadResult read, Phases phases) {
    return new MapWorkspace(read, phases);
  }

  public static MapWorkspace of(ReadResult read) {
    return of(read, Phases.NONE);
  }

  /** Every problem the checker found, errors and warnings. */
  public List<Problem> problems() {
    return read.problems();
  }

  /** Whether the map has errors, so that no analysis can be answered. */
  public boolean hasErrors() {
    return read.hasErrors();
  }

  /**
   * The map one opportunity per deal (see {@link DealMap}: a client who came back counts once for
   * each deal), restricted to the opportunities of a period (the whole map for all time).
   *
   * @throws IllegalStateException when the map has errors
   */
  public Within within(Period period) {
    if (read.hasErrors()) {
      throw new IllegalStateException("a map with errors answers no analysis");
    }
    return answer(
        period,
        () -> {
          PeriodMap p = PeriodMap.of(DealMap.of(read.map()), period);
          MapGraph graph = p.map() == read.map() ? read.graph() : MapGraph.of(p.map());
          return new Within(p, p.map(), graph);
        });
  }

  public SummaryResult summary(SummaryOptions o) {
    return answer(o, () -> SummaryAnswer.of(within(o.period()), phases));
  }

  public PathsResult paths(PathsOptions o) {
    return answer(o, () -> PathsAnswer.of(within(Period.ALWAYS), o, phases));
  }

  public AttributionResult attribute(AttributeOptions o) {
    return answer(
        o,
        () -> {
          AttributionAnswer.Compared c = comparison(o);
          return AttributionAnswer.result(within(o.period()), o, c.comparison(), c.total());
        });
  }

  /** The models compared as asked, unrounded: what the text views show. */
  public AttributionAnswer.Compared comparison(AttributeOptions o) {
    return answer(new Compare(o), () -> AttributionAnswer.compare(within(o.period()), o, phases));
  }

  /** The key a comparison is kept under, apart from the result of the same options. */
  private record Compare(AttributeOptions options) {}

  public CriticalResult critical(CriticalOptions o) {
    return answer(o, () -> CriticalAnswer.of(within(o.period()), o, phases));
  }

  public WhatIfResult whatIf(WhatIfOptions o) {
    return answer(o, () -> WhatIfAnswer.result(within(o.period()), loss(o)));
  }

  /** What would be lost without the nodes named, unrounded: what the text views show. */
  public Loss loss(WhatIfOptions o) {
    return answer(new Lose(o), () -> WhatIfAnswer.loss(within(o.period()), o, phases));
  }

  /** The key a loss is kept under, apart from the result of the same options. */
  private record Lose(WhatIfOptions options) {}

  /** What would be lost without each group in turn (each channel in a map with no groups). */
  public EachGone eachGone(Period period) {
    return answer(new Each(period), () -> WhatIfAnswer.each(within(period), phases));
  }

  private record Each(Period period) {}

  /** Credit under every model by group, channel, kind and node, unrounded. */
  public ModelCredits modelCredits(Period period) {
    return answer(new Credits(period), () -> ModelCreditsAnswer.of(within(period), phases));
  }

  private record Credits(Period period) {}

  /** First-touch credit from each origin to the most valuable opportunities, and to the rest. */
  public Flow flow(FlowOptions o) {
    return answer(o, () -> FlowAnswer.of(within(o.period()), o, phases));
  }

  /** How many routes lead to each of the most valuable opportunities, and the shortest. */
  public OpportunityRoutes routes(RoutesOptions o) {
    return answer(o, () -> RoutesAnswer.of(within(o.period()), o, phases));
  }

  public ConnectorsResult connectors(ConnectorsOptions o) {
    return answer(o, () -> ConnectorsAnswer.of(within(o.period()), o, phases));
  }

  public RoiResult roi(RoiOptions o) {
    return answer(o, () -> RoiAnswer.of(within(o.period()), o, phases));
  }

  public TimelineResult timeline(TimelineOptions o) {
    return answer(o, () -> TimelineAnswer.of(within(o.period()), phases));
  }

  /**
   * The answer kept for these options, or a new one. Two threads asking at once may both compute it
   * (the same answer): cheaper than holding every other question up behind a slow one.
   */
  @SuppressWarnings("unchecked")
  private <T> T answer(Object options, Supplier<T> compute) {
    synchronized (answers) {
      Object kept = answers.get(options);
      if (kept != null) {
        return (T) kept;
      }
    }
    T fresh = compute.get();
    synchronized (answers) {
      answers.put(options, fresh);
    }
    return fresh;
  }

  /** A map that forgets the least recently used entry beyond {@code size}. */
  static <K, V> Map<K, V> recent(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}
