package networth.analysis.routes;

import java.util.function.IntToDoubleFunction;
import networth.graph.MapGraph;

/**
 * Routes counted by dynamic programming, never listed, by length, for every node at once. A
 * <em>route</em> to an opportunity is a path of links from an origin (a node nothing leads to) to
 * it; its <em>touches</em> are its nodes before the opportunity.
 *
 * <ul>
 *   <li>{@link #up}: for each node v, how many routes from an origin end at v, by their number of
 *       nodes (v included). An origin has one route of one node; otherwise {@code up(v)[a] =
 *       Σ_{u→v} up(u)[a-1]}.
 *   <li>{@link #down}: given a seed amount c(o) for some opportunities, for each node v the sum
 *       over them of c(o) times the number of paths from v to o, by the number of nodes strictly
 *       between: {@code down(v)[b] = Σ_{v→x} (c(x) if b = 0) + down(x)[b-1]}.
 * </ul>
 *
 * A node v on a route with a touches up to it and b after it is counted by {@code up(v)[a] ×
 * down(v)[b]}, which is how the attribution models credit it without listing routes.
 *
 * <p>Layout: node v's amounts for lengths {@code first(v) ≤ len < end(v)} lie side by side in one
 * array of mantissas, all of v's scaled by one power of two, so that route counts far beyond a
 * double's range stay exact to double precision and the table is three arrays, not an object per
 * node. Two passes each way, O((n + m)·L) for routes of up to L nodes.
 */
public final class RouteTable {

  private final int[] first;
  private final int[] offset;
  private final double[] mantissa;
  private final int[] exponent;

  private RouteTable(int[] first, int[] offset, double[] mantissa, int[] exponent) {
    this.first = first;
    this.offset = offset;
    this.mantissa = mantissa;
    this.exponent = exponent;
  }

  /** Routes from the origins to every node, by their number of nodes. */
  public static RouteTable up(MapGraph g) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int v : order) {
      if (g.isOrigin(v)) {
        lo[v] = 1;
        hi[v] = 1;
        continue;
      }
      lo[v] = Integer.MAX_VALUE;
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        lo[v] = Math.min(lo[v], lo[u] + 1);
        hi[v] = Math.max(hi[v], hi[u] + 1);
      }
    }
    RouteTable t = allocate(lo, hi);
    for (int v : order) {
      if (g.isOrigin(v)) {
        t.mantissa[t.offset[v]] = 1;
        continue;
      }
      int top = Integer.MIN_VALUE;
      for (int k = 0; k < g.inDegree(v); k++) {
        top = Math.max(top, t.exponent[g.in(v, k)]);
      }
      for (int k = 0; k < g.inDegree(v); k++) {
        t.addShifted(v, g.in(v, k), 1, top);
      }
      t.normalise(v, top);
    }
    return t;
  }

  /**
   * Paths from every node to the seeded nodes, weighted by the seeds, by the number of nodes
   * between.
   *
   * @param seedMantissa a seed per node as mantissa (0 for nodes not seeded)
   * @param seedExponent and binary exponent
   */
  public static RouteTable down(MapGraph g, double[] seedMantissa, int[] seedExponent) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      lo[v] = Integer.MAX_VALUE;
      hi[v] = -1;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          lo[v] = 0;
          hi[v] = Math.max(hi[v], 0);
        }
        if (hi[x] >= 0) {
          lo[v] = Math.min(lo[v], lo[x] + 1);
          hi[v] = Math.max(hi[v], hi[x] + 1);
        }
      }
      if (hi[v] < 0) {
        lo[v] = 0;
      }
    }
    RouteTable t = allocate(lo, hi);
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      if (t.offset[v] == t.offset[v + 1]) {
        continue;
      }
      int top = Integer.MIN_VALUE;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          top = Math.max(top, seedExponent[x]);
        }
        if (t.offset[x] != t.offset[x + 1]) {
          top = Math.max(top, t.exponent[x]);
        }
      }
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          t.mantissa[t.offset[v] - t.first[v]] +=
              Math.scalb(seedMantissa[x], seedExponent[x] - top);
        }
        if (t.offset[x] != t.offset[x + 1]) {
          t.addShifted(v, x, 1, top);
        }
      }
      t.normalise(v, top);
    }
    return t;
  }

  /** Empty rows for lengths lo[v]..hi[v] (none where hi[v] < lo[v]). */
  private static RouteTable allocate(int[] lo, int[] hi) {
    int n = lo.length;
    int[] offset = new int[n + 1];
    long size = 0;
    for (int v = 0; v < n; v++) {
      offset[v] = (int) size;
      size += Math.max(0, hi[v] - lo[v] + 1);
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("routes too long to count by length: " + size + " entries");
    }
    offset[n] = (int) size;
    return new RouteTable(lo.clone(), offset, new double[(int) size], new int[n]);
  }

  /**
   * Adds u's row, lengths shifted by {@code shift}, into v's, scaled to v's exponent {@code top}.
   */
  private void addShifted(int v, int u, int shift, int top) {
    int from = offset[u];
    int to = offset[u + 1];
    if (from == to) {
      return;
    }
    double scale = Math.scalb(1.0, exponent[u] - top);
    int base = offset[v] + (first[u] + shift - first[v]) - from;
    for (int p = from; p < to; p++) {
      mantissa[base + p] += mantissa[p] * scale;
    }
  }

  /** Rescales v's row so that its largest entry lies in [1, 2). */
  private void normalise(int v, int top) {
    double max = 0;
    for (int p = offset[v]; p < offset[v + 1]; p++) {
      max = Math.max(max, mantissa[p]);
    }
    if (max == 0) {
      exponent[v] = 0;
      return;
    }
    int e = Math.getExponent(max);
    if (e != 0) {
      double scale = Math.scalb(1.0, -e);
      for (int p = offset[v]; p < offset[v + 1]; p++) {
        mantissa[p] *= scale;
      }
    }
    exponent[v] = top + e;
  }

  /** The shortest length in v's row. */
  public int first(int v) {
    return first[v];
  }

  /** One past the longest length in v's row. */
  public int end(int v) {
    return first[v] + offset[v + 1] - offset[v];
  }

  /** The mantissa for a length (0 outside the row); the amount is it times 2^exponent(v). */
  public double mantissa(int v, int length) {
    int p = offset[v] + length - first[v];
    return length < first[v] || p >= offset[v + 1] ? 0 : mantissa[p];
  }

  public int exponent(int v) {
    return exponent[v];
  }

  /** The amount at a length. */
  public Scaled at(int v, int length) {
    return Scaled.of(mantissa(v, length)).times(1, exponent[v]);
  }

  /** The sum over v's lengths of {@code amount(length) × factor(length)}. */
  public Scaled sum(int v, IntToDoubleFunction factor) {
    double s = 0;
    for (int p = offset[v]; p < offset[v + 1]; p++) {
      s += mantissa[p] * factor.applyAsDouble(first[v] + p - offset[v]);
    }
    return Scaled.of(s).times(1, exponent[v]);
  }

  /** The sum over all of v's lengths. */
  public Scaled total(int v) {
    return sum(v, length -> 1);
  }
}
