package networth.cli.command;

import java.util.Optional;
import networth.engine.options.Periods;
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
      // One string: picocli wraps it to the terminal; lines of an array would each end early.
      description =
          "Only the opportunities dated on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD (2023 is"
              + " from 2023-01-01). With --from or --to, undated opportunities are left out, and"
              + " the output says how many.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only the opportunities dated on or before DATE (2023 is to 2023-12-31).")
  String to;

  /**
   * The period asked for ({@link Period#ALWAYS} when neither option is given).
   *
   * @throws networth.engine.BadOptionException naming the option, for a date that is not one or
   *     --from after --to
   */
  Period period() {
    return Periods.of(Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
