package networth.analysis.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class ConnectorsProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(9, 18);
  }

  @Property(tries = 300)
  void routeShareIsTheShareOfEachOpportunitysRoutesSummed(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    double[] share = Connectors.routeShare(g);
    double[] expected = new double[g.nodeCount()];
    for (int o = 0; o < g.nodeCount(); o++) {
      if (!g.isCounted(o)) {
        continue;
      }
      List<int[]> routes = Routes.all(g, o);
      for (int v = 0; v < g.nodeCount(); v++) {
        int node = v;
        long through =
            routes.stream()
                .filter(r -> Arrays.stream(r, 0, r.length - 1).anyMatch(x -> x == node))
                .count();
        expected[v] += routes.isEmpty() ? 0 : (double) through / routes.size();
      }
    }
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(share[v]).as("v%d", v).isCloseTo(expected[v], within(1e-9));
    }
  }

  /** The best few, kept as the nodes go by, are the first few of everyone sorted. */
  @Property(tries = 200)
  void theBestFewAreTheFirstOfTheWholeRanking(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    List<Connectors.Connector> all = Connectors.rank(g);
    for (int limit : new int[] {0, 1, 3, 20}) {
      assertThat(Connectors.rank(g, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));
    }
  }
}
