package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import networth.analysis.routes.RouteTable;
import networth.analysis.routes.RouteTotals;
import networth.analysis.routes.Scaled;
import networth.graph.MapGraph;

/**
 * The route models (first, last, linear, position) and the Markov removal-effect model, for many
 * opportunities at once, without listing a route.
 *
 * <p><b>Route models.</b> Each of an opportunity's R routes carries w/R of its weight w, shared
 * among the route's touches by {@link RouteShare}; a node's credit is the sum over the routes it is
 * on. With {@code up(v)[a]} routes of a nodes from an origin to v and {@code down(v)[b]} paths from
 * v to the opportunities with b nodes between, each seeded with w/R ({@link RouteTable}): {@code
 * credit(v) = Σ_{a,b} up(v)[a] · down(v)[b] · share(a, a + b)}. Cost O((n + m)·L + n·L²) for routes
 * of up to L touches.
 *
 * <p><b>Markov.</b> Reading an opportunity's routes as journeys, the first-order Markov chain built
 * from them (Anderl, Becker, von Wangenheim and Schumann, "Mapping the customer journey", 2016)
 * visits a node with probability N(v)/R, where N(v) is the number of routes through v, so removing
 * v loses that share of conversions: its removal effect. Shares of the weight in proportion to the
 * removal effects give {@code credit(v) = Σ_o w(o) · N_o(v) / Σ_u N_o(u)}, the same sum with seeds
 * w/T (T the number of touches over all routes) and a share of 1.
 */
final class RouteCredit {

  private RouteCredit() {}

  /** Per-route shares; {@code plain} as in {@link RouteTable#up(MapGraph, boolean)}. */
  static Credits routes(
      MapGraph g, RouteTable up, boolean plain, boolean[] selected, Model model, RouteShare share) {
    return credit(g, up, plain, selected, model, share, false);
  }

  /** Per-route shares, counted with scaled numbers. */
  static Credits routes(
      MapGraph g, RouteTable up, boolean[] selected, Model model, RouteShare share) {
    return credit(g, up, false, selected, model, share, false);
  }

  /** Markov removal effects, counted with scaled numbers. */
  static Credits markov(MapGraph g, RouteTable up, boolean[] selected) {
    return credit(g, up, false, selected, Model.MARKOV, null, true);
  }

  /**
   * First touch, last touch or Markov from route totals alone: these models need no lengths. First
   * touch credits each origin with {@code Σ_o w/R · paths(origin→o)}; last touch credits a node
   * with {@code R(v) · Σ_{v→o} w/R}; Markov credits {@code R(v) · Σ_o w/T · paths(v→o)}, R being
   * routes and T touches over all routes to o. The same numbers as {@link #routes} and {@link
   * #markov} (the tests hold them to it), in O(n + m).
   */
  static Credits fromTotals(MapGraph g, RouteTotals totals, boolean[] selected, Model model) {
    int n = g.nodeCount();
    List<String> unreached = new ArrayList<>();
    double[] seed = seeds(g, totals, selected, model == Model.MARKOV, unreached);
    double[] credit = new double[n];
    switch (model) {
      case FIRST -> {
        double[] down = RouteTotals.down(g, seed);
        for (int v = 0; v < n; v++) {
          credit[v] = g.isOrigin(v) ? down[v] : 0;
        }
      }
      case LAST -> {
        for (int v = 0; v < n; v++) {
          double next = 0;
          for (int k = 0; k < g.outDegree(v); k++) {
            next += seed[g.out(v, k)];
          }
          credit[v] = next == 0 ? 0 : totals.routes(v) * next;
        }
      }
      case MARKOV -> {
        double[] down = RouteTotals.down(g, seed);
        for (int v = 0; v < n; v++) {
          credit[v] = down[v] == 0 ? 0 : totals.routes(v) * down[v];
        }
      }
      default -> throw new IllegalArgumentException(model + " needs routes by length");
    }
    return new Credits(model, credit, unreached);
  }

