package networth.engine.exact;

import java.util.List;

/**
 * What would be lost or weakened without some nodes.
 *
 * @param without the ids of the nodes taken away, as named
 * @param lost the opportunities no route would reach, in map order
 * @param weakened those that would keep some routes only, in map order
 * @param valueAtRisk the value of the lost ones
 * @param valueWeakened the value of the weakened ones
 * @param total the value of every counted opportunity
 */
public record Loss(
    List<String> without,
    List<Fate> lost,
    List<Fate> weakened,
    double valueAtRisk,
    double valueWeakened,
    double total) {

  public Loss {
    without = List.copyOf(without);
    lost = List.copyOf(lost);
    weakened = List.copyOf(weakened);
  }

  /** Whether nothing at all would change. */
  public boolean nothing() {
    return lost.isEmpty() && weakened.isEmpty();
  }

  /**
   * One opportunity's fate.
   *
   * @param id the opportunity's id
   * @param value its value
   * @param routesLost the share of its routes lost, 0 to 1 (1 for a lost one that had any)
   */
  public record Fate(String id, double value, double routesLost) {}
}
