package networth.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Amounts as a person reads them: £216,750, £4,062.50 or 216,750 CHF. */
public final class Amounts {

  private static final Map<String, String> SYMBOLS = Map.of("GBP", "£", "USD", "$", "EUR", "€");

  /** Read once: looking the symbols up is most of the cost of writing an amount. */
  private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private Amounts() {}

  public static String show(BigDecimal amount, String currency) {
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = cents.remainder(BigDecimal.ONE).signum() == 0;
    DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", ROOT);
    String number = f.format(cents);
    String symbol = SYMBOLS.get(currency);
    if (symbol != null) {
      return symbol + number;
    }
    return currency.isEmpty() ? number : number + " " + currency;
  }
}
