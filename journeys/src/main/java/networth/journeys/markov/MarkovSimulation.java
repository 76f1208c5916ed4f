package networth.journeys.markov;

import java.util.Arrays;
import java.util.SplittableRandom;
import networth.journeys.PathTable;

/**
 * The Markov model estimated by simulation, as ChannelAttribution's {@code markov_model} does it,
 * for those who want its procedure rather than the exact solution of {@link MarkovModel}: random
 * walks from {@code (start)}, each step drawn from the counted transition probabilities, until
 * {@code (conversion)}, {@code (null)} or ten times as many steps as the chain has states (then
 * counted as not converting). A channel's removal effect is the share of the simulated conversions
 * whose walk passed through a state containing it, which estimates the exact removal effect (a
 * conversion is lost without the channel exactly when its walk touched it).
 *
 * <p>Differences from ChannelAttribution, which do not change what is estimated: one stream of
 * walks from one seed (it runs ten folds and keeps the one nearest their median), and a simulated
 * conversion is worth the mean value of the journeys converting from the same state (it draws one
 * of their values). The estimates' standard error falls as one over the square root of the walks.
 *
 * <p>Cost: O(walks × steps × log(out-degree)).
 */
public final class MarkovSimulation {
  /** ChannelAttribution's default number of simulated walks. */
  public static final long WALKS_DEFAULT = 100_000;

  private MarkovSimulation() {}

  /** The model of order {@code order} over {@code table}, estimated from {@code walks} walks. */
  public static MarkovResult simulate(PathTable table, int order, long walks, long seed) {
    return simulate(MarkovCounting.count(table, order), walks, seed);
  }

  /** The model over a counted chain, estimated from {@code walks} walks drawn with {@code seed}. */
  public static MarkovResult simulate(MarkovChain chain, long walks, long seed) {
    if (walks < 1) {
      throw new IllegalArgumentException("at least one walk is simulated, not " + walks);
    }
    int n = chain.stateCount();
    double[][] cumulative = new double[n][];
    double[] valuePerConversion = new double[n];
    for (int s = 0; s < n; s++) {
      double[] counts = chain.counts(s);
      cumulative[s] = new double[counts.length];
      double sum = 0;
      for (int i = 0; i < counts.length; i++) {
        sum += counts[i];
        cumulative[s][i] = sum;
        if (chain.targets(s)[i] == MarkovChain.CONVERSION) {
          valuePerConversion[s] = chain.conversionValue(s) / counts[i];
        }
      }
    }
    int channels = chain.channels().size();
    long maxSteps = 10L * n;
    SplittableRandom random = new SplittableRandom(seed);
    double[] through = new double[channels];
    double[] valueThrough = new double[channels];
    boolean[] visited = new boolean[channels];
    long conversions = 0;
    double totalValue = 0;
    for (long w = 0; w < walks; w++) {
      Arrays.fill(visited, false);
      int state = MarkovChain.START;
      int last = state;
      for (long step = 0; step <= maxSteps; step++) {
        state = next(chain, cumulative, state, random.nextDouble());
        if (state == MarkovChain.CONVERSION || state == MarkovChain.NULL || state < 0) {
          break;
        }
        for (int c : chain.channelsOf(state)) {
          visited[c] = true;
        }
        last = state;
      }
      if (state == MarkovChain.CONVERSION) {
        conversions++;
        double value = valuePerConversion[last];
        totalValue += value;
        for (int c = 0; c < channels; c++) {
          if (visited[c]) {
            through[c]++;
            valueThrough[c] += value;
          }
        }
      }
    }
    double[] conv = new double[channels];
    double[] value = new double[channels];
    for (int c = 0; c < channels; c++) {
      conv[c] = conversions > 0 ? through[c] / conversions : 0;
      value[c] = totalValue > 0 ? valueThrough[c] / totalValue : 0;
    }
    return MarkovModel.result(chain, (double) conversions / walks, conv, value);
  }

  /** The state entered from {@code s} for a uniform draw {@code u}; -1 when nothing leaves s. */
  private static int next(MarkovChain chain, double[][] cumulative, int s, double u) {
    double[] cum = cumulative[s];
    if (cum.length == 0) {
      return -1;
    }
    double target = u * cum[cum.length - 1];
    int i = Arrays.binarySearch(cum, target);
    i = i >= 0 ? i + 1 : -i - 1;
    return chain.targets(s)[Math.min(i, cum.length - 1)];
  }
}
