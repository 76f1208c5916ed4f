package networth.journeys.markov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import networth.journeys.PathTable;

/**
 * Turns journeys into the counted steps of a Markov chain of order {@code k}, as
 * ChannelAttribution's {@code markov_model} does. A path's states are its windows of {@code k}
 * consecutive channels, sliding one touch at a time (a path shorter than {@code k} is one state of
 * all its channels); a window equal to the one before it is dropped, so {@code a > a > b} at order
 * 1 is {@code (start) > a > b}. Every journey on the path walks from {@code (start)} through these
 * states; its last state then steps to {@code (conversion)} once per conversion and to {@code
 * (null)} once per journey that did not convert.
 *
 * <p>The static {@link #transitions} is the whole rule for one path, free of shared state, so a
 * Spark job calls it on each row and sums the results by {@code (from, to)}; {@link #count} does
 * the same over a {@link PathTable} on one machine. Cost: O(touches × k) per path.
 */
public final class MarkovCounting {
  private MarkovCounting() {}

  /**
   * The steps made by the journeys that took {@code path}: {@code conversions + nulls} journeys
   * along each step between states, {@code conversions} (carrying {@code value}) into {@code
   * (conversion)} and {@code nulls} into {@code (null)}. Nothing when no journey took the path.
   *
   * @param path channel names, first touch first (not empty)
   * @param order the chain's order k (at least 1)
   */
  public static List<Transition> transitions(
      List<String> path, double conversions, double value, double nulls, int order) {
    checkOrder(order);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one channel");
    }
    List<Transition> out = new ArrayList<>();
    double journeys = conversions + nulls;
    if (journeys <= 0) {
      return out;
    }
    List<String> previous = Transition.START;
    for (List<String> state : states(path, order)) {
      out.add(new Transition(previous, state, journeys, 0));
      previous = state;
    }
    if (conversions > 0) {
      out.add(new Transition(previous, Transition.CONVERSION, conversions, value));
    }
    if (nulls > 0) {
      out.add(new Transition(previous, Transition.NULL, nulls, 0));
    }
    return out;
  }

  /** A path's states for order {@code k}: its windows of k channels, repeats in a row dropped. */
  public static List<List<String>> states(List<String> path, int order) {
    checkOrder(order);
    List<List<String>> states = new ArrayList<>();
    int windows = Math.max(1, path.size() - order + 1);
    List<String> previous = null;
    for (int start = 0; start < windows; start++) {
      List<String> window = List.copyOf(path.subList(start, Math.min(path.size(), start + order)));
      if (!window.equals(previous)) {
        states.add(window);
        previous = window;
      }
    }
    return states;
  }

  /**
   * The chain of order {@code k} counted over every path of {@code table}: the sum of {@link
   * #transitions} over its paths, states numbered as first met.
   */
  public static MarkovChain count(PathTable table, int order) {
    checkOrder(order);
    WindowStates windows = new WindowStates(table.channels().size(), order);
    // (from << 32 | to) numbered; journeys and value by that number.
    Steps steps = new Steps();
    for (int i = 0; i < table.size(); i++) {
      double conversions = table.conversions(i);
      double nulls = table.nulls(i);
      double journeys = conversions + nulls;
      if (journeys <= 0) {
        continue;
      }
      int[] path = table.path(i);
      int previous = WindowStates.START;
      for (int s : windows.states(path)) {
        steps.add(previous, s, journeys, 0);
        previous = s;
      }
      if (conversions > 0) {
        steps.add(previous, WindowStates.CONVERSION, conversions, table.value(i));
      }
      if (nulls > 0) {
        steps.add(previous, WindowStates.NULL, nulls, 0);
      }
    }
    MarkovChain.Builder chain = MarkovChain.builder(order);
    table.channels().forEach(chain::channel);
    List<List<String>> names = windows.names(table.channels());
    for (int k = 0; k < steps.keys.length && k < steps.index.size(); k++) {
      long key = steps.keys[k];
      chain.add(
          names.get((int) (key >>> 32)), names.get((int) key), steps.journeys[k], steps.value[k]);
    }
    return chain.build();
  }

  /** The distinct steps counted so far, numbered by a {@link LongIndex} of (from << 32 | to). */
  private static final class Steps {
    final LongIndex index = new LongIndex();
    long[] keys = new long[64];
    double[] journeys = new double[64];
    double[] value = new double[64];

    void add(int from, int to, double n, double v) {
      long key = ((long) from << 32) | to;
      int k = index.index(key);
      if (k == keys.length) {
        keys = Arrays.copyOf(keys, k * 2);
        journeys = Arrays.copyOf(journeys, k * 2);
        value = Arrays.copyOf(value, k * 2);
      }
      keys[k] = key;
      journeys[k] += n;
      value[k] += v;
    }
  }

  static void checkOrder(int order) {
    if (order < 1) {
      throw new IllegalArgumentException("order must be at least 1, not " + order);
    }
  }
}
