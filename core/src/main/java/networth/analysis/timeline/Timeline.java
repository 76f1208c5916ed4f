package networth.analysis.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import networth.analysis.routes.Scaled;
import networth.analysis.routes.ScaledSum;
import networth.graph.MapGraph;
import networth.model.NodeKind;

/**
 * How long routes take. For each dated opportunity, the days from the <em>first dated contact</em>
 * on its routes, the earliest dated link on any of them, to the opportunity's own date (when it was
 * won, or opened). Nodes' own dates are not contacts: "channel Instagram since 2019" says when the
 * user joined the channel, not when it brought them anyone, so it must not make a deal introduced a
 * month before look four years long. Each opportunity also says how many of its routes carry a
 * dated link, so a lag measured on one dated route of fifty reads as the guess it is.
 *
 * <p>For each channel, the days from its first dated contact toward each opportunity it led to (the
 * earliest dated link on the routes from the channel to it) to the opportunity, and their median; a
 * channel none of whose routes is dated has no median rather than a made-up one.
 *
 * <p>Forward passes in topological order: O(n + m) for the opportunities, and as much again per
 * channel. Route counts are kept as mantissas and exponents, so they never overflow.
 */
public final class Timeline {

  /**
   * @param node the opportunity
   * @param firstTouch the day number of the earliest dated link on its routes
   * @param date the opportunity's own day number
   * @param routes how many routes lead to it
   * @param datedRoutes how many of them carry at least one dated link
   */
  public record Lag(int node, int firstTouch, int date, Scaled routes, Scaled datedRoutes) {
    public int days() {
      return date - firstTouch;
    }
  }

  /** Why an opportunity's time could not be measured. */
  public enum Gap {
    /** It has no date of its own (won or opened). */
    UNDATED,
    /** No link on any of its routes is dated. */
    NO_DATED_CONTACT,
    /** Nothing leads to it. */
    NO_ROUTE
  }

  /**
   * @param node the opportunity
   * @param gap why it was not measured
   * @param routes how many routes lead to it
   * @param datedRoutes how many of them carry a dated link
   */
  public record Unmeasured(int node, Gap gap, Scaled routes, Scaled datedRoutes) {}

  /**
   * @param channel the channel
   * @param led how many counted opportunities it led to
   * @param lags its lag to each dated opportunity it led to through a dated link, in map order
   */
  public record ChannelLag(int channel, int led, List<Lag> lags) {
    public ChannelLag {
      lags = List.copyOf(lags);
    }

    /** The median lag in days, when any route of the channel's is dated. */
    public OptionalInt medianDays() {
      if (lags.isEmpty()) {
        return OptionalInt.empty();
      }
      int[] days = lags.stream().mapToInt(Lag::days).sorted().toArray();
      int mid = days.length / 2;
      return OptionalInt.of(days.length % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2);
    }
  }

  /**
   * The measured lags, and the counted opportunities that could not be measured, each in map order.
   */
  public record Opportunities(List<Lag> lags, List<Unmeasured> unmeasured) {
    public Opportunities {
      lags = List.copyOf(lags);
      unmeasured = List.copyOf(unmeasured);
    }
  }

  private Timeline() {}

  /** Lags of the dated, counted opportunities that have a dated link on a route, in map order. */
  public static List<Lag> opportunities(MapGraph g) {
    return of(g).lags();
  }

