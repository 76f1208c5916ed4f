package networth.engine.options;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import networth.engine.BadOptionException;
import networth.model.Period;

/** {@code --from DATE --to DATE} read into a {@link Period}: what came in during 2023? */
public final class Periods {

  private Periods() {}

  /**
   * The period asked for ({@link Period#ALWAYS} when neither side is given).
   *
   * @param from the first day, month or year, as written
   * @param to the last day, month or year, as written
   * @throws BadOptionException naming the option, for a date that is not one or --from after --to
   */
  public static Period of(Optional<String> from, Optional<String> to) {
    Optional<LocalDate> first = day("--from", from, Period::firstDayOf);
    Optional<LocalDate> last = day("--to", to, Period::lastDayOf);
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      throw new BadOptionException(
          "--from "
              + from.get()
              + " comes after --to "
              + to.get()
              + " (the period would start on "
              + first.get()
              + " and end on "
              + last.get()
              + "); give the earlier date to --from");
    }
    return new Period(first, last);
  }

  private static Optional<LocalDate> day(
      String option, Optional<String> text, Function<String, LocalDate> read) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.apply(text.get()));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new BadOptionException(
          option
              + " "
              + text.get()
              + ": "
              + e.getMessage()
              + "; write a date as YYYY, YYYY-MM or YYYY-MM-DD (2023, 2023-06, 2023-06-15)");
    }
  }
}
