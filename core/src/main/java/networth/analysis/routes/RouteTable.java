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
 * double's range stay exact to double precision and the table is a few arrays, not an object per
 * node. A node's row offset and first length sit side by side in one array: the passes are bound by
 * memory, reading a neighbour's bookkeeping and row once per link, and each array read at a random
 * place costs a cache miss. Two passes each way, O((n + m)·L) for routes of up to L nodes.
 */
public final class RouteTable {

  /** meta[2v] is where v's row starts in mantissa, meta[2v + 1] its first length. */
  private final int[] meta;

  private final double[] mantissa;
  private final int[] exponent;

  /**
   * In a dense table (plain counts, short routes) every row has {@code stride} entries from length
   * {@code base}, at {@code v × stride}: a link then reads its neighbour's row and nothing else. 0
   * in a table laid out by {@link #meta}.
   */
  private final int stride;

  private final int base;

  /** The most entries a dense table may hold (256 MiB of doubles). */
  static final long DENSE_MAX = 1L << 25;

  private RouteTable(int[] meta, double[] mantissa, int[] exponent) {
    this.meta = meta;
    this.mantissa = mantissa;
    this.exponent = exponent;
    this.stride = 0;
    this.base = 0;
  }

  private RouteTable(int nodes, int stride, int base) {
    this.meta = new int[0];
    this.mantissa = new double[nodes * stride];
    this.exponent = new int[nodes];
    this.stride = stride;
    this.base = base;
  }

  /**
   * Paths from every node to the seeded nodes, laid out as this table is: dense (plain seeds) when
   * it is dense, else as {@link #down(MapGraph, double[], int[], boolean)}.
   */
  public RouteTable downFor(MapGraph g, double[] seedMantissa, int[] seedExponent, boolean plain) {
    return stride > 0 && plain
        ? downDense(g, seedMantissa, stride)
        : down(g, seedMantissa, seedExponent, plain);
  }

  /** Whether rows of {@code longest} entries for every node fit a dense table. */
  public static boolean denseFits(MapGraph g, int longest) {
    return longest > 0 && (long) g.nodeCount() * longest <= DENSE_MAX;
  }

  /**
   * Routes from the origins to every node, by their number of nodes, in plain doubles, in rows of
   * {@code longest} entries (the most nodes on any route, from {@link RouteTotals#longest}).
   */
  public static RouteTable upDense(MapGraph g, int longest) {
    int w = longest;
    RouteTable t = new RouteTable(g.nodeCount(), w, 1);
    double[] m = t.mantissa;
    for (int v : g.topologicalOrder()) {
      int row = v * w;
      if (g.isOrigin(v)) {
        m[row] = 1;
        continue;
      }
      for (int k = 0; k < g.inDegree(v); k++) {
        int from = g.in(v, k) * w;
        for (int i = 0; i < w - 1; i++) {
          m[row + i + 1] += m[from + i];
        }
      }
    }
    return t;
  }

