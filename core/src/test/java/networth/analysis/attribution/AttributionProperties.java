package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.analysis.DatedMaps;
import networth.analysis.Routes;
import networth.analysis.routes.RouteTable;
import networth.analysis.routes.RouteTotals;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

/** Every model equals its definition applied to the routes listed one by one. */
class AttributionProperties {

  private static final double HALF_LIFE = 10;

  @Provide
  Arbitrary<NetworkMap> maps() {
    return DatedMaps.maps(9, 18);
  }

  /** The credit each node gets from one opportunity, by the model's definition over its routes. */
  private static double[] byDefinition(MapGraph g, int o, Model model) {
    double[] credit = new double[g.nodeCount()];
    List<int[]> routes = Routes.all(g, o);
    double w = g.weight(o);
    if (routes.isEmpty() || w == 0) {
      return credit;
    }
    switch (model) {
      case MARKOV -> {
        double[] removal = removalEffects(g, routes);
        double total = 0;
        for (double r : removal) {
          total += r;
        }
        for (int v = 0; v < credit.length; v++) {
          credit[v] = w * removal[v] / total;
        }
      }
      case TIME_DECAY -> {
        // Ages from the opportunity's reference date: its own, else its routes' newest link date;
        // an undated link counts as made on it; no dated link on any route: the linear model.
        int reference = g.date(o);
        int newestOnRoutes = MapGraph.NO_DATE;
        for (int[] r : routes) {
          for (int i = 0; i + 1 < r.length; i++) {
            newestOnRoutes = Math.max(newestOnRoutes, linkDate(g, r[i], r[i + 1]));
          }
        }
        if (newestOnRoutes == MapGraph.NO_DATE) {
          return byDefinition(g, o, Model.LINEAR);
        }
        if (reference == MapGraph.NO_DATE) {
          reference = newestOnRoutes;
        }
        double total = 0;
        double[] weight = new double[g.nodeCount()];
        for (int[] r : routes) {
          for (int i = 0; i + 1 < r.length; i++) {
            double d = decay(linkDate(g, r[i], r[i + 1]), reference);
            weight[r[i]] += d;
            total += d;
          }
        }
        for (int v = 0; v < credit.length; v++) {
          credit[v] = w * weight[v] / total;
        }
      }
      default -> {
        RouteShare share = RouteShare.valueOf(model.name());
        for (int[] r : routes) {
          int touches = r.length - 1;
          for (int i = 0; i < touches; i++) {
            credit[r[i]] += w / routes.size() * share.of(i + 1, touches);
          }
        }
      }
    }
    return credit;
  }

  /**
   * The first-order Markov chain of the routes read as journeys (counts of transitions), and for
   * each node the conversion probability lost when it is removed (its removal effect).
   */
  private static double[] removalEffects(MapGraph g, List<int[]> routes) {
    Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
    int start = -1;
    int conversion = -2;
    for (int[] r : routes) {
      add(counts, start, r[0]);
      for (int i = 0; i + 2 < r.length; i++) {
        add(counts, r[i], r[i + 1]);
      }
      add(counts, r[r.length - 2], conversion);
    }
    double[] effect = new double[g.nodeCount()];
    double full = convert(counts, start, Integer.MIN_VALUE, new HashMap<>());
    for (int v = 0; v < g.nodeCount(); v++) {
      effect[v] = full - convert(counts, start, v, new HashMap<>());
    }
    return effect;
  }

