package networth.engine.options;

import networth.model.Period;

/**
 * {@code critical}.
 *
 * @param top how many keystones to show
 * @param period only the opportunities dated in it count
 */
public record CriticalOptions(int top, Period period) {

  public CriticalOptions {
    Top.check(top);
  }
}
