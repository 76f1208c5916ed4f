package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static Period of(String from, String to) {
    return Period.of(Optional.ofNullable(from), Optional.ofNullable(to));
  }

  @Test
  void aYearRunsFromItsFirstDayToItsLastAndAMonthLikewise() {
    Period year = of("2023", "2023");
    assertThat(year.from()).hasValue(LocalDate.of(2023, 1, 1));
    assertThat(year.to()).hasValue(LocalDate.of(2023, 12, 31));
    assertThat(of(null, "2023-02").to()).hasValue(LocalDate.of(2023, 2, 28));
    assertThat(of(null, "2024-02").to()).as("a leap year").hasValue(LocalDate.of(2024, 2, 29));
    assertThat(of("2023-06", null).from()).hasValue(LocalDate.of(2023, 6, 1));
    assertThat(year.toString()).isEqualTo("2023-01-01 to 2023-12-31");
    assertThat(of("2023-06", null).toString()).isEqualTo("from 2023-06-01");
    assertThat(of(null, "2023-06-15").toString()).isEqualTo("up to 2023-06-15");
  }

  @Test
  void aPartialDateIsInThePeriodByItsFirstDay() {
    Period june = of("2023-06", "2023-06");
    assertThat(june.contains(PartialDate.parse("2023-06-30"))).isTrue();
    assertThat(june.contains(PartialDate.parse("2023-06"))).isTrue();
    assertThat(june.contains(PartialDate.parse("2023-07-01"))).isFalse();
    // "2023" starts on 2023-01-01, before June.
    assertThat(june.contains(PartialDate.parse("2023"))).isFalse();
    assertThat(Period.ALWAYS.contains(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void aPeriodThatEndsBeforeItStartsOrABadDateIsRefusedWithAMessage() {
    assertThatThrownBy(() -> of("2024", "2023"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts on 2024-01-01, after it ends on 2023-12-31");
    assertThatThrownBy(() -> of("2023-13", null)).hasMessageContaining("month 13");
    assertThatThrownBy(() -> of(null, "last year")).hasMessageContaining("not a date");
  }
}
