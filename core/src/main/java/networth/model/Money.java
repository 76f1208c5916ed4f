package networth.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money. Read from the forms people write: {@code 50000}, {@code 50k}, {@code 1.5m},
 * {@code £50k}, {@code 50k GBP}, {@code GBP50k}, and with thousands separated by commas: {@code
 * €1,200}, {@code $2,500.50}, {@code 1,200 EUR}.
 *
 * @param amount the amount, never negative
 * @param currency an ISO 4217 code such as {@code GBP}, or empty when the map does not say
 */
public record Money(BigDecimal amount, String currency) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "([£$€]|[A-Z]{3})?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*([kKmM])?\\s*([A-Z]{3})?");
  private static final Map<String, String> SYMBOLS = Map.of("£", "GBP", "$", "USD", "€", "EUR");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** The forms {@link #parse} accepts, for messages. */
  public static final String EXAMPLES = "50000, 50k, 1.5m, £50k, €1,200 or 50k GBP";

  /**
   * The largest amount a map may hold: a thousand million million (10^15), more than any deal; what
   * lies beyond is a mistake (a stray run of digits), and would be written out digit by digit.
   * Every reader refuses more, so that what one form holds every other can write and read back.
   */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  /** The most decimal places an amount read from a text may have. */
  public static final int MAX_DECIMALS = 10;

  /** What a currency is, in words, for messages: the rule {@link #isCurrency} checks. */
  public static final String CURRENCY_RULE = "a currency is three capital letters, such as GBP";

  public Money {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("an amount cannot be negative");
    }
    if (!currency.isEmpty() && !isCurrency(currency)) {
      throw new IllegalArgumentException(currencyProblem(currency));
    }
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }

  /**
   * Whether {@code code} is a currency: three capital letters A–Z, the shape of an ISO 4217 code
   * ({@code GBP}, {@code USD}). The one rule of every reader, so that whatever a map in one form
   * holds, the others can write and read back.
   */
  public static boolean isCurrency(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = code.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * What is wrong with a code that is not a currency, for a message: the code quoted with its
   * invisible characters spelled out ({@code \u0000GBP}), or only its length when it is long.
   */
  public static String currencyProblem(String code) {
    if (code.length() > 12) {
      return CURRENCY_RULE
          + ", not a text of "
          + String.format(Locale.ROOT, "%,d", code.length())
          + " characters";
    }
    StringBuilder shown = new StringBuilder();
    code.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04X", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return CURRENCY_RULE + ", not '" + shown + "'";
  }

  public static Money of(long amount, String currency) {
    return new Money(BigDecimal.valueOf(amount), currency);
  }

  /** The same amount in {@code fallback} when this one names no currency. */
  public Money orCurrency(String fallback) {
    return currency.isEmpty() ? new Money(amount, fallback) : this;
  }

  /**
   * Reads an amount; a currency in the text wins over {@code defaultCurrency}.
   *
   * @throws IllegalArgumentException with a message for a person when the text is not an amount
   */
  public static Money parse(String text, String defaultCurrency) {
    int plain = plainNumberEnd(text);
    if (plain > 0) {
      // The commonest shapes (74000, 1.5m, 74k GBP), read without the regular expression: on a
      // large map its matching, and compiling its code, cost a tenth of a second.
      String number = text.substring(0, plain);
      int i = plain;
      String multiple = "";
      if (i < text.length() && "kKmM".indexOf(text.charAt(i)) >= 0) {
        multiple = text.substring(i, i + 1);
        i++;
      }
      String code = i == text.length() ? "" : text.substring(i + 1);
      return checked(text, number, multiple, "", code, defaultCurrency);
    }
    return parseByShape(text, defaultCurrency);
  }

  /** {@link #parse} through the regular expression alone, for tests that hold the two together. */
  static Money parseByShape(String text, String defaultCurrency) {
    Matcher m = SHAPE.matcher(text.trim());
    if (!m.matches() || (m.group(1) != null && m.group(4) != null)) {
      throw new IllegalArgumentException("'" + text + "' is not an amount");
    }
    return checked(
        text,
        m.group(2),
        m.group(3) == null ? "" : m.group(3),
        m.group(1) == null ? "" : m.group(1),
        m.group(4) == null ? "" : m.group(4),
        defaultCurrency);
  }

  /**
   * Where the number ends in a text that is only digits, a fraction or not, then {@code k} or
   * {@code m} or not, then a space and a three-letter code or not; 0 for any other text.
   */
  private static int plainNumberEnd(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    if (i == 0) {
      return 0;
    }
    if (i < n && text.charAt(i) == '.') {
      int f = ++i;
      while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == f) {
        return 0;
      }
    }
    int end = i;
    if (i < n && "kKmM".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i == n) {
      return end;
    }
    if (n - i != 4 || text.charAt(i) != ' ') {
      return 0;
    }
    for (int c = i + 1; c < n; c++) {
      if (text.charAt(c) < 'A' || text.charAt(c) > 'Z') {
        return 0;
      }
    }
    return end;
  }

  /** The amount the parts of a text say, within the bounds every writer can spell. */
  private static Money checked(
      String text,
      String number,
      String multiple,
      String prefix,
      String suffix,
      String defaultCurrency) {
    BigDecimal amount = new BigDecimal(number.indexOf(',') < 0 ? number : number.replace(",", ""));
    if (!multiple.isEmpty()) {
      amount = amount.multiply(multiple.toLowerCase(Locale.ROOT).equals("k") ? THOUSAND : MILLION);
    }
    if (amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "an amount is at most "
              + String.format(Locale.ROOT, "%,d", MAX_AMOUNT.longValueExact())
              + " with at most "
              + MAX_DECIMALS
              + " decimal places, not "
              + (text.length() <= 40
                  ? "'" + text.strip() + "'"
                  : "a number of "
                      + String.format(Locale.ROOT, "%,d", number.length())
                      + " characters"));
    }
    String symbol = prefix.isEmpty() ? "" : SYMBOLS.getOrDefault(prefix, prefix);
    String currency = !symbol.isEmpty() ? symbol : !suffix.isEmpty() ? suffix : defaultCurrency;
    return new Money(amount, currency);
  }

  /**
   * The shortest of the forms {@link #parse} reads back to the same amount: 50k, 1.5m, 1250. The
   * currency follows when it differs from {@code mapCurrency}.
   */
  public String format(String mapCurrency) {
    String number = compact(amount);
    return currency.isEmpty() || currency.equals(mapCurrency) ? number : number + " " + currency;
  }

  /** The amount alone in its shortest form ({@code 50k}). */
  public static String compact(BigDecimal amount) {
    if (amount.compareTo(MILLION) >= 0
        && amount.remainder(BigDecimal.valueOf(10_000)).signum() == 0) {
      return plain(amount.divide(MILLION)) + "m";
    }
    if (amount.compareTo(THOUSAND) >= 0 && amount.remainder(BigDecimal.TEN).signum() == 0) {
      return plain(amount.divide(THOUSAND)) + "k";
    }
    return plain(amount);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  @Override
  public String toString() {
    return format("");
  }
}
