package networth.engine;

import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.exact.EachGone;
import networth.engine.exact.Flow;
import networth.engine.exact.ModelCredits;
import networth.engine.exact.OpportunityRoutes;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.FlowOptions;
import networth.engine.options.RoiOptions;
import networth.engine.options.RoutesOptions;
import networth.engine.result.ConnectorsResult;
import networth.engine.result.CriticalResult;
import networth.engine.result.RoiResult;
import networth.engine.result.SummaryResult;
import networth.engine.result.TimelineResult;

/**
 * The engine's answers for a map indexed elsewhere, such as the part of a map a report focuses on;
 * not kept (a {@link MapWorkspace} keeps the answers for a whole map version).
 */
public final class Answers {

  private Answers() {}

  public static ConnectorsResult connectors(Within w, ConnectorsOptions o, Phases phases) {
    return ConnectorsAnswer.of(w, o, phases);
  }

  public static CriticalResult critical(Within w, CriticalOptions o, Phases phases) {
    return CriticalAnswer.of(w, o, phases);
  }

  public static SummaryResult summary(Within w, Phases phases) {
    return SummaryAnswer.of(w, phases);
  }

  public static TimelineResult timeline(Within w, Phases phases) {
    return TimelineAnswer.of(w, phases);
  }

  public static RoiResult roi(Within w, RoiOptions o, Phases phases) {
    return RoiAnswer.of(w, o, phases);
  }

  public static EachGone eachGone(Within w, Phases phases) {
    return WhatIfAnswer.each(w, phases);
  }

  public static ModelCredits modelCredits(Within w, Phases phases) {
    return ModelCreditsAnswer.of(w, phases);
  }

  public static Flow flow(Within w, FlowOptions o, Phases phases) {
    return FlowAnswer.of(w, o, phases);
  }

  public static OpportunityRoutes routes(Within w, RoutesOptions o, Phases phases) {
    return RoutesAnswer.of(w, o, phases);
  }
}
