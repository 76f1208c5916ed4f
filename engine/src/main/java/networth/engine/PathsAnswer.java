package networth.engine;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.routes.RouteCount;
import networth.analysis.routes.RouteFinder;
import networth.engine.options.PathsOptions;
import networth.engine.result.PathsResult;
import networth.model.Node;

/** {@code paths}'s answer: the exact number of routes to an opportunity and the shortest. */
final class PathsAnswer {

  private PathsAnswer() {}

  static PathsResult of(Within w, PathsOptions o, Phases phases) {
    Node target = NodeRefs.opportunity(w.map(), o.opportunity());
    int t = w.index(target.id());
    BigInteger count = phases.phase("count", () -> RouteCount.to(w.graph(), t));
    List<int[]> routes =
        phases.phase("list", () -> new RouteFinder(w.graph()).shortest(t, o.limit()));
    List<PathsResult.Route> listed = new ArrayList<>();
    for (int[] r : routes) {
      List<String> ids = new ArrayList<>();
      for (int v : r) {
        ids.add(w.id(v));
      }
      listed.add(new PathsResult.Route(r.length - 1, ids));
    }
    return new PathsResult(target.id(), target.label(), count, routes.size(), listed);
  }
}
