package networth.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A span of days to ask "what came in during it?": from a first day, to a last day, either or both
 * (both inclusive). Written as dates of a year, a month or a day: from {@code 2023} means from
 * 2023-01-01, to {@code 2023} to 2023-12-31, {@code 2023-06} the first or last day of that month.
 *
 * <p>An opportunity is in a period when its own date is (a date of a month or a year counts from
 * its first day, as everywhere else); an undated one cannot be placed in any period. Costs kept per
 * period are charged over {@link #days} of it, bounded by the map's own dates where it is open.
 *
 * @param from the first day, or empty for no lower bound
 * @param to the last day, or empty for no upper bound
 */
public record Period(Optional<LocalDate> from, Optional<LocalDate> to) {

  /** No bound at all: every opportunity, dated or not. */
  public static final Period ALWAYS = new Period(Optional.empty(), Optional.empty());

  public Period {
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "the period starts on " + from.get() + ", after it ends on " + to.get());
    }
  }

  /**
   * The period between two written dates, each optional.
   *
   * @throws IllegalArgumentException when one is not a date, or the first comes after the last
   */
  public static Period of(Optional<String> from, Optional<String> to) {
    return new Period(from.map(Period::firstDayOf), to.map(Period::lastDayOf));
  }

  /** The first day a written date can mean: 2023 → 2023-01-01, 2023-06 → 2023-06-01. */
  public static LocalDate firstDayOf(String text) {
    return PartialDate.parse(text.trim()).firstDay();
  }

  /** The last day a written date can mean: 2023 → 2023-12-31, 2023-02 → 2023-02-28. */
  public static LocalDate lastDayOf(String text) {
    PartialDate d = PartialDate.parse(text.trim());
    if (d.month() == 0) {
      return LocalDate.of(d.year(), 12, 31);
    }
    if (d.day() == 0) {
      return YearMonth.of(d.year(), d.month()).atEndOfMonth();
    }
    return d.firstDay();
  }

  /** Whether this is no period at all. */
  public boolean isAlways() {
    return from.isEmpty() && to.isEmpty();
  }

  public boolean contains(LocalDate day) {
    return from.map(f -> !day.isBefore(f)).orElse(true)
        && to.map(t -> !day.isAfter(t)).orElse(true);
  }

  /** Whether a date of a year, month or day lies in the period, counted from its first day. */
  public boolean contains(PartialDate date) {
    return contains(date.firstDay());
  }

  /** The first day, or {@code otherwise} where the period has no lower bound. */
  public LocalDate firstDay(LocalDate otherwise) {
    return from.orElse(otherwise);
  }

  /** The last day, or {@code otherwise} where the period has no upper bound. */
  public LocalDate lastDay(LocalDate otherwise) {
    return to.orElse(otherwise);
  }

  /** "2023-01-01 to 2023-12-31", "from 2023-01-01", "up to 2023-12-31", or "all time". */
  @Override
  public String toString() {
    if (from.isPresent() && to.isPresent()) {
      return from.get() + " to " + to.get();
    }
    if (from.isPresent()) {
      return "from " + from.get();
    }
    return to.map(t -> "up to " + t).orElse("all time");
  }
}
