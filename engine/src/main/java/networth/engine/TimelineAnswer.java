package networth.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.timeline.Timeline;
import networth.engine.result.TimelineResult;

/** {@code timeline}'s answer: how long each opportunity and each channel took. */
final class TimelineAnswer {

  private TimelineAnswer() {}

  static TimelineResult of(Within w, Phases phases) {
    Timeline.Opportunities opportunities = phases.phase("timeline", () -> Timeline.of(w.graph()));
    List<Timeline.ChannelLag> channels =
        phases.phase("channels", () -> Timeline.channels(w.graph()));
    return new TimelineResult(
        w.asked(),
        opportunities.lags().stream()
            .map(
                l -> {
                  String first = LocalDate.ofEpochDay(l.firstTouch()).toString();
                  return new TimelineResult.Lag(
                      w.id(l.node()),
                      first,
                      first,
                      LocalDate.ofEpochDay(l.date()).toString(),
                      l.days(),
                      TimelineResult.count(l.routes()),
                      TimelineResult.count(l.datedRoutes()));
                })
            .toList(),
        opportunities.unmeasured().stream()
            .map(
                u ->
                    new TimelineResult.Unmeasured(
                        w.id(u.node()),
                        switch (u.gap()) {
                          case UNDATED -> "undated";
                          case NO_DATED_CONTACT -> "no dated contact";
                          case NO_ROUTE -> "no route";
                        },
                        TimelineResult.count(u.routes()),
                        TimelineResult.count(u.datedRoutes())))
            .toList(),
        channels.stream()
            .map(
                c ->
                    new TimelineResult.ChannelLag(
                        w.id(c.channel()),
                        c.lags().size(),
                        c.led(),
                        c.medianDays().isPresent()
                            ? Optional.of(c.medianDays().getAsInt())
                            : Optional.empty()))
            .toList());
  }
}
