package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.RouteTable;
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

  /** Per-route shares. */
  static Credits routes(
      MapGraph g, RouteTable up, boolean[] selected, Model model, RouteShare share) {
    return credit(g, up, selected, model, share, false);
  }

  /** Markov removal effects. */
  static Credits markov(MapGraph g, RouteTable up, boolean[] selected) {
    return credit(g, up, selected, Model.MARKOV, null, true);
  }

  private static Credits credit(
      MapGraph g,
      RouteTable up,
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
        Scaled seed = Scaled.of(g.weight(o)).dividedBy(norm);
        seedM[o] = seed.mantissa();
        seedE[o] = seed.exponent();
      }
    }
    RouteTable down = RouteTable.down(g, seedM, seedE);
    double[] credit = new double[n];
    for (int v = 0; v < n; v++) {
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
    return new Credits(model, credit, unreached);
  }
}
