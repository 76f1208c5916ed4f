package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.Routes;
import networth.analysis.whatif.Survival;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

class ShapleyProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return Routes.maps(9, 18);
  }

  @Provide
  Arbitrary<List<List<Integer>>> playerNodes() {
    return Arbitraries.integers()
        .between(0, 8)
        .set()
        .ofMinSize(1)
        .ofMaxSize(2)
        .map(List::copyOf)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  private static List<Player> players(MapGraph g, List<List<Integer>> nodes) {
    List<Player> players = new ArrayList<>();
    for (List<Integer> ns : nodes) {
      List<Integer> in = ns.stream().filter(v -> v < g.nodeCount()).toList();
      players.add(new Player("p" + players.size(), in));
    }
    return players;
  }

  /**
   * v(S) by the definition: remove the nodes of players outside S (unless a player in S has them).
   */
  private static double worth(MapGraph g, List<Player> players, int coalition) {
    boolean[] removed = new boolean[g.nodeCount()];
    for (int i = 0; i < players.size(); i++) {
      if ((coalition >> i & 1) == 0) {
        players.get(i).nodes().forEach(v -> removed[v] = true);
      }
    }
    for (int i = 0; i < players.size(); i++) {
      if ((coalition >> i & 1) != 0) {
        players.get(i).nodes().forEach(v -> removed[v] = false);
      }
    }
    boolean[] alive = Survival.without(g, removed);
    double w = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (alive[v] && g.isCounted(v) && !g.isOrigin(v)) {
        w += g.weight(v);
      }
    }
    return w;
  }

  /** Shapley values by averaging marginal worths over every order of the players. */
  private static double[] overAllOrders(MapGraph g, List<Player> players) {
    int p = players.size();
    double[] value = new double[p];
    List<int[]> orders = new ArrayList<>();
    permute(new int[p], new boolean[p], 0, orders);
    for (int[] order : orders) {
      int s = 0;
      for (int i : order) {
        value[i] += worth(g, players, s | 1 << i) - worth(g, players, s);
        s |= 1 << i;
      }
    }
    for (int i = 0; i < p; i++) {
      value[i] /= orders.size();
    }
    return value;
  }

  private static void permute(int[] order, boolean[] used, int at, List<int[]> out) {
    if (at == order.length) {
      out.add(order.clone());
      return;
    }
    for (int i = 0; i < order.length; i++) {
      if (!used[i]) {
        used[i] = true;
        order[at] = i;
        permute(order, used, at + 1, out);
        used[i] = false;
      }
    }
  }

  @Property(tries = 200)
  void exactValuesEqualTheAverageOverAllOrdersAndAddUp(
      @ForAll("maps") NetworkMap map, @ForAll("playerNodes") List<List<Integer>> nodes) {
    MapGraph g = MapGraph.of(map);
    List<Player> players = players(g, nodes);
    Attribution attribution = new Attribution(g);
    Shapley.Result r = attribution.shapley(players, attribution.allOpportunities(), 100, 1);
    assertThat(r.exact()).isTrue();
    double[] expected = overAllOrders(g, players);
    double sum = 0;
    for (int i = 0; i < players.size(); i++) {
      assertThat(r.values()[i]).as("player %d", i).isCloseTo(expected[i], within(1e-6));
      sum += r.values()[i];
    }
    int all = (1 << players.size()) - 1;
    assertThat(r.withoutPlayers()).isCloseTo(worth(g, players, 0), within(1e-6));
    assertThat(sum)
        .as("efficiency")
        .isCloseTo(worth(g, players, all) - worth(g, players, 0), within(1e-6));
  }

  @Property(tries = 100)
  void samplingFindsTheSameValuesWithinItsError(
      @ForAll("maps") NetworkMap map, @ForAll("playerNodes") List<List<Integer>> nodes) {
    MapGraph g = MapGraph.of(map);
    List<Player> players = players(g, nodes);
    Shapley shapley = new Shapley(g, new Attribution(g).allOpportunities(), players);
    Shapley.Result exact = shapley.exact();
    Shapley.Result sampled = shapley.sampled(4000, new Random(7));
    assertThat(sampled.exact()).isFalse();
    double sum = 0;
    for (int i = 0; i < players.size(); i++) {
      double tolerance = 5 * sampled.standardErrors()[i] + 1e-6;
      assertThat(sampled.values()[i]).isCloseTo(exact.values()[i], within(tolerance));
      sum += sampled.values()[i];
    }
    // Each sampled order adds up exactly, so the sampled values do too.
    assertThat(sum).isCloseTo(java.util.Arrays.stream(exact.values()).sum(), within(1e-6));
  }

  @Property(tries = 100)
  void twoPlayersWithTheSameRoleGetTheSameValue(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    // Two players holding the same node are interchangeable.
    List<Player> players =
        List.of(
            new Player("a", List.of(0)), new Player("b", List.of(0)), new Player("c", List.of(1)));
    Shapley.Result r =
        new Attribution(g).shapley(players, new Attribution(g).allOpportunities(), 10, 1);
    assertThat(r.values()[0]).isCloseTo(r.values()[1], within(1e-9));
  }

  /**
   * When every player holds origins only (one or several, some origins held by no one), the closed
   * form, each opportunity's weight shared equally by the players that reach it, equals the average
   * over all orders.
   */
  @Property(tries = 200)
  void originPlayersGetTheAverageOverAllOrders(
      @ForAll("maps") NetworkMap map, @ForAll("playerNodes") List<List<Integer>> nodes) {
    MapGraph g = MapGraph.of(map);
    List<Player> players = new ArrayList<>();
    for (List<Integer> ns : nodes) {
      List<Integer> origins = ns.stream().filter(v -> v < g.nodeCount() && g.isOrigin(v)).toList();
      if (!origins.isEmpty()) {
        players.add(new Player("p" + players.size(), origins));
      }
    }
    if (players.isEmpty()) {
      return;
    }
    Shapley shapley = new Shapley(g, new Attribution(g).allOpportunities(), players);
    assertThat(shapley.originsOnly()).isTrue();
    Shapley.Result r = shapley.compute(10, 1);
    assertThat(r.exact()).isTrue();
    double[] expected = overAllOrders(g, players);
    for (int i = 0; i < players.size(); i++) {
      assertThat(r.values()[i]).as("player %d", i).isCloseTo(expected[i], within(1e-6));
    }
    assertThat(r.withoutPlayers()).isCloseTo(worth(g, players, 0), within(1e-6));
  }
}
