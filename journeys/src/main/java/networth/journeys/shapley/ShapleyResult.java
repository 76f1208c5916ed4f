package networth.journeys.shapley;

import java.util.List;

/**
 * Every channel's Shapley value, in the order the channels were first met.
 *
 * @param exact true when computed over every coalition; false when estimated from {@code
 *     permutations} random orders of the channels (then each credit carries its standard error)
 * @param permutations the orders sampled; 0 when exact
 */
public record ShapleyResult(List<ShapleyCredit> credits, boolean exact, long permutations) {
  public ShapleyResult {
    credits = List.copyOf(credits);
  }
}
