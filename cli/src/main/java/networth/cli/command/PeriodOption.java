package networth.cli.command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import networth.model.Period;
import picocli.CommandLine.Option;

/**
 * {@code --from DATE --to DATE}, shared by every analysis: only the opportunities dated in that
 * period count ("what came in during 2023?").
 */
public final class PeriodOption {

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = {
        "Only the opportunities dated on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD (2023 is from",
        "2023-01-01). With --from or --to, undated opportunities are left out, and the output says",
        "how many."
      })
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only the opportunities dated on or before DATE (2023 is to 2023-12-31).")
  String to;

  /**
   * The period asked for ({@link Period#ALWAYS} when neither option is given).
   *
   * @throws BadArgumentException naming the option, for a date that is not one or --from after --to
   */
  Period period() {
    Optional<LocalDate> first = day("--from", from, Period::firstDayOf);
    Optional<LocalDate> last = day("--to", to, Period::lastDayOf);
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      throw new BadArgumentException(
          "--from "
              + from
              + " comes after --to "
              + to
              + " (the period would start on "
              + first.get()
              + " and end on "
              + last.get()
              + "); give the earlier date to --from");
    }
    return new Period(first, last);
  }

  private static Optional<LocalDate> day(
      String option, String text, Function<String, LocalDate> read) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.apply(text));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new BadArgumentException(
          option
              + " "
              + text
              + ": "
              + e.getMessage()
              + "; write a date as YYYY, YYYY-MM or YYYY-MM-DD (2023, 2023-06, 2023-06-15)");
    }
  }
}
