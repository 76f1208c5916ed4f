package networth.render.report;

import java.util.List;
import java.util.Optional;
import networth.engine.exact.EachGone;
import networth.engine.exact.Loss;
import networth.model.Group;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;

/** What would be lost without each group (each channel in a map with no groups). */
final class WhatIfSection {

  private WhatIfSection() {}

  /** One sentence per group or channel taken away, for the headlines. */
  static List<String> sentences(Subject s, EachGone each) {
    return each.gone().stream()
        .map(
            gone ->
                WhatIfView.sentence(
                    s.w(),
                    s.g(),
                    each.unit() == EachGone.Unit.GROUP
                        ? "the " + title(s, gone) + " group"
                        : s.label(gone.id()),
                    gone.loss()))
        .toList();
  }

  static Optional<Section> of(Subject s, EachGone each) {
    if (each.gone().isEmpty()) {
      return Optional.empty();
    }
    boolean groups = each.unit() == EachGone.Unit.GROUP;
    TextTable t =
        new TextTable(
            groups ? "WITHOUT THE GROUP" : "WITHOUT THE CHANNEL",
            "LOST",
            ">VALUE AT RISK",
            ">SHARE",
            "WEAKENED");
    double total = s.total();
    for (EachGone.Gone gone : each.gone()) {
      Loss o = gone.loss();
      t.row(
          groups ? title(s, gone) : s.label(gone.id()),
          o.lost().isEmpty()
              ? "none"
              : String.join(", ", WhatIfView.labels(s.w(), s.g(), o.lost())),
          s.w().money(o.valueAtRisk()),
          total > 0 ? WhatIfView.percent(o.valueAtRisk() / total) : "",
          o.weakened().isEmpty()
              ? "none"
              : String.join(
                  ", ",
                  o.weakened().stream()
                      .map(
                          f ->
                              WhatIfView.label(s.w(), s.g(), f)
                                  + " ("
                                  + WhatIfView.percent(f.routesLost())
                                  + " of routes)")
                      .toList()));
    }
    return Optional.of(
        new Section(
            "whatif",
            groups ? "What if a group were gone" : "What if a channel were gone",
            List.of(
                new Table(
                    "Take the whole "
                        + (groups ? "group" : "channel")
                        + " away: the work no route would reach any more, and the work that keeps"
                        + " some routes. A node with several incoming links survives while any of"
                        + " them does.",
                    t))));
  }

  private static String title(Subject s, EachGone.Gone gone) {
    return s.map().group(gone.id()).map(Group::title).orElse(gone.id());
  }
}
