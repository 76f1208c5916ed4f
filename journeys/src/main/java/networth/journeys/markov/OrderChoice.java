package networth.journeys.markov;

import java.util.List;

/**
 * The order {@link OrderSelection} suggests, and the score of every order it could judge.
 *
 * @param suggestedOrder the order with the highest penalised AUC (the lowest of any tied)
 * @param scores one per order judged, lowest first; an order whose chain could have at least as
 *     many states as there are journeys is left out, as ChannelAttribution leaves it out
 */
public record OrderChoice(int suggestedOrder, List<OrderScore> scores) {
  public OrderChoice {
    scores = List.copyOf(scores);
  }

  /** True when the best order is the highest one tried: a higher one might do better still. */
  public boolean atMaximum(int maxOrder) {
    return suggestedOrder == maxOrder;
  }
}
