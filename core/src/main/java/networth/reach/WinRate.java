package networth.reach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the decided deals a source, channel or group touched ended: won (clients) or lost. Open
 * prospects are neither, so they enter no rate.
 *
 * @param won how many clients were touched
 * @param lost how many lost opportunities were touched
 * @param wonValue the clients' summed value
 * @param lostValue the lost deals' summed value (the value each deal would have been worth)
 */
public record WinRate(int won, int lost, BigDecimal wonValue, BigDecimal lostValue) {

  public static final WinRate NONE = new WinRate(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

  public WinRate {
    if (won < 0 || lost < 0) {
      throw new IllegalArgumentException("counts of deals cannot be negative");
    }
  }

  /** won / (won + lost) by count; empty when nothing was decided. */
  public Optional<BigDecimal> byCount() {
    return ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(won + (long) lost));
  }

  /** won value / (won value + lost value); empty when the decided deals carry no value. */
  public Optional<BigDecimal> byValue() {
    return ratio(wonValue, wonValue.add(lostValue));
  }

  /** A rate as a person reads it, in whole percent, or "—" when there is none. */
  public static String percent(Optional<BigDecimal> rate) {
    return rate.map(r -> r.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%").orElse("—");
  }

  private static Optional<BigDecimal> ratio(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.divide(whole, 4, RoundingMode.HALF_UP).stripTrailingZeros());
  }
}
