package networth.journeys.shapley;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import networth.journeys.PathTable;

/**
 * Shapley values of channels (Shapley, "A value for n-person games", 1953) for the game in which a
 * coalition of channels is worth the conversions (or their value) of the journeys whose channels
 * all lie in it: {@code v(S) = Σ r(T) over channel sets T ⊆ S}, with r(T) the conversions of the
 * journeys that touched exactly the channels T. This is the game of Zhao, Mahboobi and Bagheri,
 * "Shapley Value Methods for Attribution Modeling in Online Advertising" (2018, arXiv:1804.05327);
 * order and repeats within a journey do not matter, and the values add up to all conversions.
 *
 * <p>Exact up to {@link #EXACT_LIMIT} channels: r is summed by bitmask over the distinct channel
 * sets, v over all 2^n coalitions by the subset-sum transform, and each channel's value is the
 * weighted sum of its marginal contributions, {@code φ_i = Σ |S|!(n-|S|-1)!/n! (v(S ∪ i) - v(S))}:
 * O(paths × length + n 2^n) time, 2^n doubles. Beyond, estimated from random orders of the channels
 * drawn with a seed: in each order, a journey's conversions go to the channel of its set that comes
 * last (the one whose arrival completes the set), which is the marginal contribution of every
 * channel at once; each channel's mean over the orders is unbiased, reported with its standard
 * error. O(orders × distinct sets × set size).
 */
public final class ShapleyValues {
  /** The most channels computed exactly: 2^20 coalitions, 16 MiB. */
  public static final int EXACT_LIMIT = 20;

  /** Orders of the channels sampled beyond the limit unless told otherwise. */
  public static final long PERMUTATIONS_DEFAULT = 10_000;

  private ShapleyValues() {}

  /** Exact up to {@link #EXACT_LIMIT} channels, else sampled (default orders, seed 0). */
  public static ShapleyResult of(PathTable table) {
    return of(table, PERMUTATIONS_DEFAULT, 0);
  }

  /** Exact up to {@link #EXACT_LIMIT} channels, else from {@code permutations} orders. */
  public static ShapleyResult of(PathTable table, long permutations, long seed) {
    return table.channels().size() <= EXACT_LIMIT
        ? exact(table)
        : sampled(table, permutations, seed);
  }

  /** Over every coalition; refused beyond {@link #EXACT_LIMIT} channels. */
  public static ShapleyResult exact(PathTable table) {
    int n = table.channels().size();
    if (n > EXACT_LIMIT) {
      throw new IllegalArgumentException(
          n + " channels are too many for exact Shapley values (at most " + EXACT_LIMIT + ")");
    }
    int size = 1 << n;
    double[] conv = new double[size];
    double[] value = new double[size];
    for (int i = 0; i < table.size(); i++) {
      int mask = 0;
      for (int position = 0; position < table.length(i); position++) {
        mask |= 1 << table.channel(i, position);
      }
      conv[mask] += table.conversions(i);
      value[mask] += table.value(i);
    }
    subsetSums(conv, n);
    subsetSums(value, n);
    // weight[s] = s!(n-s-1)!/n!, built by ratios to stay finite for every n.
    double[] weight = new double[Math.max(n, 1)];
    if (n > 0) {
      weight[0] = 1.0 / n;
      for (int s = 1; s < n; s++) {
        weight[s] = weight[s - 1] * s / (n - s);
      }
    }
    List<ShapleyCredit> credits = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      int bit = 1 << c;
      double phiConv = 0;
      double phiValue = 0;
      for (int s = 0; s < size; s++) {
        if ((s & bit) == 0) {
          double w = weight[Integer.bitCount(s)];
          phiConv += w * (conv[s | bit] - conv[s]);
          phiValue += w * (value[s | bit] - value[s]);
        }
      }
      credits.add(new ShapleyCredit(table.channels().get(c), phiConv, phiValue, 0, 0));
    }
    return new ShapleyResult(credits, true, 0);
  }

  /** v(S) = Σ over T ⊆ S of r(T), in place: the subset-sum (zeta) transform, O(n 2^n). */
  private static void subsetSums(double[] v, int n) {
    for (int bit = 0; bit < n; bit++) {
      int b = 1 << bit;
      for (int s = 0; s < v.length; s++) {
        if ((s & b) != 0) {
          v[s] += v[s ^ b];
        }
      }
    }
  }

  /** Estimated from {@code permutations} random orders of the channels drawn with {@code seed}. */
  public static ShapleyResult sampled(PathTable table, long permutations, long seed) {
    if (permutations < 2) {
      throw new IllegalArgumentException(
          "at least 2 orders are sampled, to bound the error; not " + permutations);
    }
    int n = table.channels().size();
    // The distinct channel sets with their conversions and value.
    Map<List<Integer>, double[]> sets = new HashMap<>();
    for (int i = 0; i < table.size(); i++) {
      int[] channels = Arrays.stream(table.path(i)).distinct().sorted().toArray();
      List<Integer> key = Arrays.stream(channels).boxed().toList();
      double[] sum = sets.computeIfAbsent(key, k -> new double[2]);
      sum[0] += table.conversions(i);
      sum[1] += table.value(i);
    }
    int[][] members = new int[sets.size()][];
    double[] conv = new double[sets.size()];
    double[] value = new double[sets.size()];
    int k = 0;
    for (Map.Entry<List<Integer>, double[]> e : sets.entrySet()) {
      members[k] = e.getKey().stream().mapToInt(Integer::intValue).toArray();
      conv[k] = e.getValue()[0];
      value[k] = e.getValue()[1];
      k++;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[n];
    int[] position = new int[n];
    for (int c = 0; c < n; c++) {
      order[c] = c;
    }
    double[] sumConv = new double[n];
    double[] sumConv2 = new double[n];
    double[] sumValue = new double[n];
    double[] sumValue2 = new double[n];
    double[] marginalConv = new double[n];
    double[] marginalValue = new double[n];
    for (long p = 0; p < permutations; p++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i = 0; i < n; i++) {
        position[order[i]] = i;
      }
      Arrays.fill(marginalConv, 0);
      Arrays.fill(marginalValue, 0);
      for (int s = 0; s < members.length; s++) {
        int last = members[s][0];
        for (int c : members[s]) {
          if (position[c] > position[last]) {
            last = c;
          }
        }
        marginalConv[last] += conv[s];
        marginalValue[last] += value[s];
      }
      for (int c = 0; c < n; c++) {
        sumConv[c] += marginalConv[c];
        sumConv2[c] += marginalConv[c] * marginalConv[c];
        sumValue[c] += marginalValue[c];
        sumValue2[c] += marginalValue[c] * marginalValue[c];
      }
    }
    List<ShapleyCredit> credits = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      credits.add(
          new ShapleyCredit(
              table.channels().get(c),
              sumConv[c] / permutations,
              sumValue[c] / permutations,
              standardError(sumConv[c], sumConv2[c], permutations),
              standardError(sumValue[c], sumValue2[c], permutations)));
    }
    return new ShapleyResult(credits, false, permutations);
  }

  private static double standardError(double sum, double sumSquares, long m) {
    double mean = sum / m;
    double variance = Math.max(0, (sumSquares - m * mean * mean) / (m - 1));
    return Math.sqrt(variance / m);
  }
}
