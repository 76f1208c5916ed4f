package networth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What a cost charges over a period, against numbers worked by hand. */
class CostTest {

  private static final Optional<PartialDate> UNDATED = Optional.empty();

  private static Optional<PartialDate> date(String d) {
    return Optional.of(PartialDate.parse(d));
  }

  private static LocalDate day(String d) {
    return LocalDate.parse(d);
  }

  private static double money(Cost.Charge c) {
    return c.money().orElseThrow().amount().doubleValue();
  }

  private static final Cost YEARLY =
      Cost.NONE.withMoney(Money.of(120, "EUR")).withMoneyEvery(Rhythm.YEAR);

  @Test
  void aYearlyCostAccruesByTheDayOverTheSharedDays() {
    // Active 2019-03-01 to 2022-08-31; 2020 lies wholly inside and has 366 days:
    // 120 × 366 / 365.25 = 120.2464…
    Cost.Charge c =
        YEARLY.over(day("2020-01-01"), day("2020-12-31"), date("2019-03"), date("2022-08"));
    assertThat(money(c)).isCloseTo(120.2464, within(1e-4));
    assertThat(c.money().orElseThrow().currency()).isEqualTo("EUR");
    // 2019 from 1 March: 31+30+31+30+31+31+30+31+30+31 = 306 days; 120 × 306 / 365.25 = 100.5339
    assertThat(
            money(
                YEARLY.over(
                    day("2019-01-01"), day("2019-12-31"), date("2019-03"), date("2022-08"))))
        .isCloseTo(100.5339, within(1e-4));
    // 2022 to 31 August: 31+28+31+30+31+30+31+31 = 243 days; 120 × 243 / 365.25 = 79.8357
    assertThat(
            money(
                YEARLY.over(
                    day("2022-01-01"), day("2023-12-31"), date("2019-03"), date("2022-08"))))
        .isCloseTo(79.8357, within(1e-4));
  }

  @Test
  void nothingAccruesOutsideTheActiveSpan() {
    Cost.Charge before =
        YEARLY.over(day("2018-01-01"), day("2018-12-31"), date("2019-03"), date("2022-08"));
    assertThat(money(before)).isZero();
    Cost.Charge after =
        YEARLY.over(day("2022-09-01"), day("2022-12-31"), date("2019-03"), date("2022-08"));
    assertThat(money(after)).isZero();
  }

  @Test
  void anUndatedRecurringCostRunsThroughTheWholePeriod() {
    // A quarter is 365.25 / 4 = 91.3125 days; January to March 2021 is 31+28+31 = 90 days:
    // 900 × 90 / 91.3125 = 887.0637
    Cost quarterly = Cost.NONE.withMoney(Money.of(900, "GBP")).withMoneyEvery(Rhythm.QUARTER);
    assertThat(money(quarterly.over(day("2021-01-01"), day("2021-03-31"), UNDATED, UNDATED)))
        .isCloseTo(887.0637, within(1e-4));
  }

  @Test
  void hoursFollowTheirOwnRhythm() {
    // 4 hours a month; a month is 365.25 / 12 = 30.4375 days; February 2020 has 29:
    // 4 × 29 / 30.4375 = 3.8111. The money, paid once and undated, is charged in full.
    Cost c = Cost.NONE.withMoney(Money.of(300, "GBP")).withHours(4).withHoursEvery(Rhythm.MONTH);
    Cost.Charge feb = c.over(day("2020-02-01"), day("2020-02-29"), UNDATED, UNDATED);
    assertThat(feb.hours()).isCloseTo(3.8111, within(1e-4));
    assertThat(money(feb)).isEqualTo(300);
    // 10 hours a week over two weeks: 10 × 14 / 7 = 20 exactly.
    Cost weekly = Cost.NONE.withHours(10).withHoursEvery(Rhythm.WEEK);
    assertThat(weekly.over(day("2021-05-03"), day("2021-05-16"), UNDATED, UNDATED).hours())
        .isEqualTo(20);
    assertThat(weekly.over(day("2021-05-03"), day("2021-05-16"), UNDATED, UNDATED).money())
        .isEmpty();
  }

  @Test
  void aOneOffCostIsChargedInFullInThePeriodOfItsDateOnly() {
    Cost once =
        new Cost(Optional.of(Money.of(300, "GBP")), OptionalDouble.of(40), Optional.empty());
    Cost.Charge in = once.over(day("2019-01-01"), day("2019-12-31"), date("2019-03"), UNDATED);
    assertThat(money(in)).isEqualTo(300);
    assertThat(in.hours()).isEqualTo(40);
    Cost.Charge out = once.over(day("2020-01-01"), day("2020-12-31"), date("2019-03"), UNDATED);
    assertThat(money(out)).isZero();
    assertThat(out.hours()).isZero();
    // Undated, it belongs to every period asked about.
    assertThat(money(once.over(day("2030-01-01"), day("2030-01-01"), UNDATED, UNDATED)))
        .isEqualTo(300);
  }

  @Test
  void aPeriodMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> YEARLY.over(day("2020-02-01"), day("2020-01-31"), UNDATED, UNDATED))
        .hasMessage("a period cannot end (2020-01-31) before it starts (2020-02-01)");
  }

  @Test
  void aRhythmNeedsSomethingToRepeat() {
    assertThatThrownBy(() -> Cost.NONE.withMoneyEvery(Rhythm.YEAR))
        .hasMessage("a rhythm of payment needs an amount");
    assertThat(Rhythm.fromWord("yr")).contains(Rhythm.YEAR);
    assertThat(Rhythm.fromWord("mo")).contains(Rhythm.MONTH);
    assertThat(Rhythm.fromWord("wk")).contains(Rhythm.WEEK);
    assertThat(Rhythm.fromWord("day")).isEmpty();
    assertThat(Rhythm.MONTH.days().multiply(BigDecimal.valueOf(12))).isEqualByComparingTo("365.25");
  }

  @Test
  void aPeriodChargesWhatItsDaysChargeOneByOne() {
    // Brute force: the charge over a span equals the sum of the charges of each of its days,
    // for every rhythm, with the node starting and ending inside the span.
    LocalDate from = day("2019-12-15");
    LocalDate to = day("2021-02-10");
    for (Rhythm r : Rhythm.values()) {
      Cost c = Cost.NONE.withMoney(Money.of(1_000, "GBP")).withMoneyEvery(r);
      double whole = money(c.over(from, to, date("2020-02"), date("2020-11-20")));
      double byDay = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        byDay += money(c.over(d, d, date("2020-02"), date("2020-11-20")));
      }
      assertThat(whole).as(r.word()).isCloseTo(byDay, within(1e-6));
      // Active 2020-02-01 to 2020-11-20: 29+31+30+31+30+31+31+30+31+20 = 294 days.
      assertThat(whole).as(r.word()).isCloseTo(1_000 * 294 / r.days().doubleValue(), within(1e-6));
    }
  }
}
