package networth.engine.options;

import java.util.List;
import networth.engine.BadOptionException;
import networth.model.Period;

/**
 * {@code whatif}.
 *
 * @param without the nodes to take away, by id or label, or {@code group:NAME}
 * @param period only the opportunities dated in it count
 */
public record WhatIfOptions(List<String> without, Period period) {

  public WhatIfOptions {
    without = List.copyOf(without);
    if (without.isEmpty()) {
      throw new BadOptionException("--without needs at least one node or group:NAME");
    }
  }
}
