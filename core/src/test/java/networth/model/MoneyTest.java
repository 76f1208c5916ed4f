package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void theCommonestShapesReadAsTheRegularExpressionReadsThem() {
    // Texts drawn from the characters amounts are written with: the shortcut for plain numbers
    // must give what the full shape gives, or the same message.
    String[] parts = {
      "0", "7", "42", "999", "1000000", ".", ",", "k", "K", "m", "M", " ", "  ", "GBP", "EUR",
      "gbp", "GBPX", "£", "$", "-", "e5", "x"
    };
    java.util.Random random = new java.util.Random(9);
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(5);
      for (int j = 0; j < n; j++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      String fast = outcome(() -> Money.parse(text, "USD"));
      String shape = outcome(() -> Money.parseByShape(text, "USD"));
      assertThat(fast).as("'" + text + "'").isEqualTo(shape);
      plain += fast.startsWith("refused") ? 0 : 1;
    }
    assertThat(plain).as("texts read as amounts").isGreaterThan(1_000);
    for (String text : new String[] {"74k GBP", "74000", "1.5m", "0.001", "1000000000000k"}) {
      assertThat(outcome(() -> Money.parse(text, "")))
          .isEqualTo(outcome(() -> Money.parseByShape(text, "")));
    }
  }

  private static String outcome(java.util.function.Supplier<Money> parse) {
    try {
      Money m = parse.get();
      return m.amount().toPlainString() + " " + m.currency();
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  @Test
  void readsTheFormsPeopleWrite() {
    assertThat(Money.parse("50k", "GBP")).isEqualTo(Money.of(50_000, "GBP"));
    assertThat(Money.parse("1.5m", "")).isEqualTo(Money.of(1_500_000, ""));
    assertThat(Money.parse("£50k", "USD")).isEqualTo(Money.of(50_000, "GBP"));
    assertThat(Money.parse("€1200", "")).isEqualTo(Money.of(1_200, "EUR"));
    assertThat(Money.parse("50k CHF", "GBP")).isEqualTo(Money.of(50_000, "CHF"));
    assertThat(Money.parse("12.50", "")).isEqualTo(new Money(new BigDecimal("12.5"), ""));
  }

  @Test
  void readsThousandsSeparatedByCommas() {
    assertThat(Money.parse("€1,200", "")).isEqualTo(Money.of(1_200, "EUR"));
    assertThat(Money.parse("1,200", "GBP")).isEqualTo(Money.of(1_200, "GBP"));
    assertThat(Money.parse("£50,000", "")).isEqualTo(Money.of(50_000, "GBP"));
    assertThat(Money.parse("$2,500.50", "")).isEqualTo(new Money(new BigDecimal("2500.5"), "USD"));
    assertThat(Money.parse("1,200 EUR", "GBP")).isEqualTo(Money.of(1_200, "EUR"));
    assertThat(Money.parse("1,234,567", "")).isEqualTo(Money.of(1_234_567, ""));
    // A comma separates thousands only before exactly three digits.
    assertThatThrownBy(() -> Money.parse("1,20", "")).hasMessage("'1,20' is not an amount");
    assertThatThrownBy(() -> Money.parse("1,2000", "")).hasMessage("'1,2000' is not an amount");
    assertThatThrownBy(() -> Money.parse("1200,000", "")).hasMessage("'1200,000' is not an amount");
  }

  @Test
  void writesTheShortestFormThatReadsBack() {
    assertThat(Money.of(50_000, "GBP").format("GBP")).isEqualTo("50k");
    assertThat(Money.of(1_500_000, "GBP").format("GBP")).isEqualTo("1.5m");
    assertThat(Money.of(1_234_567, "GBP").format("GBP")).isEqualTo("1234567");
    assertThat(Money.of(50_000, "USD").format("GBP")).isEqualTo("50k USD");
    assertThat(Money.parse(Money.of(1_250, "").format(""), "")).isEqualTo(Money.of(1_250, ""));
  }

  @Test
  void refusesWhatIsNotAnAmount() {
    assertThatThrownBy(() -> Money.parse("5q", "")).hasMessage("'5q' is not an amount");
    assertThatThrownBy(() -> Money.parse("£5k GBP", "")).hasMessage("'£5k GBP' is not an amount");
    assertThatThrownBy(() -> Money.parse("-5", "")).hasMessage("'-5' is not an amount");
  }

  @Test
  void aCurrencyIsThreeCapitalLetters() {
    assertThat(Money.isCurrency("GBP")).isTrue();
    assertThat(Money.isCurrency("B")).isFalse();
    assertThat(Money.isCurrency("GBPX")).isFalse();
    assertThat(Money.isCurrency("gbp")).isFalse();
    assertThat(Money.isCurrency("\u0000GB")).isFalse();
    // One rule wherever an amount is made: a map can never hold a currency it cannot write.
    assertThatThrownBy(() -> Money.of(5, "\u0000GBP"))
        .hasMessage("a currency is three capital letters, such as GBP, not '\\u0000GBP'");
    assertThatThrownBy(() -> Money.of(5, "G".repeat(2_000)))
        .hasMessage(
            "a currency is three capital letters, such as GBP, not a text of 2,000 characters");
    assertThat(Money.of(5, "").currency()).isEmpty();
  }

  @Test
  void anAmountBeyondAThousandMillionMillionOrTenDecimalsIsRefused() {
    // 10^15 is 1,000,000,000,000,000, written "1000000000000000" (16 characters) or "1000000000m".
    assertThat(Money.parse("1000000000m", "").amount()).isEqualByComparingTo("1E15");
    assertThat(Money.parse("0.0000000001", "").amount()).isEqualByComparingTo("1E-10");
    assertThatThrownBy(() -> Money.parse("1000000000001k", ""))
        .hasMessage(
            "an amount is at most 1,000,000,000,000,000 with at most 10 decimal places, not"
                + " '1000000000001k'");
    assertThatThrownBy(() -> Money.parse("0.00000000001", "")).hasMessageContaining("at most 10");
    // A stray run of digits, which the JSON reader refused and the others took, is named by its
    // length.
    assertThatThrownBy(() -> Money.parse("9".repeat(1_001), ""))
        .hasMessageEndingWith("not a number of 1,001 characters");
  }
}
