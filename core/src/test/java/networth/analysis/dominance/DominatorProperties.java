package networth.analysis.dominance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.analysis.whatif.Survival;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class DominatorProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(10, 22);
  }

  @Property(tries = 500)
  void criticalNodesAreThoseWhoseRemovalCutsEveryRoute(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    Dominators dom = Dominators.of(g);
    int n = g.nodeCount();
    for (int v = 0; v < n; v++) {
      Set<Integer> expected = new HashSet<>();
      for (int d = 0; d < n; d++) {
        if (d == v) {
          continue;
        }
        boolean[] removed = new boolean[n];
        removed[d] = true;
        if (!Survival.without(g, removed)[v]) {
          expected.add(d);
        }
      }
      List<Integer> critical = dom.critical(v);
      assertThat(new HashSet<>(critical)).as("critical nodes of v%d", v).isEqualTo(expected);
      assertThat(critical).doesNotHaveDuplicates();
    }
  }

  @Property(tries = 300)
  void heldValueIsWhatIsLostWithoutTheNodeAlone(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    double[] held = Dominators.of(g).heldValue();
    for (int d = 0; d < g.nodeCount(); d++) {
      boolean[] removed = new boolean[g.nodeCount()];
      removed[d] = true;
      boolean[] alive = Survival.without(g, removed);
      double lost = 0;
      for (int o = 0; o < g.nodeCount(); o++) {
        if (o != d && g.isCounted(o) && !alive[o]) {
          lost += g.weight(o);
        }
      }
      assertThat(held[d])
          .as("v%d", d)
          .isCloseTo(lost, org.assertj.core.api.Assertions.within(1e-9));
    }
  }
}
