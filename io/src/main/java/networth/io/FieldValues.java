package networth.io;

import java.math.BigDecimal;

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
   * Reads a count of hours, a number of zero or more.
   *
   * @throws IllegalArgumentException with a message for a person otherwise
   */
  public static double hours(String text) {
    try {
      BigDecimal h = new BigDecimal(text.strip());
      if (h.signum() < 0) {
        throw new IllegalArgumentException("hours cannot be negative");
      }
      return h.doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number of hours");
    }
  }

  /** A double in the shortest form that reads back to it, without a needless ".0". */
  public static String number(double d) {
    return networth.text.MapWords.number(d);
  }
}
