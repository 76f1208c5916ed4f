package networth.analysis.connectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Credits;
import networth.analysis.attribution.Model;
import networth.analysis.routes.RouteTable;
import networth.analysis.routes.RouteTotals;
import networth.analysis.routes.Scaled;
import networth.graph.MapGraph;
import networth.model.NodeKind;

/**
 * The people who broker the most: for each person, the value whose routes they carry (their linear
 * credit), their route share (summed over the opportunities, the share of each one's routes that
 * pass through them: 1.0 is one opportunity's every route; O(n + m) by counting routes up and
 * down), and, on maps of up to {@value #BETWEENNESS_NODES_MAX} nodes, their betweenness centrality
 * over the directed links ({@link Betweenness}, Brandes 2001, O(nm)).
 */
public final class Connectors {

  public static final int BETWEENNESS_NODES_MAX = 50_000;

  /**
   * One person's standing.
   *
   * @param node index
   * @param valueCarried linear credit
   * @param routeShare summed share of the opportunities' routes through them
   * @param betweenness betweenness centrality, when the map is small enough
   */
  public record Connector(
      int node, double valueCarried, double routeShare, Optional<Double> betweenness) {}

  private Connectors() {}

  /** Every person on a route, most value carried first. */
  public static List<Connector> rank(MapGraph g) {
    return rank(g, Integer.MAX_VALUE);
  }

  /**
   * The {@code limit} people who carried the most value, most first (ties: the larger route share,
   * then map order). Only those are sorted: on a map of a million people, keeping the best few in a
   * heap costs far less than sorting them all.
   */
  public static List<Connector> rank(MapGraph g, int limit) {
    return rank(new Attribution(g), limit);
  }

  /** The same, with an attribution whose route counts are shared with other analyses. */
  public static List<Connector> rank(Attribution attribution, int limit) {
    MapGraph g = attribution.graph();
    Credits linear = attribution.credits(Model.LINEAR, attribution.allOpportunities());
    double[] share = routeShare(g, attribution.totals());
    Optional<double[]> betweenness =
        g.nodeCount() <= BETWEENNESS_NODES_MAX ? Optional.of(Betweenness.of(g)) : Optional.empty();
    // One order for both ways of ranking: the one the small array keeps.
    Comparator<Integer> better =
        (a, b) -> better(linear, share, a, b) ? -1 : better(linear, share, b, a) ? 1 : 0;
    List<Integer> order;
    if (limit <= 1_000) {
      order = best(g, linear, share, limit);
    } else {
      order = new ArrayList<>();
      for (int v = 0; v < g.nodeCount(); v++) {
        if (g.kind(v) == NodeKind.PERSON && share[v] > 0) {
          order.add(v);
        }
      }
      order.sort(better);
      order = order.subList(0, Math.min(limit, order.size()));
    }
    List<Connector> people = new ArrayList<>(order.size());
    for (int v : order) {
      people.add(new Connector(v, linear.of(v), share[v], betweenness.map(b -> b[v])));
    }
    return people;
  }

  /**
   * The few best people, kept in a small sorted array as the nodes go by: most are turned away by
   * one comparison with the last kept, so a million nodes cost a million comparisons, with nothing
   * boxed.
   */
  private static List<Integer> best(MapGraph g, Credits linear, double[] share, int limit) {
    int[] top = new int[Math.max(0, limit)];
    int size = 0;
    for (int v = 0; v < g.nodeCount() && limit > 0; v++) {
      if (g.kind(v) != NodeKind.PERSON || !(share[v] > 0)) {
        continue;
      }
      if (size == limit && !better(linear, share, v, top[size - 1])) {
        continue;
      }
      int at = size < limit ? size++ : limit - 1;
      while (at > 0 && better(linear, share, v, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = v;
    }
    List<Integer> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(top[i]);
    }
    return out;
  }

  /** Whether a carried more value than b (then: more route share, then: earlier in the map). */
  private static boolean better(Credits linear, double[] share, int a, int b) {
    if (linear.of(a) != linear.of(b)) {
      return linear.of(a) > linear.of(b);
    }
    if (share[a] != share[b]) {
      return share[a] > share[b];
    }
    return a < b;
  }

  /**
   * Σ over counted opportunities o of (routes to o through v) / (routes to o): routes to v times
   * the paths from v to each o, seeded with 1 / (routes to o). Two passes of one number per link
   * while counts fit plain doubles; by scaled rows beyond.
   */
  static double[] routeShare(MapGraph g) {
    return routeShare(g, RouteTotals.of(g));
  }

  private static double[] routeShare(MapGraph g, Optional<RouteTotals> totals) {
    if (totals.isPresent()) {
      RouteTotals t = totals.get();
      double[] seed = new double[g.nodeCount()];
      for (int o = 0; o < seed.length; o++) {
        if (g.isCounted(o) && !g.isOrigin(o)) {
          seed[o] = 1 / t.routes(o);
        }
      }
      double[] down = RouteTotals.down(g, seed);
      double[] share = new double[g.nodeCount()];
      for (int v = 0; v < share.length; v++) {
        share[v] = t.routes(v) * down[v];
      }
      return share;
    }
    RouteTable up = RouteTable.up(g);
    double[] seedM = new double[g.nodeCount()];
    int[] seedE = new int[g.nodeCount()];
    for (int o = 0; o < seedM.length; o++) {
      Scaled routes = up.total(o);
      if (g.isCounted(o) && !g.isOrigin(o) && !routes.isZero()) {
        Scaled seed = Scaled.ONE.dividedBy(routes);
        seedM[o] = seed.mantissa();
        seedE[o] = seed.exponent();
      }
    }
    RouteTable down = RouteTable.down(g, seedM, seedE);
    double[] share = new double[g.nodeCount()];
    for (int v = 0; v < share.length; v++) {
      share[v] = up.total(v).times(down.total(v)).toDouble();
    }
    return share;
  }
}
