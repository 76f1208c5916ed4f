package networth.cli.command;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.RouteCount;
import networth.analysis.routes.RouteFinder;
import networth.graph.MapGraph;
import networth.journeys.PathTable;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * A network map's routes as customer journeys ({@code networth journeys --from-map MAP}): each
 * route from an origin to an opportunity is a path whose touchpoints are the nodes before the
 * opportunity, named by their ids. A client converted: its one conversion and its value are shared
 * equally among its routes; a prospect or a lost opportunity did not (yet): each of its routes
 * carries an equal share of one journey without a conversion. An opportunity with more routes than
 * {@code maxRoutes} is represented by its shortest ones, and the remark says so.
 */
final class MapJourneys {

  private MapJourneys() {}

  /** What the map gave: the journeys, and what a person should know about how they were made. */
  record Result(PathTable table, long opportunities, long routes, List<String> remarks) {}

  static Result of(NetworkMap map, MapGraph g, int maxRoutes) {
    PathTable.Builder b = PathTable.builder();
    RouteFinder finder = new RouteFinder(g);
    long opportunities = 0;
    long routes = 0;
    List<String> cut = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      NodeKind kind = g.kind(v);
      if (!kind.isOpportunity()) {
        continue;
      }
      List<int[]> found = finder.shortest(v, maxRoutes);
      if (found.isEmpty()) {
        continue; // reached by no route: nothing led to it
      }
      opportunities++;
      routes += found.size();
      if (found.size() == maxRoutes
          && RouteCount.to(g, v).compareTo(java.math.BigInteger.valueOf(maxRoutes)) > 0) {
        cut.add(g.id(v));
      }
      Node node = map.node(g.id(v)).orElseThrow();
      double share = 1.0 / found.size();
      double value = node.deal().value().map(m -> m.amount().doubleValue()).orElse(0.0) * share;
      for (int[] route : found) {
        List<String> path = new ArrayList<>(route.length - 1);
        for (int i = 0; i < route.length - 1; i++) {
          path.add(g.id(route[i]));
        }
        if (kind == NodeKind.CLIENT) {
          b.add(path, share, value, 0);
        } else {
          b.add(path, 0, 0, share);
        }
      }
    }
    List<String> remarks = new ArrayList<>();
    if (!cut.isEmpty()) {
      remarks.add(
          cut.size()
              + (cut.size() == 1 ? " opportunity has" : " opportunities have")
              + " more than "
              + maxRoutes
              + " routes; the shortest "
              + maxRoutes
              + " stand for "
              + (cut.size() == 1 ? "it" : "each")
              + " (--max-routes): "
              + String.join(", ", cut.subList(0, Math.min(5, cut.size())))
              + (cut.size() > 5 ? ", …" : ""));
    }
    return new Result(b.build(), opportunities, routes, remarks);
  }
}