  private static void add(Map<Integer, Map<Integer, Integer>> counts, int from, int to) {
    counts.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1, Integer::sum);
  }

  /** The probability of reaching conversion from a state when {@code removed} leads nowhere. */
  private static double convert(
      Map<Integer, Map<Integer, Integer>> counts,
      int state,
      int removed,
      Map<Integer, Double> memo) {
    if (state == -2) {
      return 1;
    }
    if (state == removed) {
      return 0;
    }
    Double known = memo.get(state);
    if (known != null) {
      return known;
    }
    Map<Integer, Integer> out = counts.getOrDefault(state, Map.of());
    double total = out.values().stream().mapToInt(Integer::intValue).sum();
    double p = 0;
    for (var e : out.entrySet()) {
      p += e.getValue() / total * convert(counts, e.getKey(), removed, memo);
    }
    memo.put(state, p);
    return p;
  }

  private static int linkDate(MapGraph g, int from, int to) {
    for (int k = 0; k < g.outDegree(from); k++) {
      if (g.out(from, k) == to) {
        return g.outDate(from, k);
      }
    }
    throw new AssertionError("no link");
  }

  private static double decay(int date, int reference) {
    return decay(date, reference, HALF_LIFE);
  }

  private static double decay(int date, int reference, double halfLife) {
    return date == MapGraph.NO_DATE ? 1 : Math.pow(2, (date - reference) / halfLife);
  }

  @Property(tries = 200)
  void eachModelEqualsItsDefinitionForEachOpportunity(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    Attribution attribution = new Attribution(g);
    for (Model model :
        List.of(
            Model.FIRST,
            Model.LAST,
            Model.LINEAR,
            Model.POSITION,
            Model.MARKOV,
            Model.TIME_DECAY)) {
      double[] whole = new double[g.nodeCount()];
      for (int o = 0; o < g.nodeCount(); o++) {
        if (!g.isCounted(o)) {
          continue;
        }
        double[] expected = byDefinition(g, o, model);
        Credits credits = attribution.credits(model, attribution.only(o), HALF_LIFE);
        for (int v = 0; v < g.nodeCount(); v++) {
          assertThat(credits.of(v))
              .as("%s credit of v%d for v%d", model, v, o)
              .isCloseTo(expected[v], within(1e-6));
          whole[v] += expected[v];
        }
        double routed = Routes.all(g, o).isEmpty() ? 0 : g.weight(o);
        assertThat(credits.total())
            .as("%s credits for v%d add up to its weight", model, o)
            .isCloseTo(routed, within(1e-6));
        assertThat(credits.unreached()).hasSize(routed == 0 && g.weight(o) > 0 ? 1 : 0);
      }
      Credits all = attribution.credits(model, attribution.allOpportunities(), HALF_LIFE);
      for (int v = 0; v < g.nodeCount(); v++) {
        assertThat(all.of(v))
            .as("%s credit of v%d for all", model, v)
            .isCloseTo(whole[v], within(1e-6));
      }
    }
  }

  /**
   * First, last and Markov have two ways to be computed: from route totals (plain doubles, used
   * while counts fit) and from routes by length (scaled, used beyond). Both give the same credits.
   */
  @Property(tries = 200)
  void totalsAndTablesGiveTheSameCredits(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    boolean[] all = new Attribution(g).allOpportunities();
    RouteTable up = RouteTable.up(g);
    RouteTotals totals = RouteTotals.of(g).orElseThrow();
    Map<Model, Credits> byTable =
        Map.of(
            Model.FIRST, RouteCredit.routes(g, up, all, Model.FIRST, RouteShare.FIRST),
            Model.LAST, RouteCredit.routes(g, up, all, Model.LAST, RouteShare.LAST),
            Model.MARKOV, RouteCredit.markov(g, up, all));
    byTable.forEach(
        (model, expected) -> {
          Credits fast = RouteCredit.fromTotals(g, totals, all, model);
          assertThat(fast.unreached()).isEqualTo(expected.unreached());
          for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(fast.of(v))
                .as("%s credit of v%d", model, v)
                .isCloseTo(expected.of(v), within(1e-6));
          }
        });
  }

  /**
   * Linear and position have three ways: scaled rows, plain rows, and dense plain rows built on two
   * threads; time decay has scaled and plain sums. Each way gives the same credits.
   */
  @Property(tries = 200)
  void everyWayOfCountingGivesTheSameCredits(@ForAll("maps") NetworkMap map) {
    MapGraph g = MapGraph.of(map);
    boolean[] all = new Attribution(g).allOpportunities();
    RouteTotals totals = RouteTotals.of(g).orElseThrow();
    for (Model model : List.of(Model.LINEAR, Model.POSITION)) {
      RouteShare share = model == Model.LINEAR ? RouteShare.LINEAR : RouteShare.POSITION;
      Credits scaled = RouteCredit.routes(g, RouteTable.up(g), all, model, share);
      List<Credits> others =
          List.of(
              RouteCredit.routes(g, RouteTable.up(g, true), true, all, model, share),
              RouteCredit.byLengthAtOnce(
                  g, totals, () -> RouteTable.upDense(g, totals.longest()), all, model, share));
      for (Credits other : others) {
        assertThat(other.unreached()).isEqualTo(scaled.unreached());
        for (int v = 0; v < g.nodeCount(); v++) {
          assertThat(other.of(v)).as("%s v%d", model, v).isCloseTo(scaled.of(v), within(1e-6));
        }
      }
    }
    Credits scaledDecay = TimeDecayCredit.credits(g, all, HALF_LIFE, false);
    Credits plainDecay = TimeDecayCredit.credits(g, all, HALF_LIFE, true);
    assertThat(plainDecay.unreached()).isEqualTo(scaledDecay.unreached());
    assertThat(plainDecay.linearFallback()).isEqualTo(scaledDecay.linearFallback());
    for (int v = 0; v < g.nodeCount(); v++) {
      assertThat(plainDecay.of(v))
          .as("time decay v%d", v)
          .isCloseTo(scaledDecay.of(v), within(1e-6));
    }
  }

  /**
   * With a half-life of 2 days, dates three years apart lie 550 half-lives apart: weights below
   * 2^-400 send time decay to its scaled sums, which must still give each opportunity's credits by
   * definition (ages from its own reference date; here worked out in doubles, which hold 2^-550).
   */
  @Property(tries = 200)
  void timeDecayOverHundredsOfHalfLivesEqualsItsDefinition(@ForAll("maps") NetworkMap map) {
    double halfLife = 2;
    MapGraph g = MapGraph.of(map);
    Attribution attribution = new Attribution(g);
    for (int o = 0; o < g.nodeCount(); o++) {
      List<int[]> routes = Routes.all(g, o);
      if (!g.isCounted(o) || routes.isEmpty()) {
        continue;
      }
      int reference = g.date(o);
      int newest = MapGraph.NO_DATE;
      for (int[] r : routes) {
        for (int i = 0; i + 1 < r.length; i++) {
          newest = Math.max(newest, linkDate(g, r[i], r[i + 1]));
        }
      }
      double[] expected;
      if (newest == MapGraph.NO_DATE) {
        expected = byDefinition(g, o, Model.LINEAR);
      } else {
        reference = reference == MapGraph.NO_DATE ? newest : reference;
        expected = new double[g.nodeCount()];
        double total = 0;
        for (int[] r : routes) {
          for (int i = 0; i + 1 < r.length; i++) {
            double d = decay(linkDate(g, r[i], r[i + 1]), reference, halfLife);
            expected[r[i]] += d;
            total += d;
          }
        }
        for (int v = 0; v < expected.length; v++) {
          expected[v] *= g.weight(o) / total;
        }
      }
      Credits credits = attribution.credits(Model.TIME_DECAY, attribution.only(o), halfLife);
      for (int v = 0; v < g.nodeCount(); v++) {
        assertThat(credits.of(v))
            .as("credit of v%d for v%d", v, o)
            .isCloseTo(expected[v], within(1e-6));
      }
    }
  }
}
