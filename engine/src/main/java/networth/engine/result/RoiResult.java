package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code roi}: credited value against the cost of each channel, costed node and group.
 *
 * @param asked the period asked for; when given, its {@code period} takes the place of the span
 * @param model the attribution model that credits value
 * @param period the span the costs were charged for, in words, when no period was asked for
 * @param span the span the costs were charged for, in words, always
 * @param currency the currency of every amount
 * @param lines the nodes most credited first, then the groups
 */
public record RoiResult(
    @JsonUnwrapped Asked asked,
    String model,
    @JsonInclude(Include.NON_EMPTY) Optional<String> period,
    String span,
    String currency,
    List<Line> lines) {

  public RoiResult {
    lines = List.copyOf(lines);
  }

  /**
   * @param name the node's id or the group's name
   * @param label how it is shown
   * @param kind the node's kind keyword, or {@code group}
   * @param credit the value credited
   * @param money the money spent
   * @param hours the hours spent, to 2 places
   * @param cost money plus hours at the hourly rate; {@code null} when hours have no rate
   * @param roi credit per unit of cost, to 2 places; {@code null} with no cost
   * @param valuePerHour credit per hour; {@code null} with no hours
   * @param lostValue the value of the lost deals it touched
   * @param winRate how its decided deals ended
   */
  public record Line(
      String name,
      String label,
      String kind,
      BigDecimal credit,
      BigDecimal money,
      double hours,
      Optional<BigDecimal> cost,
      Optional<Double> roi,
      Optional<BigDecimal> valuePerHour,
      BigDecimal lostValue,
      WinLoss winRate) {}
}