  /**
   * Paths from every node to the seeded nodes, by the number of nodes between, in plain doubles, in
   * rows of {@code longest} entries (as {@link #upDense}); the seeds are plain doubles.
   */
  public static RouteTable downDense(MapGraph g, double[] seed, int longest) {
    int w = longest;
    RouteTable t = new RouteTable(g.nodeCount(), w, 0);
    double[] m = t.mantissa;
    int[] order = g.topologicalOrder();
    for (int i = order.length - 1; i >= 0; i--) {
      int v = order[i];
      int row = v * w;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        m[row] += seed[x];
        int from = x * w;
        for (int j = 0; j < w - 1; j++) {
          m[row + j + 1] += m[from + j];
        }
      }
    }
    return t;
  }

  /** Routes from the origins to every node, by their number of nodes. */
  public static RouteTable up(MapGraph g) {
    return up(g, false);
  }

  /**
   * The same; {@code plain} when every count is known to fit a double well ({@link RouteTotals#of}
   * gave totals): then rows are added as they are, without scaling each to its own power of two,
   * which saves a read and a multiplication per link.
   */
  public static RouteTable up(MapGraph g, boolean plain) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    // span[2v], span[2v + 1]: the shortest and longest route to v, side by side.
    int[] span = new int[2 * n];
    for (int v : order) {
      if (g.isOrigin(v)) {
        span[2 * v] = 1;
        span[2 * v + 1] = 1;
        continue;
      }
      int lo = Integer.MAX_VALUE;
      int hi = 0;
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        lo = Math.min(lo, span[2 * u] + 1);
        hi = Math.max(hi, span[2 * u + 1] + 1);
      }
      span[2 * v] = lo;
      span[2 * v + 1] = hi;
    }
    RouteTable t = allocate(span);
    for (int v : order) {
      if (g.isOrigin(v)) {
        t.mantissa[t.meta[2 * v]] = 1;
        continue;
      }
      if (plain) {
        for (int k = 0; k < g.inDegree(v); k++) {
          t.addPlain(v, g.in(v, k));
        }
        continue;
      }
      int top = Integer.MIN_VALUE;
      for (int k = 0; k < g.inDegree(v); k++) {
        top = Math.max(top, t.exponent[g.in(v, k)]);
      }
      for (int k = 0; k < g.inDegree(v); k++) {
        t.addShifted(v, g.in(v, k), top);
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
    return down(g, seedMantissa, seedExponent, false);
  }

  /**
   * The same; {@code plain} when the seeds are plain doubles (exponents 0) and every count fits a
   * double well, as in {@link #up(MapGraph, boolean)}.
   */
  public static RouteTable down(
      MapGraph g, double[] seedMantissa, int[] seedExponent, boolean plain) {
    int n = g.nodeCount();
    int[] order = g.topologicalOrder();
    int[] span = new int[2 * n];
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          lo = 0;
          hi = Math.max(hi, 0);
        }
        if (span[2 * x + 1] >= 0 && span[2 * x] <= span[2 * x + 1]) {
          lo = Math.min(lo, span[2 * x] + 1);
          hi = Math.max(hi, span[2 * x + 1] + 1);
        }
      }
      span[2 * v] = hi < 0 ? 0 : lo;
      span[2 * v + 1] = hi;
    }
    RouteTable t = allocate(span);
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      int row = t.meta[2 * v];
      if (row == t.meta[2 * v + 2]) {
        continue;
      }
      if (plain) {
        for (int k = 0; k < g.outDegree(v); k++) {
          int x = g.out(v, k);
          if (seedMantissa[x] != 0) {
            t.mantissa[row - t.meta[2 * v + 1]] += seedMantissa[x];
          }
          t.addPlain(v, x);
        }
        continue;
      }
      int top = Integer.MIN_VALUE;
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          top = Math.max(top, seedExponent[x]);
        }
        if (t.meta[2 * x] != t.meta[2 * x + 2]) {
          top = Math.max(top, t.exponent[x]);
        }
      }
      for (int k = 0; k < g.outDegree(v); k++) {
        int x = g.out(v, k);
        if (seedMantissa[x] != 0) {
          t.mantissa[row - t.meta[2 * v + 1]] += Math.scalb(seedMantissa[x], seedExponent[x] - top);
        }
        t.addShifted(v, x, top);
      }
      t.normalise(v, top);
    }
    return t;
  }

  /** Empty rows for lengths span[2v]..span[2v + 1] (none where the second is the smaller). */
  private static RouteTable allocate(int[] span) {
    int n = span.length / 2;
    int[] meta = new int[2 * n + 2];
    long size = 0;
    for (int v = 0; v < n; v++) {
      meta[2 * v] = (int) size;
      meta[2 * v + 1] = span[2 * v];
      size += Math.max(0, span[2 * v + 1] - span[2 * v] + 1);
      if (size > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("routes too long to count by length: " + size + " entries");
      }
    }
    meta[2 * n] = (int) size;
    return new RouteTable(meta, new double[(int) size], new int[n]);
  }

  /** Adds u's row, lengths shifted by one, into v's, both unscaled. */
  private void addPlain(int v, int u) {
    int from = meta[2 * u];
    int to = meta[2 * u + 2];
    int base = meta[2 * v] + (meta[2 * u + 1] + 1 - meta[2 * v + 1]) - from;
    for (int p = from; p < to; p++) {
      mantissa[base + p] += mantissa[p];
    }
  }

  /** Adds u's row, lengths shifted by one, into v's, scaled to v's exponent {@code top}. */
  private void addShifted(int v, int u, int top) {
    int from = meta[2 * u];
    int to = meta[2 * u + 2];
    if (from == to) {
      return;
    }
    double scale = Math.scalb(1.0, exponent[u] - top);
    int base = meta[2 * v] + (meta[2 * u + 1] + 1 - meta[2 * v + 1]) - from;
    for (int p = from; p < to; p++) {
      mantissa[base + p] += mantissa[p] * scale;
    }
  }

  /** Rescales v's row so that its largest entry lies in [1, 2). */
  private void normalise(int v, int top) {
    int from = meta[2 * v];
    int to = meta[2 * v + 2];
    double max = 0;
    for (int p = from; p < to; p++) {
      max = Math.max(max, mantissa[p]);
    }
    if (max == 0) {
      exponent[v] = 0;
      return;
    }
    int e = Math.getExponent(max);
    if (e != 0) {
      double scale = Math.scalb(1.0, -e);
      for (int p = from; p < to; p++) {
        mantissa[p] *= scale;
      }
    }
    exponent[v] = top + e;
  }

  /** The shortest length in v's row. */
  public int first(int v) {
    return stride > 0 ? base : meta[2 * v + 1];
  }

  /** One past the longest length in v's row. */
  public int end(int v) {
    return stride > 0 ? base + stride : meta[2 * v + 1] + meta[2 * v + 2] - meta[2 * v];
  }

  /** The mantissa for a length (0 outside the row); the amount is it times 2^exponent(v). */
  public double mantissa(int v, int length) {
    if (stride > 0) {
      int i = length - base;
      return i < 0 || i >= stride ? 0 : mantissa[v * stride + i];
    }
    int p = meta[2 * v] + length - meta[2 * v + 1];
    return length < meta[2 * v + 1] || p >= meta[2 * v + 2] ? 0 : mantissa[p];
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
    for (int len = first(v); len < end(v); len++) {
      double m = mantissa(v, len);
      if (m != 0) {
        s += m * factor.applyAsDouble(len);
      }
    }
    return Scaled.of(s).times(1, exponent[v]);
  }

  /** The sum over all of v's lengths. */
  public Scaled total(int v) {
    return sum(v, length -> 1);
  }
}
