package networth.engine.result;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How the decided deals something touched ended.
 *
 * @param won the clients it touched
 * @param lost the lost deals it touched
 * @param byCount won / (won + lost), {@code null} when neither
 * @param byValue won value / (won value + lost value), {@code null} when neither
 */
public record WinLoss(
    int won, int lost, Optional<BigDecimal> byCount, Optional<BigDecimal> byValue) {

  public static WinLoss of(networth.reach.WinRate w) {
    return new WinLoss(w.won(), w.lost(), w.byCount(), w.byValue());
  }
}
