package networth.render.journeys;

import java.util.Optional;
import networth.journeys.PathTable;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.Heuristics;
import networth.journeys.attribution.PositionBased;
import networth.journeys.markov.MarkovChain;
import networth.journeys.markov.MarkovCounting;
import networth.journeys.markov.MarkovModel;
import networth.journeys.markov.MarkovResult;
import networth.journeys.markov.OrderChoice;
import networth.journeys.markov.OrderSelection;
import networth.journeys.shapley.ShapleyResult;
import networth.journeys.shapley.ShapleyValues;

/**
 * Everything the journeys report shows, computed once by the journeys module's models so that the
 * report only words and draws it.
 *
 * @param table the journeys by path
 * @param heuristics first, last and linear touch
 * @param position position-based (40/20/40)
 * @param timeDecay time decay (7-day half-life), when the journeys had times
 * @param order the order chosen by penalised AUC, or why none could be chosen
 * @param markov the exact Markov model at the chosen order (1 when none could be chosen)
 * @param firstOrder the chain of order 1, whose states are single channels: the one a heat map of
 *     channel to channel can show whatever order the credit uses
 * @param shapley Shapley values (exact up to 20 channels, sampled beyond)
 */
public record JourneysFindings(
    PathTable table,
    ChannelCredits heuristics,
    ChannelCredits position,
    Optional<ChannelCredits> timeDecay,
    Chosen order,
    MarkovResult markov,
    MarkovChain firstOrder,
    ShapleyResult shapley) {

  /**
   * The Markov order: the choice made, or the reason there is none (then order 1 is used).
   *
   * @param choice every order's AUC and the one suggested
   * @param whyNot why no order could be chosen, when {@code choice} is empty
   */
  public record Chosen(Optional<OrderChoice> choice, String whyNot) {
    /** The order the Markov model uses. */
    public int order() {
      return choice.map(OrderChoice::suggestedOrder).orElse(1);
    }
  }

  /**
   * Computes every model over {@code table}.
   *
   * @param timeDecay the time-decay credit, read with the journeys (only one touchpoint a row has
   *     the times it needs)
   */
  public static JourneysFindings of(PathTable table, Optional<ChannelCredits> timeDecay) {
    Chosen chosen;
    try {
      chosen = new Chosen(Optional.of(OrderSelection.choose(table, MAX_ORDER)), "");
    } catch (IllegalArgumentException e) {
      // Too few journeys, or none that failed (or none that converted): nothing to tell orders
      // apart with, so the simplest chain is shown and the page says why.
      chosen = new Chosen(Optional.empty(), e.getMessage());
    }
    return new JourneysFindings(
        table,
        Heuristics.of(table),
        PositionBased.of(table, PositionBased.Weights.DEFAULT),
        timeDecay,
        chosen,
        MarkovModel.exact(table, chosen.order()),
        MarkovCounting.count(table, 1),
        ShapleyValues.of(table, ShapleyValues.PERMUTATIONS_DEFAULT, SEED));
  }

  /** The seed of sampled Shapley values: {@code networth journeys}' default, to agree with it. */
  public static final long SEED = 1;

  /** The highest Markov order tried, ChannelAttribution's default. */
  public static final int MAX_ORDER = OrderSelection.MAX_ORDER_DEFAULT;
}