  /** Every counted opportunity: measured, or why not. */
  public static Opportunities of(MapGraph g) {
    int n = g.nodeCount();
    int[] earliest = new int[n];
    Arrays.fill(earliest, Integer.MAX_VALUE);
    // Routes [4x, 4x + 1] and routes with a dated link [4x + 2, 4x + 3], as mantissa and exponent.
    double[] count = new double[4 * n];
    ScaledSum routes = new ScaledSum();
    ScaledSum dated = new ScaledSum();
    for (int v : g.topologicalOrder()) {
      if (g.isOrigin(v)) {
        count[4 * v] = 1;
        continue;
      }
      routes.reset();
      dated.reset();
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        int date = g.inDate(v, k);
        earliest[v] = Math.min(earliest[v], Math.min(earliest[u], dated(date)));
        routes.add(count[4 * u], (int) count[4 * u + 1]);
        // Through a dated link every route to u becomes dated; else only its dated ones stay so.
        int from = date == MapGraph.NO_DATE ? 4 * u + 2 : 4 * u;
        dated.add(count[from], (int) count[from + 1]);
      }
      count[4 * v] = routes.mantissa();
      count[4 * v + 1] = routes.exponent();
      count[4 * v + 2] = dated.mantissa();
      count[4 * v + 3] = dated.exponent();
    }
    List<Lag> lags = new ArrayList<>();
    List<Unmeasured> unmeasured = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (!g.isCounted(v)) {
        continue;
      }
      Scaled all = g.isOrigin(v) ? Scaled.ZERO : new Scaled(count[4 * v], (int) count[4 * v + 1]);
      Scaled withDate = new Scaled(count[4 * v + 2], (int) count[4 * v + 3]);
      if (all.isZero()) {
        unmeasured.add(new Unmeasured(v, Gap.NO_ROUTE, all, withDate));
      } else if (g.date(v) == MapGraph.NO_DATE) {
        unmeasured.add(new Unmeasured(v, Gap.UNDATED, all, withDate));
      } else if (earliest[v] == Integer.MAX_VALUE) {
        unmeasured.add(new Unmeasured(v, Gap.NO_DATED_CONTACT, all, withDate));
      } else {
        lags.add(new Lag(v, earliest[v], g.date(v), all, withDate));
      }
    }
    return new Opportunities(lags, unmeasured);
  }

  /**
   * For each channel, its lags to the opportunities it led to; route counts in its lags are those
   * of the routes from the channel.
   */
  public static List<ChannelLag> channels(MapGraph g) {
    List<ChannelLag> result = new ArrayList<>();
    int[] order = g.topologicalOrder();
    int n = g.nodeCount();
    for (int c = 0; c < n; c++) {
      if (g.kind(c) != NodeKind.CHANNEL) {
        continue;
      }
      int[] first = new int[n];
      Arrays.fill(first, Integer.MAX_VALUE);
      boolean[] reached = new boolean[n];
      double[] count = new double[4 * n];
      count[4 * c] = 1;
      reached[c] = true;
      ScaledSum routes = new ScaledSum();
      ScaledSum dated = new ScaledSum();
      for (int v : order) {
        if (!reached[v]) {
          continue;
        }
        for (int k = 0; k < g.outDegree(v); k++) {
          int x = g.out(v, k);
          int date = g.outDate(v, k);
          reached[x] = true;
          first[x] = Math.min(first[x], Math.min(first[v], dated(date)));
          routes.reset().add(count[4 * x], (int) count[4 * x + 1]);
          routes.add(count[4 * v], (int) count[4 * v + 1]);
          int from = date == MapGraph.NO_DATE ? 4 * v + 2 : 4 * v;
          dated.reset().add(count[4 * x + 2], (int) count[4 * x + 3]);
          dated.add(count[from], (int) count[from + 1]);
          count[4 * x] = routes.mantissa();
          count[4 * x + 1] = routes.exponent();
          count[4 * x + 2] = dated.mantissa();
          count[4 * x + 3] = dated.exponent();
        }
      }
      int led = 0;
      List<Lag> lags = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (v == c || !reached[v] || !g.isCounted(v)) {
          continue;
        }
        led++;
        if (g.date(v) != MapGraph.NO_DATE && first[v] != Integer.MAX_VALUE) {
          lags.add(
              new Lag(
                  v,
                  first[v],
                  g.date(v),
                  new Scaled(count[4 * v], (int) count[4 * v + 1]),
                  new Scaled(count[4 * v + 2], (int) count[4 * v + 3])));
        }
      }
      result.add(new ChannelLag(c, led, lags));
    }
    return result;
  }

  private static int dated(int date) {
    return date == MapGraph.NO_DATE ? Integer.MAX_VALUE : date;
  }
}
