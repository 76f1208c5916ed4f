package networth.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.routes.RouteCount;
import networth.analysis.routes.RouteFinder;
import networth.engine.exact.OpportunityRoutes;
import networth.engine.options.RoutesOptions;
import networth.graph.MapGraph;

/** Routes per opportunity: how many lead to each of the most valuable, and the shortest. */
final class RoutesAnswer {

  private RoutesAnswer() {}

  static OpportunityRoutes of(Within w, RoutesOptions o, Phases phases) {
    return phases.phase("routes", () -> of(w, o));
  }

  private static OpportunityRoutes of(Within w, RoutesOptions o) {
    MapGraph g = w.graph();
    List<Integer> counted = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v)) {
        counted.add(v);
      }
    }
    counted.sort(Comparator.comparingDouble((Integer v) -> -g.weight(v)));
    RouteFinder finder = new RouteFinder(g);
    List<OpportunityRoutes.Opportunity> out = new ArrayList<>();
    for (int t : counted.subList(0, Math.min(o.top(), counted.size()))) {
      List<int[]> shortest = finder.shortest(t, 1);
      List<String> route = new ArrayList<>();
      if (!shortest.isEmpty()) {
        for (int v : shortest.get(0)) {
          route.add(w.id(v));
        }
      }
      out.add(new OpportunityRoutes.Opportunity(w.id(t), g.weight(t), RouteCount.to(g, t), route));
    }
    return new OpportunityRoutes(counted.size(), out);
  }
}
