package networth.journeys.markov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markov chain of customer journeys as counted from their paths: states ({@code (start)}, the
 * windows of channels, {@code (conversion)} and {@code (null)}), and for each step between two
 * states how many journeys made it and, into {@code (conversion)}, the value they carried. The
 * transition probability from a state is its count over everything that left that state, as in
 * ChannelAttribution. Unmodifiable once built.
 *
 * <p>State 0 is {@code (start)}, 1 {@code (conversion)}, 2 {@code (null)}; the windows follow in
 * the order they were first added.
 */
public final class MarkovChain {
  static final int START = 0;
  static final int CONVERSION = 1;
  static final int NULL = 2;

  private final int order;
  private final List<String> channels;
  private final List<List<String>> states;
  private final int[][] stateChannels;
  private final int[][] to;
  private final double[][] journeys;
  private final double[] out;
  private final double[] conversionValue;

  private MarkovChain(Builder b) {
    this.order = b.order;
    this.channels = List.copyOf(b.channels.keySet());
    this.states = List.copyOf(b.states);
    int n = states.size();
    this.stateChannels = new int[n][];
    for (int s = 0; s < n; s++) {
      stateChannels[s] =
          s < 3
              ? new int[0]
              : states.get(s).stream().mapToInt(b.channels::get).distinct().sorted().toArray();
    }
    this.to = new int[n][];
    this.journeys = new double[n][];
    this.out = new double[n];
    this.conversionValue = new double[n];
    for (int s = 0; s < n; s++) {
      Map<Integer, double[]> row = b.rows.getOrDefault(s, Map.of());
      // Steps from a state listed by the state entered, the ends last, so output is stable.
      int[] targets =
          row.keySet().stream()
              .mapToInt(Integer::intValue)
              .filter(t -> row.get(t)[0] > 0)
              .map(t -> t < 3 ? t + n : t)
              .sorted()
              .map(t -> t >= n ? t - n : t)
              .toArray();
      to[s] = targets;
      journeys[s] = new double[targets.length];
      for (int i = 0; i < targets.length; i++) {
        double[] step = row.get(targets[i]);
        journeys[s][i] = step[0];
        out[s] += step[0];
        if (targets[i] == CONVERSION) {
          conversionValue[s] = step[1];
        }
      }
    }
  }

  /** A chain summed from counted steps, such as {@link MarkovCounting#transitions} gives. */
  public static MarkovChain of(int order, Collection<Transition> transitions) {
    return of(order, List.of(), transitions);
  }

  /**
   * A chain summed from counted steps, its channels listed in the order of {@code channels} (then
   * any others as met), so that steps counted in any order, as a cluster counts them, give the same
   * output as counting on one machine.
   */
  public static MarkovChain of(
      int order, List<String> channels, Collection<Transition> transitions) {
    Builder b = builder(order);
    channels.forEach(b::channel);
    for (Transition t : transitions) {
      b.add(t.from(), t.to(), t.journeys(), t.value());
    }
    return b.build();
  }

  public static Builder builder(int order) {
    return new Builder(order);
  }

  /** The order k the states were counted with. */
  public int order() {
    return order;
  }

  /** The channels, in the order first met. */
  public List<String> channels() {
    return channels;
  }

  /** Every state, indexed by number: (start), (conversion), (null), then the windows. */
  public List<List<String>> states() {
    return states;
  }

  int stateCount() {
    return states.size();
  }

  /** The channels (by number in {@link #channels}) that state {@code s} contains. */
  int[] channelsOf(int s) {
    return stateChannels[s];
  }

  int[] targets(int s) {
    return to[s];
  }

  double[] counts(int s) {
    return journeys[s];
  }

  /** How many journeys left state {@code s}. */
  double leaving(int s) {
    return out[s];
  }

  /** The value carried from {@code s} into (conversion). */
  double conversionValue(int s) {
    return conversionValue[s];
  }

  /** Total conversions: every journey that entered (conversion). */
  public double totalConversions() {
    double sum = 0;
    for (int s = 0; s < states.size(); s++) {
      for (int i = 0; i < to[s].length; i++) {
        if (to[s][i] == CONVERSION) {
          sum += journeys[s][i];
        }
      }
    }
    return sum;
  }

  /** Total value of the conversions. */
  public double totalValue() {
    return Arrays.stream(conversionValue).sum();
  }

  /** The counted steps, by state left then state entered. */
  public List<Transition> transitions() {
    List<Transition> list = new ArrayList<>();
    for (int s = 0; s < states.size(); s++) {
      for (int i = 0; i < to[s].length; i++) {
        int t = to[s][i];
        list.add(
            new Transition(
                states.get(s),
                states.get(t),
                journeys[s][i],
                t == CONVERSION ? conversionValue[s] : 0));
      }
    }
    return list;
  }

  /**
   * The transition matrix as ChannelAttribution prints it: one row per step that some journey made,
   * its probability being the journeys that made it over all that left the same state. A window of
   * several channels is named by its channels joined with a comma.
   */
  public List<TransitionProbability> transitionMatrix() {
    List<TransitionProbability> list = new ArrayList<>();
    for (int s = 0; s < states.size(); s++) {
      for (int i = 0; i < to[s].length; i++) {
        list.add(
            new TransitionProbability(
                name(states.get(s)), name(states.get(to[s][i])), journeys[s][i] / out[s]));
      }
    }
    return list;
  }

  static String name(List<String> state) {
    return String.join(",", state);
  }

  /** Adds counted steps; steps met again add up. */
  public static final class Builder {
    private final int order;
    private final Map<String, Integer> channels = new LinkedHashMap<>();
    private final List<List<String>> states = new ArrayList<>();
    private final Map<List<String>, Integer> stateNumbers = new HashMap<>();
    private final Map<Integer, Map<Integer, double[]>> rows = new HashMap<>();

    private Builder(int order) {
      MarkovCounting.checkOrder(order);
      this.order = order;
      state(Transition.START);
      state(Transition.CONVERSION);
      state(Transition.NULL);
    }

    /** Names a channel ahead of the steps, so that one with no journeys is still listed. */
    public Builder channel(String name) {
      channels.putIfAbsent(name, channels.size());
      return this;
    }

    private int state(List<String> state) {
      Integer known = stateNumbers.get(state);
      if (known != null) {
        return known;
      }
      if (state.isEmpty() || state.size() > order) {
        throw new IllegalArgumentException(
            "a state of a chain of order " + order + " has 1 to " + order + " channels: " + state);
      }
      int number = states.size();
      List<String> copy = List.copyOf(state);
      states.add(copy);
      stateNumbers.put(copy, number);
      if (number >= 3) {
        copy.forEach(this::channel);
      }
      return number;
    }

    /** Adds {@code journeys} steps from {@code from} to {@code to} carrying {@code value}. */
    public Builder add(List<String> from, List<String> to, double journeys, double value) {
      if (!(journeys >= 0) || Double.isInfinite(journeys) || !Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "a step is made by a finite number of journeys, at least 0: " + journeys);
      }
      if (from.equals(Transition.CONVERSION) || from.equals(Transition.NULL)) {
        throw new IllegalArgumentException("nothing leaves " + from);
      }
      if (to.equals(Transition.START)) {
        throw new IllegalArgumentException("nothing enters " + to);
      }
      int f = state(from);
      int t = state(to);
      double[] step =
          rows.computeIfAbsent(f, k -> new HashMap<>()).computeIfAbsent(t, k -> new double[2]);
      step[0] += journeys;
      step[1] += value;
      return this;
    }

    public MarkovChain build() {
      return new MarkovChain(this);
    }
  }
}
