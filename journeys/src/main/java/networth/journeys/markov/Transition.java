package networth.journeys.markov;

import java.util.List;

/**
 * Journeys that went from one state of a Markov chain to the next, as counted from their paths. A
 * state is a window of channels (one channel for a chain of order 1, up to {@code k} for order
 * {@code k}), or one of the three ends {@link #START}, {@link #CONVERSION} and {@link #NULL}.
 * Counting transitions is the part of the Markov model that grows with the data, so it is kept
 * apart from solving the chain: one machine counts them from a {@code PathTable}, Spark counts them
 * from a cluster's files, and both hand the same records to the one solver.
 *
 * @param from the state left
 * @param to the state entered
 * @param journeys how many journeys made this step (may be fractional, as ChannelAttribution's
 *     counts may be)
 * @param value the conversion value those journeys carried, when {@code to} is {@link #CONVERSION};
 *     otherwise 0
 */
public record Transition(List<String> from, List<String> to, double journeys, double value) {
  public static final List<String> START = List.of("(start)");
  public static final List<String> CONVERSION = List.of("(conversion)");
  public static final List<String> NULL = List.of("(null)");

  public Transition {
    from = List.copyOf(from);
    to = List.copyOf(to);
  }
}
