package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import networth.analysis.routes.Scaled;

/**
 * {@code timeline}: from the first dated contact to the work, per opportunity and per channel.
 *
 * @param asked the period asked for
 * @param opportunities those measured
 * @param unmeasured those that could not be, with why
 * @param channels each channel's typical lag
 */
public record TimelineResult(
    @JsonUnwrapped Asked asked,
    List<Lag> opportunities,
    List<Unmeasured> unmeasured,
    List<ChannelLag> channels) {

  public TimelineResult {
    opportunities = List.copyOf(opportunities);
    unmeasured = List.copyOf(unmeasured);
    channels = List.copyOf(channels);
  }

  /**
   * A route count as a JSON integer: exactly the number the analysis counted (to double precision
   * beyond 2^53, however large).
   */
  public static BigInteger count(Scaled s) {
    if (s.isZero()) {
      return BigInteger.ZERO;
    }
    return new BigDecimal(s.mantissa())
        .multiply(new BigDecimal(BigInteger.TWO.pow(Math.max(s.exponent(), 0))))
        .toBigInteger();
  }

  /**
   * @param id the opportunity's id
   * @param firstContact the earliest dated link on its routes, {@code YYYY-MM-DD}
   * @param firstTouch the same, under its former name
   * @param date the opportunity's own date
   * @param days from the first contact to it
   * @param routes how many routes lead to it
   * @param datedRoutes how many of them carry a dated link
   */
  public record Lag(
      String id,
      String firstContact,
      String firstTouch,
      String date,
      int days,
      BigInteger routes,
      BigInteger datedRoutes) {}

  /**
   * @param id the opportunity's id
   * @param reason {@code undated}, {@code no dated contact} or {@code no route}
   * @param routes how many routes lead to it
   * @param datedRoutes how many of them carry a dated link
   */
  public record Unmeasured(String id, String reason, BigInteger routes, BigInteger datedRoutes) {}

  /**
   * @param id the channel's id
   * @param opportunities how many opportunities it has a dated route to
   * @param ledTo how many it led to
   * @param medianDays the median lag, {@code null} with no dated route
   */
  public record ChannelLag(String id, int opportunities, int ledTo, Optional<Integer> medianDays) {}
}
