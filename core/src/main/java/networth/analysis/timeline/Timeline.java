package networth.analysis.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import networth.graph.MapGraph;
import networth.model.NodeKind;

/**
 * How long routes take: for each dated opportunity, the days from the earliest dated touch on any
 * of its routes (a node's date or a link's) to the opportunity's own date (when it was won, or
 * opened); for each channel, the days from its first touch toward each opportunity it led to (the
 * date of its link, else of the node the link leads to), and their median. Forward passes in
 * topological order: O(n + m) for the opportunities, and as much again per channel.
 */
public final class Timeline {

  /**
   * @param node the opportunity
   * @param firstTouch the day number of the earliest dated touch on its routes
   * @param date the opportunity's own day number
   */
  public record Lag(int node, int firstTouch, int date) {
    public int days() {
      return date - firstTouch;
    }
  }

  /**
   * @param channel the channel
   * @param lags its lag to each dated opportunity it led to (with a dated touch), in map order
   */
  public record ChannelLag(int channel, List<Lag> lags) {
    /** The median lag in days, when there is any. */
    public OptionalInt medianDays() {
      if (lags.isEmpty()) {
        return OptionalInt.empty();
      }
      int[] days = lags.stream().mapToInt(Lag::days).sorted().toArray();
      int mid = days.length / 2;
      return OptionalInt.of(days.length % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2);
    }
  }

  private Timeline() {}

  /** Lags of the dated, counted opportunities that have a dated touch, in map order. */
  public static List<Lag> opportunities(MapGraph g) {
    int n = g.nodeCount();
    int[] earliest = new int[n];
    Arrays.fill(earliest, Integer.MAX_VALUE);
    for (int v : g.topologicalOrder()) {
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        earliest[v] = min(earliest[v], earliest[u], dated(g.date(u)), dated(g.inDate(v, k)));
      }
    }
    return lags(g, earliest);
  }

  /** For each channel, its lags to the opportunities it led to. */
  public static List<ChannelLag> channels(MapGraph g) {
    List<ChannelLag> result = new ArrayList<>();
    int[] order = g.topologicalOrder();
    for (int c = 0; c < g.nodeCount(); c++) {
      if (g.kind(c) != NodeKind.CHANNEL) {
        continue;
      }
      int[] first = new int[g.nodeCount()];
      Arrays.fill(first, Integer.MAX_VALUE);
      boolean[] reached = new boolean[g.nodeCount()];
      for (int k = 0; k < g.outDegree(c); k++) {
        int x = g.out(c, k);
        reached[x] = true;
        // The channel's touch is dated by its link, else by the node it led to (its own date is
        // when the channel began, not a touch).
        int touch = g.outDate(c, k) != MapGraph.NO_DATE ? g.outDate(c, k) : g.date(x);
        first[x] = Math.min(first[x], dated(touch));
      }
      for (int v : order) {
        if (!reached[v]) {
          continue;
        }
        for (int k = 0; k < g.outDegree(v); k++) {
          int x = g.out(v, k);
          reached[x] = true;
          first[x] = Math.min(first[x], first[v]);
        }
      }
      result.add(new ChannelLag(c, lags(g, first)));
    }
    return result;
  }

  private static List<Lag> lags(MapGraph g, int[] first) {
    List<Lag> lags = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v) && g.date(v) != MapGraph.NO_DATE && first[v] != Integer.MAX_VALUE) {
        lags.add(new Lag(v, first[v], g.date(v)));
      }
    }
    return lags;
  }

  private static int dated(int date) {
    return date == MapGraph.NO_DATE ? Integer.MAX_VALUE : date;
  }

  private static int min(int a, int... more) {
    int m = a;
    for (int b : more) {
      m = Math.min(m, b);
    }
    return m;
  }
}
