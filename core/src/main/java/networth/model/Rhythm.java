package networth.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a recurring cost is paid: {@code cost €120/yr}, {@code hours 4/month}. A cost with no
 * rhythm is paid once. Months and quarters are fixed fractions of the average year of 365.25 days,
 * so that a cost accrues by the day the same way whatever the calendar month.
 */
public enum Rhythm {
  WEEK("week", new BigDecimal("7")),
  MONTH("month", new BigDecimal("30.4375")),
  QUARTER("quarter", new BigDecimal("91.3125")),
  YEAR("year", new BigDecimal("365.25"));

  /** The forms {@link #fromWord} accepts, as written after an amount, for messages. */
  public static final String FORMS = "/week, /month, /quarter or /year (or /wk, /mo, /yr)";

  private final String word;
  private final BigDecimal days;

  Rhythm(String word, BigDecimal days) {
    this.word = word;
    this.days = days;
  }

  /** The word it is written with: {@code week}, {@code month}, {@code quarter}, {@code year}. */
  public String word() {
    return word;
  }

  /** Its length in days: 7, 30.4375 (a twelfth of 365.25), 91.3125 or 365.25. */
  public BigDecimal days() {
    return days;
  }

  /**
   * Reads {@code week}, {@code wk}, {@code month}, {@code mo}, {@code quarter}, {@code qtr}, {@code
   * year}, {@code yr}, in any case.
   */
  public static Optional<Rhythm> fromWord(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "week", "wk" -> Optional.of(WEEK);
      case "month", "mo" -> Optional.of(MONTH);
      case "quarter", "qtr" -> Optional.of(QUARTER);
      case "year", "yr" -> Optional.of(YEAR);
      default -> Optional.empty();
    };
  }
}
