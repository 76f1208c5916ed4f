package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.Scaled;
import networth.graph.MapGraph;

/**
 * Time decay: a touch counts for less the longer before the opportunity it happened. A touch's date
 * is the date of the link by which it passed the route on; its weight is {@code 2^(-age / h)} for a
 * half-life h (7 days by default, as in Google Ads). An opportunity's weight is shared among all
 * the touches of all its routes in proportion to their weights (a node on two routes has two
 * touches). Because the shares are relative, only the links' dates matter, not the opportunity's:
 * {@code 2^(-age/h)} is taken as {@code 2^((t - t_newest)/h)}. An undated link weighs as if made on
 * the newest link date of the map, so a map without dates gets the Markov model's shares.
 *
 * <p>By dynamic programming, O(n + m): forward, R(v) routes to v and G(v) the sum over them of
 * their touches' weights, {@code G(x) = Σ_{u→x} G(u) + R(u)·g(u→x)}; backward, P(x) the paths from
 * x to the opportunities seeded with w(o)/G(o); {@code credit(v) = R(v) · Σ_{v→x} g(v→x)·P(x)}.
 */
final class TimeDecayCredit {

  /** Google Ads' default half-life for time decay. */
  static final double HALF_LIFE_DAYS_DEFAULT = 7;

  private TimeDecayCredit() {}

  static Credits credits(MapGraph g, boolean[] selected, double halfLifeDays) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "the half-life must be a positive number of days, was " + halfLifeDays);
    }
    int n = g.nodeCount();
    int newest = newestLinkDate(g);
    int[] order = g.topologicalOrder();
    Scaled[] routes = new Scaled[n];
    Scaled[] weighed = new Scaled[n];
    for (int x : order) {
      if (g.isOrigin(x)) {
        routes[x] = Scaled.ONE;
        weighed[x] = Scaled.ZERO;
        continue;
      }
      Scaled r = Scaled.ZERO;
      Scaled w = Scaled.ZERO;
      for (int k = 0; k < g.inDegree(x); k++) {
        int u = g.in(x, k);
        r = r.plus(routes[u]);
        w = w.plus(weighed[u]).plus(routes[u].times(decay(g.inDate(x, k), newest, halfLifeDays)));
      }
      routes[x] = r;
      weighed[x] = w;
    }
    boolean[] unreachable = new boolean[n];
    Scaled[] paths = new Scaled[n];
    double[] credit = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      Scaled p = Scaled.ZERO;
      if (selected[x] && g.weight(x) > 0) {
        if (weighed[x].isZero()) {
          unreachable[x] = true;
        } else {
          p = Scaled.of(g.weight(x)).dividedBy(weighed[x]);
        }
      }
      Scaled out = Scaled.ZERO;
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = g.out(x, k);
        p = p.plus(paths[y]);
        out = out.plus(paths[y].times(decay(g.outDate(x, k), newest, halfLifeDays)));
      }
      paths[x] = p;
      credit[x] = routes[x].times(out).toDouble();
    }
    List<String> unreached = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (unreachable[v]) {
        unreached.add(g.id(v));
      }
    }
    return new Credits(Model.TIME_DECAY, credit, unreached);
  }

  /** The weight of a link of that date: {@code 2^((date - newest) / h)}, 1 when undated. */
  private static Scaled decay(int date, int newest, double halfLife) {
    if (date == MapGraph.NO_DATE) {
      return Scaled.ONE;
    }
    double power = (date - newest) / halfLife;
    double whole = Math.floor(power);
    return Scaled.of(Math.pow(2, power - whole))
        .times(1, (int) Math.max(whole, Integer.MIN_VALUE / 2));
  }

  private static int newestLinkDate(MapGraph g) {
    int newest = MapGraph.NO_DATE;
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int k = 0; k < g.outDegree(v); k++) {
        newest = Math.max(newest, g.outDate(v, k));
      }
    }
    return newest == MapGraph.NO_DATE ? 0 : newest;
  }
}
