package networth.journeys.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a timestamp cell as epoch seconds: a number of seconds since 1970-01-01T00:00Z ({@code
 * 1700000000} or {@code 1700000000.5}), an ISO-8601 date-time with or without offset ({@code
 * 2024-03-01T09:30:00+01:00}, {@code 2024-03-01 09:30}: a space for the T as databases export it;
 * without offset it is UTC), or a date ({@code 2024-03-01}, midnight UTC).
 */
final class Timestamps {
  private Timestamps() {}

  /** The time in epoch seconds, or NaN when the cell is none of the forms above. */
  static double seconds(String cell) {
    String s = cell.strip();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    char c = s.charAt(0);
    if (Character.isDigit(c) && s.indexOf('-', 1) < 0 || c == '-' && s.indexOf('-', 1) < 0) {
      try {
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : Double.NaN;
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).toEpochDay() * 86_400.0;
      }
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      OffsetDateTime at =
          t instanceof OffsetDateTime o ? o : ((LocalDateTime) t).atOffset(ZoneOffset.UTC);
      return at.toEpochSecond() + at.getNano() / 1e9;
    } catch (DateTimeParseException e) {
      return Double.NaN;
    }
  }
}