  private static Credits credit(
      MapGraph g,
      RouteTable up,
      boolean plain,
      boolean[] selected,
      Model model,
      RouteShare share,
      boolean byTouches) {
    int n = g.nodeCount();
    double[] seedM = new double[n];
    int[] seedE = new int[n];
    List<String> unreached = new ArrayList<>();
    for (int o = 0; o < n; o++) {
      if (!selected[o] || g.weight(o) == 0) {
        continue;
      }
      // up(o) counts o itself: a route of k touches has k + 1 nodes.
      Scaled norm = byTouches ? up.sum(o, len -> len - 1) : up.total(o);
      if (g.isOrigin(o) || norm.isZero()) {
        unreached.add(g.id(o));
      } else {
        if (plain) {
          seedM[o] = g.weight(o) / norm.toDouble();
        } else {
          Scaled seed = Scaled.of(g.weight(o)).dividedBy(norm);
          seedM[o] = seed.mantissa();
          seedE[o] = seed.exponent();
        }
      }
    }
    RouteTable down = up.downFor(g, seedM, seedE, plain);
    return new Credits(model, combine(g, up, down, share, byTouches), unreached);
  }

  /**
   * Linear or position where counts fit plain doubles and the tables fit dense rows: the seeds come
   * from the route totals, so the table of routes up (from {@code upTable}, maybe already built)
   * and the table of paths down are built at the same time, on two threads. The same credits as
   * {@link #routes}.
   */
  static Credits byLengthAtOnce(
      MapGraph g,
      RouteTotals totals,
      Supplier<RouteTable> upTable,
      boolean[] selected,
      Model model,
      RouteShare share) {
    List<String> unreached = new ArrayList<>();
    double[] seed = seeds(g, totals, selected, false, unreached);
    CompletableFuture<RouteTable> up = CompletableFuture.supplyAsync(upTable);
    RouteTable down = RouteTable.downDense(g, seed, totals.longest());
    return new Credits(model, combine(g, up.join(), down, share, false), unreached);
  }

  /**
   * Each selected opportunity's weight divided by its routes (or, {@code byTouches}, by the touches
   * over all its routes), in plain doubles; opportunities nothing leads to go to {@code unreached}.
   */
  private static double[] seeds(
      MapGraph g,
      RouteTotals totals,
      boolean[] selected,
      boolean byTouches,
      List<String> unreached) {
    int n = g.nodeCount();
    double[] seed = new double[n];
    for (int o = 0; o < n; o++) {
      if (!selected[o] || g.weight(o) == 0) {
        continue;
      }
      double norm = byTouches ? totals.nodes(o) - totals.routes(o) : totals.routes(o);
      if (g.isOrigin(o) || norm == 0) {
        unreached.add(g.id(o));
      } else {
        seed[o] = g.weight(o) / norm;
      }
    }
    return seed;
  }

  /**
   * Each node's credit: Σ over lengths a up and b down of up · down · share (or 1 by touches). The
   * nodes are independent: on a large map the second half is done on another thread.
   */
  private static double[] combine(
      MapGraph g, RouteTable up, RouteTable down, RouteShare share, boolean byTouches) {
    int n = g.nodeCount();
    double[] credit = new double[n];
    if (n < 100_000) {
      combine(up, down, share, byTouches, credit, 0, n);
      return credit;
    }
    int half = n / 2;
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> combine(up, down, share, byTouches, credit, half, n));
    combine(up, down, share, byTouches, credit, 0, half);
    second.join();
    return credit;
  }

  private static void combine(
      RouteTable up,
      RouteTable down,
      RouteShare share,
      boolean byTouches,
      double[] credit,
      int from,
      int to) {
    for (int v = from; v < to; v++) {
      if (up.first(v) == up.end(v) || down.first(v) == down.end(v)) {
        continue;
      }
      double sum = 0;
      for (int a = up.first(v); a < up.end(v); a++) {
        double ua = up.mantissa(v, a);
        if (ua == 0) {
          continue;
        }
        for (int b = down.first(v); b < down.end(v); b++) {
          sum += ua * down.mantissa(v, b) * (byTouches ? 1 : share.of(a, a + b));
        }
      }
      credit[v] = Math.scalb(sum, up.exponent(v) + down.exponent(v));
    }
  }
}
