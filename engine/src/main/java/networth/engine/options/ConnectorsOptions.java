package networth.engine.options;

import networth.model.Period;

/**
 * {@code connectors}.
 *
 * @param top how many people to show
 * @param period only the opportunities dated in it count
 */
public record ConnectorsOptions(int top, Period period) {

  public ConnectorsOptions {
    Top.check(top);
  }
}
