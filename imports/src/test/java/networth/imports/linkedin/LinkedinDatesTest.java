package networth.imports.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import networth.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date styles of the export's columns, and what is refused rather than guessed. */
class LinkedinDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "08 Feb 2026|2026-02-08", // Connected On now
        "8 Feb 2026|2026-02-08",
        "8 feb 2026|2026-02-08",
        "08 February 2026|2026-02-08",
        "1/29/26, 2:37 PM|2026-01-29", // Sent At: month first, two-digit year, a time
        "2/8/18|2018-02-08",
        "12/31/2025|2025-12-31",
        "2026-02-08|2026-02-08", // as a spreadsheet program may resave it
        "2026-02-08 10:00:00 UTC|2026-02-08",
      })
  void days(String text, String expected) {
    assertEquals(Optional.of(PartialDate.parse(expected)), LinkedinDates.day(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31 Fbe 2026", // no such month
        "31 Feb 2026", // no such day
        "29/1/26, 2:37 PM", // day first: month 29
        "08 Feb 26", // a two-digit year where LinkedIn writes four
        "Feb 2026", // a month is not a day
        "yesterday",
      })
  void notDays(String text) {
    assertEquals(Optional.empty(), LinkedinDates.day(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Jun 2008|2008-06", "June 2008|2008-06", "Sept 2019|2019-09", "2008|2008"})
  void months(String text, String expected) {
    assertEquals(Optional.of(PartialDate.parse(expected)), LinkedinDates.monthYear(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Juin 2008", "Jun 08", "13 2008", "Present"})
  void notMonths(String text) {
    assertEquals(Optional.empty(), LinkedinDates.monthYear(text));
  }
}
