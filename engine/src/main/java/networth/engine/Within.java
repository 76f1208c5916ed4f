package networth.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import networth.engine.result.Asked;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.Period;
import networth.model.PeriodMap;

/**
 * A map as a period counts it: one opportunity per deal, only those dated in the period, indexed.
 *
 * @param period the period asked for, and what it left out of the map
 * @param map the map restricted to the period's opportunities
 * @param graph its index
 */
public record Within(PeriodMap period, NetworkMap map, MapGraph graph) {

  /**
   * A map already restricted to a period's opportunities and indexed (the part of a map a report
   * focuses on, say): the period is said, nothing is recorded as left out.
   */
  public static Within of(NetworkMap map, MapGraph graph, Period period) {
    List<String> kept = map.opportunities().stream().map(Node::id).toList();
    return new Within(new PeriodMap(map, period, kept, List.of(), List.of()), map, graph);
  }

  /** The period as every answer carries it: nothing for all time. */
  public Asked asked() {
    if (period.period().isAlways()) {
      return Asked.ALWAYS;
    }
    return new Asked(
        Optional.of(
            new Asked.Window(
                period.period().from().map(LocalDate::toString),
                period.period().to().map(LocalDate::toString))),
        Optional.of(new Asked.LeftOut(period.leftOut(), period.outside(), period.undated())));
  }

  /**
   * Refuses an opportunity the period left out, saying why, rather than "no such opportunity".
   *
   * @throws BadOptionException naming the option, when {@code id} was left out
   */
  public void notLeftOut(String option, String id) {
    if (period.outside().contains(id)) {
      throw new BadOptionException(
          option
              + " "
              + id
              + ": it is dated outside the period "
              + period.period()
              + "; widen --from/--to, or leave them out");
    }
    if (period.undated().contains(id)) {
      throw new BadOptionException(
          option
              + " "
              + id
              + ": it has no date, so no period can hold it; date it in the map, or leave out"
              + " --from and --to");
    }
  }

  /** The node's index. */
  public int index(String id) {
    return graph.indexOf(id).orElseThrow();
  }

  /** The node's id. */
  public String id(int v) {
    return graph.id(v);
  }

  /** The node's label as the map gives it. */
  public String label(int v) {
    return map.label(graph.id(v));
  }

  public String currency() {
    return map.settings().currency();
  }

  /** An amount as answers give it: rounded to cents, no trailing zeros. */
  public static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** A share or ratio as answers give it: to 4 places. */
  static double fourPlaces(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }
}
