package networth.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import networth.analysis.routes.Scaled;
import networth.engine.result.TimelineResult;
import org.junit.jupiter.api.Test;

/**
 * The tables read route counts back from the engine's results: the integer a result holds must give
 * back the very count the analysis made, or "99% of about 10^40" would drift.
 */
class RouteCountsTest {

  @Property
  void aCountComesBackExactlyFromItsInteger(
      @ForAll @IntRange(min = 0, max = (1 << 20) - 1) int fraction,
      @ForAll @IntRange(min = 0, max = 3000) int exponent) {
    // A mantissa of 1 + fraction / 2^20 times 2^exponent: an integer once exponent >= 20.
    Scaled count = new Scaled(1 + fraction / (double) (1 << 20), exponent + 20);

    Scaled back = Tables.routes(TimelineResult.count(count));

    assertThat(back).isEqualTo(count);
  }

  @Test
  void smallCountsAndNoneComeBackToo() {
    assertThat(Tables.routes(BigInteger.ZERO)).isEqualTo(Scaled.ZERO);
    assertThat(Tables.routes(BigInteger.ONE)).isEqualTo(Scaled.ONE);
    // 12 = 1.5 × 2^3
    assertThat(Tables.routes(BigInteger.valueOf(12))).isEqualTo(new Scaled(1.5, 3));
    assertThat(
            Tables.ofRoutes(
                Tables.routes(BigInteger.valueOf(3)), Tables.routes(BigInteger.valueOf(4))))
        .isEqualTo("3 of 4");
  }
}
