package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code whatif}: what would be lost or weakened without some nodes.
 *
 * @param asked the period asked for
 * @param without the ids of the nodes taken away
 * @param lost the ids of the opportunities no route would reach
 * @param weakened the ids of those that would keep some routes only
 * @param valueAtRisk the value of the lost ones
 * @param valueWeakened the value of the weakened ones
 * @param totalValue the value of every counted opportunity
 * @param weakenedRoutesLost for each weakened one, the share of its routes lost
 */
public record WhatIfResult(
    @JsonUnwrapped Asked asked,
    List<String> without,
    List<String> lost,
    List<String> weakened,
    BigDecimal valueAtRisk,
    BigDecimal valueWeakened,
    BigDecimal totalValue,
    List<RoutesLost> weakenedRoutesLost) {

  public WhatIfResult {
    without = List.copyOf(without);
    lost = List.copyOf(lost);
    weakened = List.copyOf(weakened);
    weakenedRoutesLost = List.copyOf(weakenedRoutesLost);
  }

  /**
   * @param id the weakened opportunity's id
   * @param routesLost the share of its routes lost, 0–1 to 4 places
   */
  public record RoutesLost(String id, double routesLost) {}
}
