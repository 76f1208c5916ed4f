package networth.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sums in longs give what BigDecimal gives, and BigDecimal takes over where longs cannot. */
class ExactSumsTest {

  private static BigDecimal plainSum(BigDecimal[] amounts, int[] places) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i : places) {
      total = total.add(amounts[i]);
    }
    return total;
  }

  @Test
  void centsAndProbabilitiesAddUpExactly() {
    // 60,000 × 40% = 24,000.0; 25,000 × 30% = 7,500.0; 19.99 and 0.005 need three decimals.
    BigDecimal[] amounts = {
      new BigDecimal("24000.0"),
      new BigDecimal("7500.0"),
      new BigDecimal("19.99"),
      new BigDecimal("0.005"),
      BigDecimal.ZERO
    };
    ExactSums sums = new ExactSums(amounts);
    assertThat(sums.sum(new int[] {0, 1, 2, 3, 4})).isEqualByComparingTo("31519.995");
    assertThat(sums.sum(new int[] {})).isEqualByComparingTo("0");
  }

  @Test
  void equalsBigDecimalOnRandomAmounts() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      BigDecimal[] amounts = new BigDecimal[50];
      for (int i = 0; i < amounts.length; i++) {
        amounts[i] = BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(12));
      }
      int[] places = random.ints(30, 0, amounts.length).toArray();
      assertThat(new ExactSums(amounts).sum(places))
          .isEqualByComparingTo(plainSum(amounts, places));
    }
  }

  @Test
  void amountsTooLargeForLongsAreStillExact() {
    BigDecimal huge = new BigDecimal("9223372036854775807");
    BigDecimal[] amounts = {huge, huge, new BigDecimal("0.5")};
    assertThat(new ExactSums(amounts).sum(new int[] {0, 1, 2}))
        .isEqualByComparingTo("18446744073709551614.5");
  }
}
