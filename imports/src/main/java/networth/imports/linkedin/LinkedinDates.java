package networth.imports.linkedin;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import networth.model.PartialDate;

/**
 * The ways a LinkedIn export writes a date. {@code Connected On} is {@code 08 Feb 2026} (the day
 * may lose its zero); {@code Sent At} is {@code 1/29/26, 2:37 PM}, month first, a two-digit year;
 * {@code Started On} and {@code Finished On} are {@code Jun 2008}, or a year alone. Each reader
 * also takes the other styles, so a sheet resaved by a spreadsheet program still reads, but never
 * guesses: {@code 2/8/26} is read month first, as LinkedIn writes it.
 */
final class LinkedinDates {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private LinkedinDates() {}

  /** {@code 08 Feb 2026}, {@code 8 Feb 2026}, {@code 2/8/26}, {@code 2026-02-08}; else empty. */
  static Optional<PartialDate> day(String text) {
    String t = text.trim();
    // "1/29/26, 2:37 PM": the time goes, the day stays.
    int comma = t.indexOf(',');
    if (comma >= 0 && t.indexOf('/') >= 0) {
      t = t.substring(0, comma).trim();
    } else if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == ' ') {
      t = t.substring(0, 10);
    }
    String[] words = words(t);
    if (words.length == 3) {
      return full(
          number(words[2]), monthNumber(words[1]), number(words[0]), words[2].length() == 4);
    }
    String[] slash = t.indexOf('/') < 0 ? new String[0] : t.split("/");
    if (slash.length == 3) {
      return full(year(slash[2]), number(slash[0]), number(slash[1]), true);
    }
    if (t.length() == 10 && PartialDate.looksLikeDate(t)) {
      return parsed(t);
    }
    return Optional.empty();
  }

  /** {@code Jun 2008}, {@code June 2008}, {@code 2008}, {@code 2008-06}; else empty. */
  static Optional<PartialDate> monthYear(String text) {
    String t = text.trim();
    String[] words = words(t);
    if (words.length == 2 && words[1].length() == 4) {
      int m = monthNumber(words[0]);
      int y = number(words[1]);
      return m > 0 && y > 0 ? Optional.of(new PartialDate(y, m, 0)) : Optional.empty();
    }
    if (PartialDate.looksLikeDate(t)) {
      return parsed(t);
    }
    return Optional.empty();
  }

  /** The words of a text split at runs of spaces; without a regular expression, once a row. */
  private static String[] words(String t) {
    List<String> out = new ArrayList<>(3);
    int i = 0;
    while (i < t.length()) {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(t.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static Optional<PartialDate> full(int year, int month, int day, boolean yearOk) {
    if (!yearOk || year <= 0 || month < 1 || month > 12 || day < 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<PartialDate> parsed(String t) {
    try {
      return Optional.of(PartialDate.parse(t));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The month an English name or its first three letters give, 1 to 12; else 0. */
  private static int monthNumber(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (w.startsWith(MONTHS[i])
          && (w.length() == 3 || fullName(i).startsWith(w) || w.equals("sept"))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String fullName(int i) {
    return Month.of(i + 1).name().toLowerCase(Locale.ROOT);
  }

  /** A two-digit year is this century's: LinkedIn began in 2003. */
  private static int year(String digits) {
    int y = number(digits);
    if (digits.length() == 2 && y >= 0) {
      return 2000 + y;
    }
    return digits.length() == 4 ? y : -1;
  }

  /** The number one to four digits spell, or -1. */
  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
