package networth.journeys.markov;

import java.util.Arrays;

/**
 * What a journey leaving {@code (start)} is worth in a {@link MarkovChain}, solved exactly: the
 * probability of ending in {@code (conversion)} and the expected value it brings, with any channels
 * removed (every state containing one sends its journeys to {@code (null)}).
 *
 * <p>For the transient states T, with Q the probabilities between them, {@code x = (I - Q)^-1 r}
 * where r(s) is the probability of stepping from s into {@code (conversion)} (Kemeny and Snell,
 * <i>Finite Markov Chains</i>, 1960, ch. 3); the expected value solves the same system with r(s) =
 * the value carried from s into {@code (conversion)} over the journeys leaving s, since a journey
 * is absorbed once and brings the value of the state it converts from.
 *
 * <p>Hand-written because the build has no linear algebra library and the journeys module must stay
 * free of dependencies: up to {@link #DENSE_LIMIT} transient states, Gaussian elimination with
 * partial pivoting (O(n³), exact to rounding); beyond, where the windows of a high order make a
 * dense matrix too large, Gauss–Seidel sweeps over the sparse steps until no value moves by more
 * than 1e-15 of its size. I − Q is a non-singular M-matrix here (every state leads to an end), for
 * which Gauss–Seidel converges.
 */
final class AbsorbingChain {
  static final int DENSE_LIMIT = 1500;
  private static final double TOLERANCE = 1e-15;
  private static final int MAX_SWEEPS = 1_000_000;

  private final MarkovChain chain;
  private final int denseLimit;

  AbsorbingChain(MarkovChain chain) {
    this(chain, DENSE_LIMIT);
  }

  /** With another limit to the dense solution, so that tests can set both ways on one chain. */
  AbsorbingChain(MarkovChain chain, int denseLimit) {
    this.chain = chain;
    this.denseLimit = denseLimit;
  }

  /**
   * {conversion probability, expected value} of a journey from {@code (start)} when the channels
   * flagged in {@code removed} (by number in {@link MarkovChain#channels}) are taken away.
   */
  double[] fromStart(boolean[] removed) {
    int n = chain.stateCount();
    // Number the transient states that stay: (start) and every window free of removed channels.
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int m = 0;
    for (int s = 0; s < n; s++) {
      if (s == MarkovChain.CONVERSION || s == MarkovChain.NULL || chain.leaving(s) <= 0) {
        continue;
      }
      if (s != MarkovChain.START && contains(chain.channelsOf(s), removed)) {
        continue;
      }
      index[s] = m++;
    }
    if (index[MarkovChain.START] < 0) {
      return new double[] {0, 0};
    }
    double[][] x = m <= denseLimit ? dense(index, m) : sparse(index, m);
    int start = index[MarkovChain.START];
    return new double[] {x[0][start], x[1][start]};
  }

  private static boolean contains(int[] channels, boolean[] removed) {
    for (int c : channels) {
      if (removed[c]) {
        return true;
      }
    }
    return false;
  }

  private double[][] dense(int[] index, int m) {
    double[][] a = new double[m][m];
    double[] conv = new double[m];
    double[] value = new double[m];
    for (int s = 0; s < index.length; s++) {
      int i = index[s];
      if (i < 0) {
        continue;
      }
      a[i][i] += 1;
      double out = chain.leaving(s);
      int[] targets = chain.targets(s);
      double[] counts = chain.counts(s);
      for (int k = 0; k < targets.length; k++) {
        int t = targets[k];
        if (t == MarkovChain.CONVERSION) {
          conv[i] += counts[k] / out;
        } else if (index[t] >= 0) {
          a[i][index[t]] -= counts[k] / out;
        }
      }
      value[i] = chain.conversionValue(s) / out;
    }
    solve(a, conv, value);
    return new double[][] {conv, value};
  }

  /** Solves a·x = b for two right-hand sides in place (b's arrays receive x). */
  static void solve(double[][] a, double[] b1, double[] b2) {
    int m = b1.length;
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (a[pivot][col] == 0) {
        throw new IllegalStateException("the chain has states from which no journey ends");
      }
      swap(a, b1, b2, col, pivot);
      double[] rowCol = a[col];
      for (int r = col + 1; r < m; r++) {
        double f = a[r][col] / rowCol[col];
        if (f == 0) {
          continue;
        }
        double[] row = a[r];
        for (int c = col; c < m; c++) {
          row[c] -= f * rowCol[c];
        }
        b1[r] -= f * b1[col];
        b2[r] -= f * b2[col];
      }
    }
    for (int r = m - 1; r >= 0; r--) {
      double s1 = b1[r];
      double s2 = b2[r];
      for (int c = r + 1; c < m; c++) {
        s1 -= a[r][c] * b1[c];
        s2 -= a[r][c] * b2[c];
      }
      b1[r] = s1 / a[r][r];
      b2[r] = s2 / a[r][r];
    }
  }

  private static void swap(double[][] a, double[] b1, double[] b2, int i, int j) {
    if (i == j) {
      return;
    }
    double[] row = a[i];
    a[i] = a[j];
    a[j] = row;
    double t = b1[i];
    b1[i] = b1[j];
    b1[j] = t;
    t = b2[i];
    b2[i] = b2[j];
    b2[j] = t;
  }

  private double[][] sparse(int[] index, int m) {
    int[] stateOf = new int[m];
    for (int s = 0; s < index.length; s++) {
      if (index[s] >= 0) {
        stateOf[index[s]] = s;
      }
    }
    double[] conv = new double[m];
    double[] value = new double[m];
    double[] rConv = new double[m];
    double[] rValue = new double[m];
    for (int i = 0; i < m; i++) {
      int s = stateOf[i];
      double out = chain.leaving(s);
      int[] targets = chain.targets(s);
      for (int k = 0; k < targets.length; k++) {
        if (targets[k] == MarkovChain.CONVERSION) {
          rConv[i] = chain.counts(s)[k] / out;
        }
      }
      rValue[i] = chain.conversionValue(s) / out;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double moved = 0;
      for (int i = 0; i < m; i++) {
        int s = stateOf[i];
        double out = chain.leaving(s);
        int[] targets = chain.targets(s);
        double[] counts = chain.counts(s);
        double c = rConv[i];
        double v = rValue[i];
        for (int k = 0; k < targets.length; k++) {
          int j = index[targets[k]];
          if (j >= 0 && targets[k] != MarkovChain.CONVERSION && targets[k] != MarkovChain.NULL) {
            double p = counts[k] / out;
            c += p * conv[j];
            v += p * value[j];
          }
        }
        moved =
            Math.max(
                moved,
                Math.max(
                    Math.abs(c - conv[i]) / Math.max(1, Math.abs(c)),
                    Math.abs(v - value[i]) / Math.max(1, Math.abs(v))));
        conv[i] = c;
        value[i] = v;
      }
      if (moved <= TOLERANCE) {
        return new double[][] {conv, value};
      }
    }
    throw new IllegalStateException(
        "the chain's values did not settle in " + MAX_SWEEPS + " sweeps");
  }
}
