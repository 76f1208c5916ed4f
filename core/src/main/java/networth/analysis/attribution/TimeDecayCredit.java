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
 * half-life h. An opportunity's weight is shared among all the touches of all its routes in
 * proportion to their weights (a node on two routes has two touches).
 *
 * <p>The half-life is 180 days by default, not Google Ads' 7 days for clicks: a networking touch
 * (an introduction, a talk, a post) keeps working for months, and the sales cycle of consulting and
 * creative work runs months, so a touch a year before the deal counts a quarter of one made at it.
 *
 * <p>Ages are measured per opportunity, from its <em>reference date</em>: its own date when it has
 * one, else the newest dated link on its routes. An undated link counts as made on that reference
 * date (it does not decay). So an opportunity's credits depend only on the dates of its own routes
 * and its own date, never on another client's. An opportunity none of whose routes carries a dated
 * link cannot be weighed by time; it is listed in {@link Credits#linearFallback()} and left to the
 * caller, which credits it as the linear model does.
 *
 * <p>By dynamic programming, O(n + m). The dated links weigh {@code g(e) = 2^((t_e - t_ref)/h)}
 * against one global reference t_ref (the newest link date); for opportunity o with reference date
 * T_o a dated touch then weighs {@code s_o · g(e)} with {@code s_o = 2^((t_ref - T_o)/h)}, and an
 * undated one 1. Forward, for each node x: R(x) routes to x, D(x) the sum over them of their dated
 * touches' g, U(x) the number of their undated touches. An opportunity's touches weigh {@code s_o
 * D(o) + U(o)} in all. Backward, two tables of paths to the opportunities seeded per opportunity:
 * P_d with {@code w s_o / (s_o D + U)} and P_u with {@code w / (s_o D + U)}; then {@code credit(v)
 * = R(v) · Σ_{v→x} (g(v→x)·P_d(x) if dated, else P_u(x))}.
 */
final class TimeDecayCredit {

  /** The default half-life, in days: networking touches keep working for months. */
  static final double HALF_LIFE_DAYS_DEFAULT = 180;

  private TimeDecayCredit() {}

  /**
   * Time-decay credits of the opportunities that have a dated link on their routes; the others with
   * routes are named in {@link Credits#linearFallback()} and get no credit here. {@code countsFit}
   * when no node has more than 2^500 routes ({@link RouteTotals#of} gave totals), which with link
   * dates within 400 half-lives allows plain doubles.
   */
  static Credits credits(MapGraph g, boolean[] selected, double halfLifeDays, boolean countsFit) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException(
          "the half-life must be a positive number of days, was " + halfLifeDays);
    }
    Decay decay = new Decay(g, halfLifeDays);
    int[] reference = referenceDates(g);
    if (countsFit && decay.plain()) {
      return plain(g, selected, decay, reference);
    }
    return scaled(g, selected, decay, reference);
  }

  /**
   * Each node's reference date: its own date, else the newest dated link on the routes to it
   * ({@link MapGraph#NO_DATE} when none is dated), by one forward pass.
   */
  private static int[] referenceDates(MapGraph g) {
    int n = g.nodeCount();
    int[] newest = new int[n];
    java.util.Arrays.fill(newest, MapGraph.NO_DATE);
    for (int x : g.topologicalOrder()) {
      for (int k = 0; k < g.inDegree(x); k++) {
        newest[x] = Math.max(newest[x], Math.max(newest[g.in(x, k)], g.inDate(x, k)));
      }
    }
    for (int x = 0; x < n; x++) {
      if (g.date(x) != MapGraph.NO_DATE) {
        newest[x] = g.date(x);
      }
    }
    return newest;
  }

  /** What an opportunity asks of the backward pass. */
  private enum Seed {
    NONE,
    UNREACHED,
    FALLBACK,
    DECAY
  }

  private static Seed seed(MapGraph g, boolean[] selected, int x, boolean dated, boolean undated) {
    if (!selected[x] || !(g.weight(x) > 0)) {
      return Seed.NONE;
    }
    if (!dated) {
      return undated ? Seed.FALLBACK : Seed.UNREACHED;
    }
    return Seed.DECAY;
  }

  /**
   * The sums in plain doubles, for when they cannot leave a double's range: at most 2^500 routes to
   * a node, and no link weighing less than 2^-400 against the newest. Then D(o) of an opportunity
   * with a dated touch is at least 2^-400, every seed at most its weight times 2^400 and every sum
   * of paths that times 2^500; each credit is at most the total weight.
   */
  private static Credits plain(MapGraph g, boolean[] selected, Decay decay, int[] reference) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    double[] weight = decay.plainWeights();
    // Routes [3x], dated weight [3x + 1] and undated touches [3x + 2] side by side: one place read
    // per link.
    double[] fwd = new double[3 * n];
    for (int x : order) {
      if (g.isOrigin(x)) {
        fwd[3 * x] = 1;
        continue;
      }
      double r = 0;
      double d = 0;
      double u = 0;
      for (int k = 0; k < g.inDegree(x); k++) {
        int p = 3 * g.in(x, k);
        r += fwd[p];
        d += fwd[p + 1];
        u += fwd[p + 2];
        int date = g.inDate(x, k);
        if (date == MapGraph.NO_DATE) {
          u += fwd[p];
        } else {
          d += fwd[p] * weight[decay.index(date)];
        }
      }
      fwd[3 * x] = r;
      fwd[3 * x + 1] = d;
      fwd[3 * x + 2] = u;
    }
    boolean[] unreached = new boolean[n];
    boolean[] fallback = new boolean[n];
    double[] pd = new double[n];
    double[] pu = new double[n];
    double[] credit = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      double sd = 0;
      double su = 0;
      double d = fwd[3 * x + 1];
      double u = fwd[3 * x + 2];
      switch (seed(g, selected, x, d > 0, u > 0)) {
        case UNREACHED -> unreached[x] = true;
        case FALLBACK -> fallback[x] = true;
        case DECAY -> {
          double w = g.weight(x);
          if (u == 0) {
            sd = w / d;
          } else {
            // s_o = 2^r; written so that an s_o beyond a double's range gives the limits, not NaN.
            double r = decay.shift(reference[x]);
            sd = w / (d + u * Math.pow(2, -r));
            su = w / (d * Math.pow(2, r) + u);
          }
        }
        case NONE -> {}
      }
      double out = 0;
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = g.out(x, k);
        sd += pd[y];
        su += pu[y];
        int date = g.outDate(x, k);
        out += date == MapGraph.NO_DATE ? pu[y] : pd[y] * weight[decay.index(date)];
      }
      pd[x] = sd;
      pu[x] = su;
      credit[x] = out == 0 ? 0 : fwd[3 * x] * out;
    }
    return new Credits(Model.TIME_DECAY, credit, ids(g, unreached), ids(g, fallback));
  }

  /** The same sums as mantissas and exponents, for counts or weights beyond a double's range. */
  private static Credits scaled(MapGraph g, boolean[] selected, Decay decay, int[] reference) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    // A node's routes, dated weight and undated touches side by side, each as mantissa and
    // exponent: a pass reads one place per link and allocates nothing.
    double[] fwd = new double[6 * n];
    ScaledSum r = new ScaledSum();
    ScaledSum d = new ScaledSum();
    ScaledSum u = new ScaledSum();
    for (int x : order) {
      if (g.isOrigin(x)) {
        fwd[6 * x] = 1;
        continue;
      }
      r.reset();
      d.reset();
      u.reset();
      for (int k = 0; k < g.inDegree(x); k++) {
        int p = 6 * g.in(x, k);
        double rm = fwd[p];
        int re = (int) fwd[p + 1];
        r.add(rm, re);
        d.add(fwd[p + 2], (int) fwd[p + 3]);
        u.add(fwd[p + 4], (int) fwd[p + 5]);
        int date = g.inDate(x, k);
        if (date == MapGraph.NO_DATE) {
          u.add(rm, re);
        } else {
          int i = decay.index(date);
          d.addProduct(rm, re, decay.mantissa[i], decay.exponent[i]);
        }
      }
      store(fwd, 6 * x, r);
      store(fwd, 6 * x + 2, d);
      store(fwd, 6 * x + 4, u);
    }
    boolean[] unreached = new boolean[n];
    boolean[] fallback = new boolean[n];
    double[] paths = new double[4 * n];
    double[] credit = new double[n];
    ScaledSum pd = new ScaledSum();
    ScaledSum pu = new ScaledSum();
    ScaledSum out = new ScaledSum();
    for (int i = n - 1; i >= 0; i--) {
      int x = order[i];
      pd.reset();
      pu.reset();
      out.reset();
      Scaled dx = new Scaled(fwd[6 * x + 2], (int) fwd[6 * x + 3]);
      Scaled ux = new Scaled(fwd[6 * x + 4], (int) fwd[6 * x + 5]);
      switch (seed(g, selected, x, !dx.isZero(), !ux.isZero())) {
        case UNREACHED -> unreached[x] = true;
        case FALLBACK -> fallback[x] = true;
        case DECAY -> {
          Scaled w = Scaled.of(g.weight(x));
          Scaled sd;
          Scaled su = Scaled.ZERO;
          if (ux.isZero()) {
            sd = w.dividedBy(dx);
          } else {
            double shift = decay.shift(reference[x]);
            sd = w.dividedBy(dx.plus(ux.times(power(-shift))));
            su = w.dividedBy(dx.times(power(shift)).plus(ux));
          }
          pd.add(sd.mantissa(), sd.exponent());
          pu.add(su.mantissa(), su.exponent());
        }
        case NONE -> {}
      }
      for (int k = 0; k < g.outDegree(x); k++) {
        int y = 4 * g.out(x, k);
        pd.add(paths[y], (int) paths[y + 1]);
        pu.add(paths[y + 2], (int) paths[y + 3]);
        int date = g.outDate(x, k);
        if (date == MapGraph.NO_DATE) {
          out.add(paths[y + 2], (int) paths[y + 3]);
        } else {
          int j = decay.index(date);
          out.addProduct(paths[y], (int) paths[y + 1], decay.mantissa[j], decay.exponent[j]);
        }
      }
      store(paths, 4 * x, pd);
      store(paths, 4 * x + 2, pu);
      credit[x] = Math.scalb(fwd[6 * x] * out.mantissa(), (int) fwd[6 * x + 1] + out.exponent());
    }
    return new Credits(Model.TIME_DECAY, credit, ids(g, unreached), ids(g, fallback));
  }

  private static void store(double[] into, int at, ScaledSum s) {
    into[at] = s.mantissa();
    into[at + 1] = s.exponent();
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
   * The weight of each link date against the newest, {@code 2^((date - newest) / h)}, as mantissa
   * and exponent, in a table by day from the oldest date: computed once per day, read per link.
   */
  private static final class Decay {
    final double[] mantissa;
    final int[] exponent;
    private final int oldest;
    private final int newest;
    private final double halfLife;

    Decay(MapGraph g, double halfLife) {
      this.halfLife = halfLife;
      // The newest and the oldest link dates, in one pass over the links.
      int last = Integer.MIN_VALUE;
      int first = Integer.MAX_VALUE;
      for (int v = 0; v < g.nodeCount(); v++) {
        for (int k = 0; k < g.outDegree(v); k++) {
          int d = g.outDate(v, k);
          if (d != MapGraph.NO_DATE) {
            last = Math.max(last, d);
            first = Math.min(first, d);
          }
        }
      }
      if (first == Integer.MAX_VALUE) {
        last = 0;
        first = 0;
      }
      oldest = first;
      newest = last;
      long days = (long) last - first + 1;
      if (days > 50_000_000L) {
        throw new IllegalArgumentException(
            "link dates span " + days + " days; time decay handles at most 50 million");
      }
      mantissa = new double[(int) days];
      exponent = new int[(int) days];
      for (int t = 0; t < days; t++) {
        Scaled s = power((first + t - last) / halfLife);
        mantissa[t] = s.mantissa();
        exponent[t] = s.exponent();
      }
    }

    /** The slot of a (dated) link's weight. */
    int index(int date) {
      return date - oldest;
    }

    /**
     * {@code (t_ref - T) / h}: the power of two that turns weights against t_ref into ages at T.
     */
    double shift(int referenceDate) {
      return ((double) newest - referenceDate) / halfLife;
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

  /** {@code 2^p} as a scaled number; powers beyond ±2^29 are held there (no map comes near). */
  private static Scaled power(double p) {
    double clamped = Math.max(-(1 << 29), Math.min(1 << 29, p));
    double whole = Math.floor(clamped);
    return Scaled.of(Math.pow(2, clamped - whole)).times(1, (int) whole);
  }
}
