package networth.spark;

import java.io.Serializable;
import java.util.List;
import networth.journeys.markov.Transition;

/**
 * The rule that turns one path, and the journeys that took it, into the steps of a Markov chain.
 * Spark ships it to the executors, so it must be serializable and free of shared state: a lambda
 * over a pure static function, such as the journeys module's counting rule for a chain of order k.
 */
@FunctionalInterface
public interface PathSteps extends Serializable {
  /**
   * @param path channel names, first touch first (never empty)
   * @param conversions how many of the journeys converted
   * @param value the value of those conversions
   * @param nulls how many ended without converting
   */
  List<Transition> of(List<String> path, double conversions, double value, double nulls);
}
