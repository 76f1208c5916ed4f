package networth.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SvgNumbersTest {

  /** The definition the pictures were written with: the formatter in the root locale. */
  static String reference(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    return s.equals("-0") ? "0" : s;
  }

  @Test
  void numbersAreWrittenExactlyAsTheRootLocaleFormatterWritesThem() {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      // Coordinates as a layout gives them: whole, halves, tenths and arbitrary fractions.
      double v =
          switch (i % 4) {
            case 0 -> random.nextInt(-5_000, 200_000);
            case 1 -> random.nextInt(-1_000, 1_000) / 2.0;
            case 2 -> random.nextInt(-100_000, 100_000) / 100.0 + 0.05;
            default -> random.nextDouble(-1e6, 1e6);
          };
      assertThat(Svg.n(v)).as("%s", v).isEqualTo(reference(v));
    }
  }

  @Test
  void wholeNumbersHalvesAndNegativeZero() {
    assertThat(Svg.n(12)).isEqualTo("12");
    assertThat(Svg.n(12.5)).isEqualTo("12.5");
    assertThat(Svg.n(-3)).isEqualTo("-3");
    assertThat(Svg.n(-0.0)).isEqualTo("0");
    assertThat(Svg.n(-0.04)).isEqualTo("0");
    // Half way rounds up, as the formatter does: 0.25 → 0.3.
    assertThat(Svg.n(0.25)).isEqualTo("0.3");
  }
}
