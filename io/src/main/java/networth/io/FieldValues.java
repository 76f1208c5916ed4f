package networth.io;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.model.Money;
import networth.model.Rhythm;

/**
 * The textual forms of the numbers every map format shares, so that a map file, a spreadsheet and a
 * JSON file read and write them alike.
 */
public final class FieldValues {

  private FieldValues() {}

  /** The forms {@link #probability} accepts, for messages. */
  public static final String PROBABILITY_FORMS =
      "a percentage such as 40% or a fraction such as 0.4";

  /**
   * Reads a probability written as a percentage ({@code 40%}) or a fraction from 0 to 1 ({@code
   * 0.4}).
   *
   * @throws IllegalArgumentException with a message for a person otherwise
   */
  public static double probability(String text) {
    String t = text.strip();
    boolean percent = t.endsWith("%");
    BigDecimal number;
    try {
      number = new BigDecimal(percent ? t.substring(0, t.length() - 1).strip() : t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a probability");
    }
    BigDecimal fraction = percent ? number.movePointLeft(2) : number;
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not between 0% and 100%"
              + (percent ? "" : " (a fraction lies between 0 and 1)"));
    }
    return fraction.doubleValue();
  }

  /** A probability as a percentage that {@link #probability} reads back to the same double. */
  public static String percent(double p) {
    return BigDecimal.valueOf(p).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * The most hours one thing may take: over a century of every hour of every day. A number read as
   * a double must be one every writer can spell again; 309 digits would read as infinity, which no
   * format can write, so a limit far past any real effort keeps what a map says writable.
   */
  public static final BigDecimal MOST_HOURS = new BigDecimal("1000000");

  /**
   * Reads a count of hours, a number from 0 to {@link #MOST_HOURS}.
   *
   * @throws IllegalArgumentException with a message for a person otherwise
   */
  public static double hours(String text) {
    BigDecimal h;
    try {
      h = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number of hours");
    }
    return hours(h);
  }

  /**
   * Checks a number of hours however it was written (a JSON number too).
   *
   * @throws IllegalArgumentException with a message for a person when it is negative or more than
   *     {@link #MOST_HOURS}
   */
  public static double hours(BigDecimal h) {
    if (h.signum() < 0) {
      throw new IllegalArgumentException("hours cannot be negative");
    }
    if (h.compareTo(MOST_HOURS) > 0) {
      throw new IllegalArgumentException(
          "more than the most hours accepted, "
              + String.format(java.util.Locale.ROOT, "%,d", MOST_HOURS.intValue()));
    }
    return h.doubleValue();
  }

  /**
   * An amount or a number of hours, and how often it recurs: {@code €120/yr}, {@code 4/month},
   * {@code 300 per year}; {@code every} is empty for what is spent once.
   */
  public record Recurring<T>(T value, Optional<Rhythm> every) {}

  /** A period after {@code /} or {@code per} that is not one of {@link Rhythm#FORMS}. */
  public static final class NotAPeriod extends IllegalArgumentException {
    NotAPeriod(String word) {
      super(
          word.isEmpty()
              ? "no period after '/' (written together: 120/yr, not 120/ yr)"
              : "'" + word + "' is not a period");
    }
  }

  private static final Pattern EVERY =
      Pattern.compile("(.*?)\\s*(?:/\\s*|\\s+per\\s+)(\\p{L}*)", Pattern.CASE_INSENSITIVE);

  /**
   * Reads an amount that may recur ({@code €120/yr}, {@code 1,200 EUR per month}).
   *
   * @throws NotAPeriod when the period is not one {@link Rhythm} knows
   * @throws IllegalArgumentException when the amount is not one
   */
  public static Recurring<Money> recurringMoney(String text, String defaultCurrency) {
    return recurring(text, t -> Money.parse(t, defaultCurrency));
  }

  /** Reads hours that may recur ({@code 4/month}), as {@link #recurringMoney} reads an amount. */
  public static Recurring<Double> recurringHours(String text) {
    return recurring(text, FieldValues::hours);
  }

  private static <T> Recurring<T> recurring(String text, Function<String, T> parse) {
    Matcher m = EVERY.matcher(text.strip());
    if (!m.matches()) {
      return new Recurring<>(parse.apply(text), Optional.empty());
    }
    T value = parse.apply(m.group(1));
    Rhythm every = Rhythm.fromWord(m.group(2)).orElseThrow(() -> new NotAPeriod(m.group(2)));
    return new Recurring<>(value, Optional.of(every));
  }

  /** How a rhythm is written after an amount: {@code /year}, or nothing for a one-off. */
  public static String every(Optional<Rhythm> every) {
    return every.map(r -> "/" + r.word()).orElse("");
  }

  /**
   * Why an end date does not fit a node's date, or empty when it does: an end may not come before
   * the start ({@code until 2019} fits {@code since 2019-03}, the year runs past March).
   */
  public static String untilProblem(
      Optional<networth.model.PartialDate> date, Optional<networth.model.PartialDate> until) {
    if (date.isPresent() && until.isPresent() && until.get().endsBefore(date.get())) {
      return "ends (" + until.get() + ") before it starts (" + date.get() + ")";
    }
    return "";
  }

  /** A double in the shortest form that reads back to it, without a needless ".0". */
  public static String number(double d) {
    return networth.text.MapWords.number(d);
  }
}
