package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * The period an analysis was asked for and what it left out: both absent for all time, both first
 * in the answer's JSON otherwise (each result carries it unwrapped).
 *
 * @param period the first and last day counted
 * @param leftOut the opportunities the period left out
 */
public record Asked(
    @JsonInclude(Include.NON_EMPTY) Optional<Window> period,
    @JsonInclude(Include.NON_EMPTY) Optional<LeftOut> leftOut) {

  /** All time: nothing said, nothing left out. */
  public static final Asked ALWAYS = new Asked(Optional.empty(), Optional.empty());

  /** Whether a period was asked for. */
  public boolean limited() {
    return period.isPresent();
  }

  /**
   * The days of a period, {@code YYYY-MM-DD}; a side left open is printed as {@code null}.
   *
   * @param from the first day
   * @param to the last day
   */
  public record Window(Optional<String> from, Optional<String> to) {}

  /**
   * @param count how many opportunities were left out
   * @param outsidePeriod the ids of those dated outside the period
   * @param undated the ids of those with no date
   */
  public record LeftOut(int count, List<String> outsidePeriod, List<String> undated) {
    public LeftOut {
      outsidePeriod = List.copyOf(outsidePeriod);
      undated = List.copyOf(undated);
    }
  }
}
