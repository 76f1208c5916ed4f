package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
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

  static Credits credits(MapGraph g, boolean[] selected, double halfLifeDays) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "the half-life must be a positive number of days, was " + halfLifeDays);
    }
    int n = g.nodeCount();
    Decay decay = new Decay(newestLinkDate(g), halfLifeDays);
    int[] order = g.topologicalOrder();
    // Scaled numbers as mantissa and exponent arrays: one pass allocates nothing per link.
    double[] routesM = new double[n];
    int[] routesE = new int[n];
    double[] weighedM = new double[n];
    int[] weighedE = new int[n];
    ScaledSum r = new ScaledSum();
    ScaledSum w = new ScaledSum();
    for (int x : order) {
      if (g.isOrigin(x)) {
        routesM[x] = 1;
        continue;
      }
      r.reset();
      w.reset();
      for (int k = 0; k < g.inDegree(x); k++) {
        int u = g.in(x, k);
        r.add(routesM[u], routesE[u]);
        w.add(weighedM[u], weighedE[u]);
        decay.of(g.inDate(x, k));
        w.addProduct(routesM[u], routesE[u], decay.mantissa, decay.exponent);
      }
      routesM[x] = r.mantissa();
      routesE[x] = r.exponent();
      weighedM[x] = w.mantissa();
      weighedE[x] = w.exponent();
    }
    boolean[] unreachable = new boolean[n];
    double[] pathsM = new double[n];
    int[] pathsE = new int[n];
    double[] credit = new double[n];
    ScaledSum p = new ScaledSum();
    ScaledSum out = new ScaledSum();
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      p.reset();
      out.reset();
      if (selected[x] && g.weight(x) > 0) {
        if (weighedM[x] == 0) {
          unreachable[x] = true;
        } else {
          Scaled seed = Scaled.of(g.weight(x)).dividedBy(new Scaled(weighedM[x], weighedE[x]));
          p.add(seed.mantissa(), seed.exponent());
        }
      }
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = g.out(x, k);
        p.add(pathsM[y], pathsE[y]);
        decay.of(g.outDate(x, k));
        out.addProduct(pathsM[y], pathsE[y], decay.mantissa, decay.exponent);
      }
      pathsM[x] = p.mantissa();
      pathsE[x] = p.exponent();
      credit[x] = Math.scalb(routesM[x] * out.mantissa(), routesE[x] + out.exponent());
    }
    List<String> unreached = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (unreachable[v]) {
        unreached.add(g.id(v));
      }
    }
    return new Credits(Model.TIME_DECAY, credit, unreached);
  }

  /**
   * The weight of a link of a date, {@code 2^((date - newest) / h)} (1 when undated), as mantissa
   * and exponent; dates repeat, so each day's weight is computed once.
   */
  private static final class Decay {
    private final int newest;
    private final double halfLife;
    private final java.util.Map<Integer, Scaled> known = new java.util.HashMap<>();
    private int lastDate = MapGraph.NO_DATE;
    double mantissa = 1;
    int exponent;

    Decay(int newest, double halfLife) {
      this.newest = newest;
      this.halfLife = halfLife;
    }

    void of(int date) {
      if (date == lastDate) {
        return;
      }
      lastDate = date;
      Scaled s = date == MapGraph.NO_DATE ? Scaled.ONE : known.computeIfAbsent(date, this::weigh);
      mantissa = s.mantissa();
      exponent = s.exponent();
    }

    private Scaled weigh(int date) {
      return decay(date, newest, halfLife);
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
