package networth.analysis.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class WhatIfProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(9, 18);
  }

  @Provide
  Arbitrary<Set<Integer>> removals() {
    return Arbitraries.integers().between(0, 8).set().ofMaxSize(3);
  }

  @Property(tries = 400)
  void lostAndWeakenedFollowTheRoutesThatRemain(
      @ForAll("maps") NetworkMap map, @ForAll("removals") Set<Integer> taken) {
    MapGraph g = MapGraph.of(map);
    boolean[] removed = new boolean[g.nodeCount()];
    taken.stream().filter(v -> v < g.nodeCount()).forEach(v -> removed[v] = true);
    WhatIf.Outcome outcome = WhatIf.without(g, removed);
    List<Integer> lost = new ArrayList<>();
    List<Integer> weakened = new ArrayList<>();
    double atRisk = 0;
    double weak = 0;
    for (int o = 0; o < g.nodeCount(); o++) {
      if (!g.isCounted(o) || g.isOrigin(o)) {
        continue;
      }
      List<int[]> all = Routes.all(g, o);
      long left = all.stream().filter(r -> Arrays.stream(r).noneMatch(v -> removed[v])).count();
      if (left == 0) {
        lost.add(o);
        atRisk += g.weight(o);
      } else if (left < all.size()) {
        weakened.add(o);
        weak += g.weight(o);
      }
      int opp = o;
      outcome.lost().stream()
          .filter(f -> f.node() == opp)
          .findFirst()
          .ifPresent(f -> assertThat(f.routesAfter().toDouble()).isZero());
      outcome.weakened().stream()
          .filter(f -> f.node() == opp)
          .findFirst()
          .ifPresent(
              f -> {
                assertThat(f.routesBefore().toDouble()).isEqualTo(all.size());
                assertThat(f.routesAfter().toDouble()).isEqualTo(left);
              });
    }
    assertThat(outcome.lost().stream().map(WhatIf.Fate::node).toList()).isEqualTo(lost);
    assertThat(outcome.weakened().stream().map(WhatIf.Fate::node).toList()).isEqualTo(weakened);
    assertThat(outcome.valueAtRisk())
        .isCloseTo(atRisk, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(outcome.valueWeakened())
        .isCloseTo(weak, org.assertj.core.api.Assertions.within(1e-9));
  }
}
