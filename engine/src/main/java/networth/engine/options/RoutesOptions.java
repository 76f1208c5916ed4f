package networth.engine.options;

import networth.model.Period;

/**
 * Routes per opportunity.
 *
 * @param top how many of the most valuable opportunities
 * @param period only the opportunities dated in it count
 */
public record RoutesOptions(int top, Period period) {

  public RoutesOptions {
    Top.check(top);
  }
}
