package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.DatedMaps;
import networth.analysis.attribution.Breakdown.By;
import networth.graph.MapGraph;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.PartialDate;

/**
 * One opportunity's credit does not depend on unrelated dates: changing the date of a link that
 * lies on none of its routes (to another date, or to none) changes none of its credits, under every
 * model. A user who corrects one client's dates must not see another client's credit move.
 */
class UnrelatedDatesProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return DatedMaps.maps(10, 20);
  }

  @Property(tries = 300)
  void redatingALinkOffAnOpportunitysRoutesChangesNoneOfItsCredits(
      @ForAll("maps") NetworkMap map, @ForAll Random random) {
    MapGraph g = MapGraph.of(map);
    List<Integer> opportunities = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v) && g.weight(v) > 0) {
        opportunities.add(v);
      }
    }
    if (opportunities.isEmpty() || map.links().isEmpty()) {
      return;
    }
    int o = opportunities.get(random.nextInt(opportunities.size()));
    boolean[] onRoutes = ancestorsAndSelf(g, o);
    // A link is on a route to o exactly when it leads into o or one of o's ancestors.
    List<Integer> unrelated = new ArrayList<>();
    for (int e = 0; e < map.links().size(); e++) {
      if (!onRoutes[map.toIndex(e)]) {
        unrelated.add(e);
      }
    }
    if (unrelated.isEmpty()) {
      return;
    }
    int changed = unrelated.get(random.nextInt(unrelated.size()));
    Optional<PartialDate> date = DatedMaps.date(random);
    NetworkMap after = redated(map, changed, date);

    Attribution before = new Attribution(g);
    MapGraph g2 = MapGraph.of(after);
    Attribution now = new Attribution(g2);
    for (Model m : Model.values()) {
      if (m == Model.SHAPLEY) {
        for (By by : By.values()) {
          List<Player> players = Breakdown.players(map, g, by);
          if (players.isEmpty()) {
            continue;
          }
          double[] a = before.shapley(players, before.only(o), 200, 7).values();
          double[] b = now.shapley(Breakdown.players(after, g2, by), now.only(o), 200, 7).values();
          for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).as("Shapley by %s, player %d", by, i).isCloseTo(a[i], within(1e-6));
          }
        }
        continue;
      }
      Credits a = before.credits(m, before.only(o), 30);
      Credits b = now.credits(m, now.only(o), 30);
      assertThat(b.unreached()).isEqualTo(a.unreached());
      assertThat(b.linearFallback()).isEqualTo(a.linearFallback());
      for (int v = 0; v < g.nodeCount(); v++) {
        assertThat(b.of(v))
            .as("%s credit of %s for %s", m, g.id(v), g.id(o))
            .isCloseTo(a.of(v), within(1e-6));
      }
    }
  }

  private static boolean[] ancestorsAndSelf(MapGraph g, int o) {
    boolean[] seen = new boolean[g.nodeCount()];
    List<Integer> stack = new ArrayList<>(List.of(o));
    seen[o] = true;
    while (!stack.isEmpty()) {
      int v = stack.remove(stack.size() - 1);
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        if (!seen[u]) {
          seen[u] = true;
          stack.add(u);
        }
      }
    }
    return seen;
  }

  /** The same map with link {@code e} given another date (or none). */
  private static NetworkMap redated(NetworkMap map, int e, Optional<PartialDate> date) {
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    for (Node n : map.nodes()) {
      b.node(n);
    }
    for (int i = 0; i < map.links().size(); i++) {
      Link l = map.links().get(i);
      b.link(i == e ? new Link(l.from(), l.to(), l.kind(), date, l.note()) : l);
    }
    map.groups().forEach(b::group);
    return b.build();
  }
}
