package networth.journeys.markov;

import java.util.ArrayList;
import java.util.List;
import networth.journeys.PathTable;

/**
 * The Markov chain attribution model of Anderl, Becker, von Wangenheim and Schumann ("Mapping the
 * customer journey: a graph-based framework for online attribution modeling", 2014) with
 * ChannelAttribution's conventions, solved exactly rather than by simulating journeys.
 *
 * <p>A channel's removal effect is the share of conversions lost when every state containing it
 * sends its journeys to (null): {@code 1 - P(conversion | removed) / P(conversion)}; its value
 * removal effect is the same with the expected value of a journey in place of the probability. The
 * conversions (the value) are then shared out in proportion to the removal effects (the value
 * removal effects), as ChannelAttribution does.
 *
 * <p>Cost: counting O(touches × k); solving 1 + channels linear systems in the states of the chain
 * (see {@link AbsorbingChain}).
 */
public final class MarkovModel {
  private MarkovModel() {}

  /** The model of order {@code order} over the journeys of {@code table}. */
  public static MarkovResult exact(PathTable table, int order) {
    return exact(MarkovCounting.count(table, order));
  }

  /** The model over a chain already counted, on one machine or by a cluster. */
  public static MarkovResult exact(MarkovChain chain) {
    AbsorbingChain solver = new AbsorbingChain(chain);
    List<String> channels = chain.channels();
    int n = channels.size();
    boolean[] removed = new boolean[n];
    double[] base = solver.fromStart(removed);
    double[] conv = new double[n];
    double[] value = new double[n];
    for (int c = 0; c < n; c++) {
      removed[c] = true;
      double[] without = solver.fromStart(removed);
      removed[c] = false;
      conv[c] = effect(base[0], without[0]);
      value[c] = effect(base[1], without[1]);
    }
    return result(chain, base[0], conv, value);
  }

  static double effect(double with, double without) {
    return with > 0 ? Math.max(0, 1 - without / with) : 0;
  }

  /** Credits and removal effects from the removal effects, as ChannelAttribution shares them. */
  static MarkovResult result(
      MarkovChain chain, double conversionProbability, double[] conv, double[] value) {
    double convSum = sum(conv);
    double valueSum = sum(value);
    double totalConversions = chain.totalConversions();
    double totalValue = chain.totalValue();
    List<ChannelCredit> credits = new ArrayList<>();
    List<RemovalEffect> effects = new ArrayList<>();
    List<String> channels = chain.channels();
    for (int c = 0; c < channels.size(); c++) {
      credits.add(
          new ChannelCredit(
              channels.get(c),
              convSum > 0 ? conv[c] / convSum * totalConversions : 0,
              valueSum > 0 ? value[c] / valueSum * totalValue : 0));
      effects.add(new RemovalEffect(channels.get(c), conv[c], value[c]));
    }
    return new MarkovResult(
        chain.order(), conversionProbability, credits, effects, chain.transitionMatrix());
  }

  private static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }
}
