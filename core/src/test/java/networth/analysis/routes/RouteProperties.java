package networth.analysis.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class RouteProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(9, 20);
  }

  @Property(tries = 300)
  void countsEqualTheRoutesListedOneByOne(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    RouteTable up = RouteTable.up(g);
    for (int v = 0; v < g.nodeCount(); v++) {
      List<int[]> all = Routes.all(g, v);
      assertThat(RouteCount.to(g, v)).isEqualTo(BigInteger.valueOf(all.size()));
      if (!g.isOrigin(v)) {
        assertThat(up.total(v).toDouble()).isEqualTo(all.size());
        for (int len = 1; len <= g.nodeCount(); len++) {
          int l = len;
          assertThat(up.at(v, len).toDouble())
              .isEqualTo(all.stream().filter(r -> r.length == l).count());
        }
      }
    }
  }

  @Property(tries = 300)
  void theFinderListsEveryRouteShortestFirst(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    RouteFinder finder = new RouteFinder(g);
    for (int v = 0; v < g.nodeCount(); v++) {
      List<int[]> all = Routes.all(g, v);
      List<int[]> found = finder.shortest(v, 1000);
      assertThat(found.stream().map(Arrays::toString).sorted().toList())
          .isEqualTo(all.stream().map(Arrays::toString).sorted().toList());
      for (int i = 1; i < found.size(); i++) {
        assertThat(found.get(i).length).isGreaterThanOrEqualTo(found.get(i - 1).length);
      }
      List<int[]> two = finder.shortest(v, 2);
      assertThat(two).hasSize(Math.min(2, all.size()));
      if (!two.isEmpty()) {
        int shortest = all.stream().mapToInt(r -> r.length).min().getAsInt();
        assertThat(two.get(0).length).isEqualTo(shortest);
      }
    }
  }

  @Property(tries = 200)
  void scaledArithmeticMatchesDoubles(@ForAll double a, @ForAll double b) {
    double x = Math.abs(a) % 1e150;
    double y = Math.abs(b) % 1e150;
    assertThat(Scaled.of(x).plus(Scaled.of(y)).toDouble())
        .isCloseTo(x + y, org.assertj.core.data.Percentage.withPercentage(1e-9));
    assertThat(Scaled.of(x).times(Scaled.of(y)).toDouble())
        .isCloseTo(x * y, org.assertj.core.data.Percentage.withPercentage(1e-9));
  }
}
