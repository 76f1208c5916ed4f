package networth.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: the story says "since 2007", "won 2014-03",
 * "2011-02-10". Written and read as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 *
 * @param year the year
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to the length of the month, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(PartialDate::month)
          .thenComparingInt(PartialDate::day);

  public PartialDate {
    // Four digits are what every form writes: a year outside them would not read back.
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is not between 0001 and 9999");
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is not between 1 and 12");
    }
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("a day needs a month");
    }
    // Told without the calendar's objects: a map's links are made again from their packed form
    // each time they are read, millions of times in a large map's writing.
    if (day < 0 || day > daysIn(year, month)) {
      throw new IllegalArgumentException(
          "day "
              + day
              + " is not in "
              + YearMonth.of(year, month)
              + " (it has "
              + YearMonth.of(year, month).lengthOfMonth()
              + " days)");
    }
  }

  /** The days of a month of the Gregorian calendar, as {@link YearMonth#lengthOfMonth} counts. */
  private static int daysIn(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Whether a text has the shape of a date, valid or not ({@code 2014-13} has the shape). */
  public static boolean looksLikeDate(String text) {
    // Told without the pattern for the commonest words, which are no dates: every date is 4, 6 to
    // 7 or 9 to 10 characters long and starts with a digit.
    int n = text.length();
    if (n < 4 || n > 10 || text.charAt(0) < '0' || text.charAt(0) > '9') {
      return false;
    }
    return SHAPE.matcher(text).matches();
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, each part with all its digits: a
   * month or day of one digit ({@code 2014-3-5}) is refused with the form to write, so that what is
   * read is what the map says and writes back the same.
   *
   * @throws IllegalArgumentException with a message for a person when the text is not such a date
   */
  public static PartialDate parse(String text) {
    // The common full form without a regular expression: maps hold millions of dated links.
    if (text.length() == 10
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && digits(text, 0, 4) > 0
        && digits(text, 5, 7) > 0
        && digits(text, 8, 10) > 0) {
      return new PartialDate(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a date");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (year == 0) {
      throw new IllegalArgumentException("there is no year 0000 (the years run from 0001)");
    }
    if (m.group(2) != null && month == 0) {
      throw new IllegalArgumentException("month 0 is not between 1 and 12");
    }
    if (m.group(3) != null && day == 0) {
      throw new IllegalArgumentException("day 0 is not a day of the month");
    }
    PartialDate date = new PartialDate(year, month, day);
    if (!date.toString().equals(text)) {
      throw new IllegalArgumentException(
          "a month and a day have two digits: write " + date + ", not " + text);
    }
    return date;
  }

  /** The number the digits from..to-1 spell, or -1 when one is not a digit. */
  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The first day the date can mean: 2014-03 starts on 2014-03-01. */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day the date can mean: 2014-03 ends on 2014-03-31, 2014 on 2014-12-31. */
  public LocalDate lastDay() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /**
   * Whether this date, taken as an end, comes before {@code start} taken as a beginning: {@code
   * until 2019} is not before {@code since 2019-03}, since the year 2019 runs past March.
   */
  public boolean endsBefore(PartialDate start) {
    return lastDay().isBefore(start.firstDay());
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    // By hand rather than String.format, which parses its pattern each time: a large map's
    // writers print millions of dates. The year has four digits (1 to 9999), month and day two.
    char[] text = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    if (month != 0) {
      text[4] = '-';
      text[5] = (char) ('0' + month / 10);
      text[6] = (char) ('0' + month % 10);
    }
    if (day != 0) {
      text[7] = '-';
      text[8] = (char) ('0' + day / 10);
      text[9] = (char) ('0' + day % 10);
    }
    return new String(text);
  }
}
