package networth.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a channel (or any node) costs: money spent on it and hours given to it, valued at an hourly
 * rate. Either may be paid once ({@code cost 300}) or again and again ({@code cost €120/yr}, {@code
 * hours 4/month}). Nodes without costs carry {@link #NONE}.
 *
 * @param money money spent
 * @param hours hours spent
 * @param rate the value of an hour, when it differs from the map's rate
 * @param moneyEvery how often the money is spent; empty when it is spent once
 * @param hoursEvery how often the hours are given; empty when they are given once
 */
public record Cost(
    Optional<Money> money,
    OptionalDouble hours,
    Optional<Money> rate,
    Optional<Rhythm> moneyEvery,
    Optional<Rhythm> hoursEvery) {

  public static final Cost NONE =
      new Cost(Optional.empty(), OptionalDouble.empty(), Optional.empty());

  public Cost {
    if (hours.isPresent() && hours.getAsDouble() < 0) {
      throw new IllegalArgumentException("hours cannot be negative");
    }
    if (hours.isPresent() && !Double.isFinite(hours.getAsDouble())) {
      // A reader stops these first; no format could write them back.
      throw new IllegalArgumentException("hours must be a finite number");
    }
    if (moneyEvery.isPresent() && money.isEmpty()) {
      throw new IllegalArgumentException("a rhythm of payment needs an amount");
    }
    if (hoursEvery.isPresent() && hours.isEmpty()) {
      throw new IllegalArgumentException("a rhythm of hours needs a number of hours");
    }
  }

  /** A cost paid once. */
  public Cost(Optional<Money> money, OptionalDouble hours, Optional<Money> rate) {
    this(money, hours, rate, Optional.empty(), Optional.empty());
  }

  /**
   * Whether it charges nothing, as {@link #NONE}: told field by field (see {@link Deal#isEmpty}).
   */
  public boolean isEmpty() {
    return money.isEmpty()
        && hours.isEmpty()
        && rate.isEmpty()
        && moneyEvery.isEmpty()
        && hoursEvery.isEmpty();
  }

  public Cost withMoney(Money m) {
    return new Cost(Optional.of(m), hours, rate, moneyEvery, hoursEvery);
  }

  public Cost withHours(double h) {
    return new Cost(money, OptionalDouble.of(h), rate, moneyEvery, hoursEvery);
  }

  public Cost withRate(Money r) {
    return new Cost(money, hours, Optional.of(r), moneyEvery, hoursEvery);
  }

  /** The same cost with its money spent every {@code r}; needs the money first. */
  public Cost withMoneyEvery(Rhythm r) {
    return new Cost(money, hours, rate, Optional.of(r), hoursEvery);
  }

  /** The same cost with its hours given every {@code r}; needs the hours first. */
  public Cost withHoursEvery(Rhythm r) {
    return new Cost(money, hours, rate, moneyEvery, Optional.of(r));
  }

  /** The same cost with its amounts that name no currency in {@code currency}. */
  public Cost orCurrency(String currency) {
    return new Cost(
        money.map(m -> m.orCurrency(currency)),
        hours,
        rate.map(m -> m.orCurrency(currency)),
        moneyEvery,
        hoursEvery);
  }

  /**
   * What a cost charges over a period.
   *
   * @param money the money charged, when the cost has money (in its currency)
   * @param hours the hours charged, 0 when the cost has none
   */
  public record Charge(Optional<Money> money, double hours) {}

  /**
   * What this cost charges over the days {@code from} to {@code toInclusive}, for a node active
   * from {@code since} (its date; from always when empty) to {@code until} (always when empty).
   *
   * <p>A recurring amount accrues by the day over the days the period and the node's active span
   * share: amount × shared days ÷ days of its rhythm, where a year is 365.25 days, a quarter a
   * quarter of it, a month a twelfth of it and a week 7 days. A partial date spans what it can
   * mean: {@code since 2019-03} starts on 1 March, {@code until 2022-08} ends on 31 August. A
   * one-off amount is charged in full when the node's date (its first day) lies in the period, or
   * when the node is undated; otherwise not at all. Hours follow the same rule as money, each by
   * its own rhythm.
   *
   * @throws IllegalArgumentException when the period ends before it starts
   */
  public Charge over(
      LocalDate from,
      LocalDate toInclusive,
      Optional<PartialDate> since,
      Optional<PartialDate> until) {
    if (toInclusive.isBefore(from)) {
      throw new IllegalArgumentException(
          "a period cannot end (" + toInclusive + ") before it starts (" + from + ")");
    }
    LocalDate start = since.map(PartialDate::firstDay).filter(d -> d.isAfter(from)).orElse(from);
    LocalDate end =
        until.map(PartialDate::lastDay).filter(d -> d.isBefore(toInclusive)).orElse(toInclusive);
    BigDecimal shared =
        end.isBefore(start)
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1);
    boolean dueOnce =
        since
            .map(PartialDate::firstDay)
            .map(d -> !d.isBefore(from) && !d.isAfter(toInclusive))
            .orElse(true);
    Optional<Money> charged =
        money.map(m -> new Money(share(m.amount(), moneyEvery, shared, dueOnce), m.currency()));
    double chargedHours =
        hours.isEmpty()
            ? 0
            : share(BigDecimal.valueOf(hours.getAsDouble()), hoursEvery, shared, dueOnce)
                .doubleValue();
    return new Charge(charged, chargedHours);
  }

  private static BigDecimal share(
      BigDecimal amount, Optional<Rhythm> every, BigDecimal sharedDays, boolean dueOnce) {
    if (every.isEmpty()) {
      return dueOnce ? amount : BigDecimal.ZERO;
    }
    return amount.multiply(sharedDays).divide(every.get().days(), MathContext.DECIMAL64);
  }
}
