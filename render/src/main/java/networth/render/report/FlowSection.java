package networth.render.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.engine.exact.Flow;
import networth.io.style.GroupStyle;
import networth.io.style.KindStyle;
import networth.render.chart.FlowChart;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Section;

/**
 * Origins to opportunities, each band the first-touch credit of the origin for that work: the most
 * valuable opportunities and origins named, the rest gathered.
 */
final class FlowSection {

  /** How many origins and opportunities the chart names before gathering the rest. */
  static final int NODES = 14;

  private FlowSection() {}

  static Section of(Subject s, Flow flow) {
    List<Flow.Origin> origins = flow.origins();
    Set<String> named = new HashSet<>();
    origins.subList(0, Math.min(NODES, origins.size())).forEach(o -> named.add(o.id()));
    int opportunities = flow.drawn().size() + flow.others();
    String otherSources = "Other origins (" + (origins.size() - named.size()) + ")";
    String otherTargets = "Other opportunities (" + Math.max(0, opportunities - NODES) + ")";
    Map<String, String> colours = new LinkedHashMap<>();
    List<FlowChart.Flow> flows = new ArrayList<>();
    for (Flow.Opportunity o : flow.drawn()) {
      for (Flow.Band b : o.bands()) {
        flows.add(band(s, b, named, otherSources, s.label(o.id()), colours));
      }
    }
    for (Flow.Band b : flow.toOthers()) {
      flows.add(band(s, b, named, otherSources, otherTargets, colours));
    }
    int rows = Math.min(NODES + 1, Math.max(named.size(), opportunities));
    String svg =
        FlowChart.svg(
            "From origins to opportunities",
            flows,
            colours,
            Math.max(220, rows * 30),
            v -> s.w().money(Math.round(v)));
    return new Section(
        "flow",
        "From origins to work",
        List.of(
            new Figure(
                "flow",
                svg,
                "Where the work started: each band carries the part of an opportunity's value"
                    + " whose routes begin at that origin (first-touch credit; an opportunity"
                    + " with several routes is shared among them equally).",
                false)));
  }

  private static FlowChart.Flow band(
      Subject s,
      Flow.Band b,
      Set<String> named,
      String otherSources,
      String target,
      Map<String, String> colours) {
    String source = named.contains(b.origin()) ? s.label(b.origin()) : otherSources;
    colours.putIfAbsent(source, colour(s, b.origin()));
    return new FlowChart.Flow(source, target, b.amount());
  }

  /** The colour of a node's group (its first), else of its kind. */
  private static String colour(Subject s, String id) {
    List<String> groups = s.map().groupsOf(id);
    return groups.isEmpty()
        ? KindStyle.of(s.g().kind(s.index(id))).colour()
        : GroupStyle.colour(s.map().groups(), groups.get(0)).orElseThrow();
  }
}
