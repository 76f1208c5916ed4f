package networth.journeys.markov;

import java.util.List;

/**
 * What the Markov model says about a set of journeys.
 *
 * @param order the chain's order k
 * @param conversionProbability the probability that a journey from (start) converts
 * @param credits each channel's conversions and value, in the order the channels were first met
 * @param removalEffects each channel's removal effects, in the same order
 * @param transitionMatrix the chain's transition probabilities
 */
public record MarkovResult(
    int order,
    double conversionProbability,
    List<ChannelCredit> credits,
    List<RemovalEffect> removalEffects,
    List<TransitionProbability> transitionMatrix) {
  public MarkovResult {
    credits = List.copyOf(credits);
    removalEffects = List.copyOf(removalEffects);
    transitionMatrix = List.copyOf(transitionMatrix);
  }
}
