package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void readsAndWritesTheThreePrecisions() {
    assertThat(PartialDate.parse("2007")).isEqualTo(new PartialDate(2007, 0, 0));
    assertThat(PartialDate.parse("2014-03").toString()).isEqualTo("2014-03");
    assertThat(PartialDate.parse("2014-03").firstDay()).isEqualTo(LocalDate.of(2014, 3, 1));
  }

  @Test
  void ordersByYearThenMonthThenDay() {
    assertThat(PartialDate.parse("2014")).isLessThan(PartialDate.parse("2014-01"));
    assertThat(PartialDate.parse("2014-02-28")).isLessThan(PartialDate.parse("2014-03"));
  }

  @Test
  void refusesImpossibleDatesWithAReason() {
    assertThatThrownBy(() -> PartialDate.parse("2014-13"))
        .hasMessage("month 13 is not between 1 and 12");
    assertThatThrownBy(() -> PartialDate.parse("2013-02-29"))
        .hasMessage("day 29 is not in 2013-02 (it has 28 days)");
    assertThatThrownBy(() -> PartialDate.parse("2014-00"))
        .hasMessage("month 0 is not between 1 and 12");
    assertThatThrownBy(() -> PartialDate.parse("March 2014"))
        .hasMessage("'March 2014' is not a date");
    assertThat(PartialDate.parse("2012-02-29").day()).isEqualTo(29);
  }

  @Test
  void refusesAMonthOrDayOfOneDigitSayingTheFormToWrite() {
    // "2014-1-1" once read as 2014-01-01 without a word; a map then said one thing and wrote
    // another. The message gives the form to write instead.
    assertThatThrownBy(() -> PartialDate.parse("2014-1-1"))
        .hasMessage("a month and a day have two digits: write 2014-01-01, not 2014-1-1");
    assertThatThrownBy(() -> PartialDate.parse("2014-3"))
        .hasMessage("a month and a day have two digits: write 2014-03, not 2014-3");
    assertThatThrownBy(() -> PartialDate.parse("2014-03-5"))
        .hasMessage("a month and a day have two digits: write 2014-03-05, not 2014-03-5");
  }

  @Test
  void refusesTheYearZeroAndYearsOfMoreThanFourDigits() {
    assertThatThrownBy(() -> PartialDate.parse("0000"))
        .hasMessage("there is no year 0000 (the years run from 0001)");
    assertThatThrownBy(() -> PartialDate.parse("0000-01-01"))
        .hasMessage("there is no year 0000 (the years run from 0001)");
    assertThatThrownBy(() -> PartialDate.parse("12014")).hasMessage("'12014' is not a date");
    // The first and last years that write back as four digits.
    assertThat(PartialDate.parse("0001-01-01").toString()).isEqualTo("0001-01-01");
    assertThat(PartialDate.parse("9999-12-31").toString()).isEqualTo("9999-12-31");
    assertThatThrownBy(() -> new PartialDate(10_000, 1, 1))
        .hasMessage("year 10000 is not between 0001 and 9999");
  }

  @Test
  void spansTheDaysItCanMean() {
    assertThat(PartialDate.parse("2014").lastDay()).isEqualTo(java.time.LocalDate.of(2014, 12, 31));
    assertThat(PartialDate.parse("2024-02").lastDay())
        .isEqualTo(java.time.LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.parse("2024-02-10").lastDay())
        .isEqualTo(java.time.LocalDate.of(2024, 2, 10));
    // until 2019 runs to the end of 2019, so it is not before since 2019-03.
    assertThat(PartialDate.parse("2019").endsBefore(PartialDate.parse("2019-03"))).isFalse();
    assertThat(PartialDate.parse("2019-02").endsBefore(PartialDate.parse("2019-03"))).isTrue();
  }

  @Test
  void acceptsExactlyTheDaysTheCalendarHasAndWritesThemAsIsoDoes() {
    // Brute force against java.time: every day from -1 to 32 of every month of years around the
    // leap rules (1900 is not a leap year, 2000 is) and the ends of the range, 0001 and 9999.
    for (int year : new int[] {1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
      for (int month = 1; month <= 12; month++) {
        for (int day = -1; day <= 32; day++) {
          boolean real = day == 0 || isCalendarDay(year, month, day);
          int y = year;
          int m = month;
          int d = day;
          if (real) {
            PartialDate date = new PartialDate(y, m, d);
            String iso =
                d == 0
                    ? String.format("%04d-%02d", y, m)
                    : LocalDate.of(y, m, d).format(java.time.format.DateTimeFormatter.ISO_DATE);
            assertThat(date.toString()).isEqualTo(iso);
          } else {
            assertThatThrownBy(() -> new PartialDate(y, m, d))
                .isInstanceOf(IllegalArgumentException.class);
          }
        }
      }
      assertThat(new PartialDate(year, 0, 0).toString()).isEqualTo(String.format("%04d", year));
    }
  }

  private static boolean isCalendarDay(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  @Test
  void aWordLooksLikeADateExactlyWhenItHasADatesShape() {
    // The shape spelled out here on its own: four digits, then optionally -M or -MM, then
    // optionally -D or -DD. Words are drawn from digits, dashes and letters so that most of the
    // shapes near a date occur.
    java.util.regex.Pattern shape =
        java.util.regex.Pattern.compile("[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?");
    java.util.Random random = new java.util.Random(3);
    String alphabet = "0123456789--a";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder w = new StringBuilder();
      int length = random.nextInt(13);
      for (int j = 0; j < length; j++) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String word = w.toString();
      assertThat(PartialDate.looksLikeDate(word)).as(word).isEqualTo(shape.matcher(word).matches());
    }
    assertThat(PartialDate.looksLikeDate("2014-03-05")).isTrue();
    assertThat(PartialDate.looksLikeDate("2014-3")).isTrue();
    assertThat(PartialDate.looksLikeDate("person-2014")).isFalse();
  }
}
