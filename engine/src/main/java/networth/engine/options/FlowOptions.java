package networth.engine.options;

import networth.engine.BadOptionException;
import networth.model.Period;

/**
 * The flow from origins to work.
 *
 * @param drawn how many of the most valuable opportunities to give one by one
 * @param period only the opportunities dated in it count
 */
public record FlowOptions(int drawn, Period period) {

  public FlowOptions {
    if (drawn < 0) {
      throw new BadOptionException("the flow draws 0 or more opportunities, was " + drawn);
    }
  }
}
