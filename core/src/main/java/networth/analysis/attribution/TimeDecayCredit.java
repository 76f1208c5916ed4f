package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.RouteTotals;
import networth.analysis.routes.Scaled;
import networth.analysis.routes.ScaledSum;
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

  /**
   * Time-decay credits; {@code countsFit} when no node has more than 2^500 routes ({@link
   * RouteTotals#of} gave totals), which with dates within 400 half-lives allows plain doubles.
   */
  static Credits credits(MapGraph g, boolean[] selected, double halfLifeDays, boolean countsFit) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "the half-life must be a positive number of days, was " + halfLifeDays);
    }
    int n = g.nodeCount();
    Decay decay = new Decay(g, halfLifeDays);
    if (countsFit && decay.plain()) {
      return plain(g, selected, decay);
    }
    int[] order = g.topologicalOrder();
    // Scaled numbers as mantissas and exponents, a node's side by side in one array (routes, then
    // their weighed touches): a pass reads one place per link and allocates nothing.
    double[] fwd = new double[4 * n];
    ScaledSum r = new ScaledSum();
    ScaledSum w = new ScaledSum();
    for (int x : order) {
      if (g.isOrigin(x)) {
        fwd[4 * x] = 1;
        continue;
      }
      r.reset();
      w.reset();
      for (int k = 0; k < g.inDegree(x); k++) {
        int u = 4 * g.in(x, k);
        double rm = fwd[u];
        int re = (int) fwd[u + 1];
        r.add(rm, re);
        w.add(fwd[u + 2], (int) fwd[u + 3]);
        int d = decay.index(g.inDate(x, k));
        w.addProduct(rm, re, decay.mantissa[d], decay.exponent[d]);
      }
      fwd[4 * x] = r.mantissa();
      fwd[4 * x + 1] = r.exponent();
      fwd[4 * x + 2] = w.mantissa();
      fwd[4 * x + 3] = w.exponent();
    }
    boolean[] unreachable = new boolean[n];
    double[] paths = new double[2 * n];
    double[] credit = new double[n];
    ScaledSum p = new ScaledSum();
    ScaledSum out = new ScaledSum();
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      p.reset();
      out.reset();
      if (selected[x] && g.weight(x) > 0) {
        if (fwd[4 * x + 2] == 0) {
          unreachable[x] = true;
        } else {
          Scaled seed =
              Scaled.of(g.weight(x)).dividedBy(new Scaled(fwd[4 * x + 2], (int) fwd[4 * x + 3]));
          p.add(seed.mantissa(), seed.exponent());
        }
      }
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = 2 * g.out(x, k);
        double pm = paths[y];
        int pe = (int) paths[y + 1];
        p.add(pm, pe);
        int d = decay.index(g.outDate(x, k));
        out.addProduct(pm, pe, decay.mantissa[d], decay.exponent[d]);
      }
      paths[2 * x] = p.mantissa();
      paths[2 * x + 1] = p.exponent();
      credit[x] = Math.scalb(fwd[4 * x] * out.mantissa(), (int) fwd[4 * x + 1] + out.exponent());
    }
    return new Credits(Model.TIME_DECAY, credit, ids(g, unreachable));
  }

  /** The ids of the marked nodes, in map order. */
  private static List<String> ids(MapGraph g, boolean[] marked) {
    List<String> ids = new ArrayList<>();
    for (int v = 0; v < marked.length; v++) {
      if (marked[v]) {
        ids.add(g.id(v));
      }
    }
    return ids;
  }

  /**
   * The same sums in plain doubles, for when they cannot leave a double's range: at most 2^500
   * routes to a node, and no link weighing less than 2^-400 (dates within 400 half-lives). Then
   * every seed is below the total weight times 2^400, every sum of paths below that times 2^500,
   * and every credit below the total weight, so nothing overflows or is lost, and a link costs a
   * few additions instead of a few scaled ones.
   */
  private static Credits plain(MapGraph g, boolean[] selected, Decay decay) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    double[] weight = decay.plainWeights();
    // routes[2x] and weighed touches [2x + 1] side by side: one place read per link.
    double[] fwd = new double[2 * n];
    for (int x : order) {
      if (g.isOrigin(x)) {
        fwd[2 * x] = 1;
        continue;
      }
      double r = 0;
      double w = 0;
      for (int k = 0; k < g.inDegree(x); k++) {
        int u = 2 * g.in(x, k);
        r += fwd[u];
        w += fwd[u + 1] + fwd[u] * weight[decay.index(g.inDate(x, k))];
      }
      fwd[2 * x] = r;
      fwd[2 * x + 1] = w;
    }
    boolean[] unreachable = new boolean[n];
    double[] paths = new double[n];
    double[] credit = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      double p = 0;
      if (selected[x] && g.weight(x) > 0) {
        if (fwd[2 * x + 1] == 0) {
          unreachable[x] = true;
        } else {
          p = g.weight(x) / fwd[2 * x + 1];
        }
      }
      double out = 0;
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = g.out(x, k);
        p += paths[y];
        out += paths[y] * weight[decay.index(g.outDate(x, k))];
      }
      paths[x] = p;
      credit[x] = out == 0 ? 0 : fwd[2 * x] * out;
    }
    return new Credits(Model.TIME_DECAY, credit, ids(g, unreachable));
  }

  /**
   * The weight of each link date, {@code 2^((date - newest) / h)} (1 when undated), as mantissa and
   * exponent, in a table by day from the oldest date: computed once per day, read per link.
   */
  private static final class Decay {
    final double[] mantissa;
    final int[] exponent;
    private final int oldest;

    Decay(MapGraph g, double halfLife) {
      // The newest and the oldest link dates, in one pass over the links.
      int newest = Integer.MIN_VALUE;
      int old = Integer.MAX_VALUE;
      for (int v = 0; v < g.nodeCount(); v++) {
        for (int k = 0; k < g.outDegree(v); k++) {
          int d = g.outDate(v, k);
          if (d != MapGraph.NO_DATE) {
            newest = Math.max(newest, d);
            old = Math.min(old, d);
          }
        }
      }
      if (old == Integer.MAX_VALUE) {
        newest = 0;
        old = 0;
      }
      oldest = old;
      long days = (long) newest - old + 1;
      if (days > 50_000_000L) {
        throw new IllegalArgumentException(
            "link dates span " + days + " days; time decay handles at most 50 million");
      }
      // Slot 0 is for undated links, which weigh 1; day t is at slot t - oldest + 1.
      mantissa = new double[(int) days + 1];
      exponent = new int[(int) days + 1];
      mantissa[0] = 1;
      for (int t = 0; t < days; t++) {
        Scaled s = decay(old + t, newest, halfLife);
        mantissa[t + 1] = s.mantissa();
        exponent[t + 1] = s.exponent();
      }
    }

    int index(int date) {
      return date == MapGraph.NO_DATE ? 0 : date - oldest + 1;
    }

    /** Whether every weight is at least 2^-400, so that plain doubles hold every sum. */
    boolean plain() {
      for (int e : exponent) {
        if (e < -400) {
          return false;
        }
      }
      return true;
    }

    /** The weights as plain doubles, by {@link #index}. */
    double[] plainWeights() {
      double[] w = new double[mantissa.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.scalb(mantissa[i], exponent[i]);
      }
      return w;
    }
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
}
