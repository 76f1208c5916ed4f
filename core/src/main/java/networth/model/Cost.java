package networth.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a channel (or any node) costs: money spent on it and hours given to it, valued at an hourly
 * rate. Nodes without costs carry {@link #NONE}.
 *
 * @param money money spent
 * @param hours hours spent
 * @param rate the value of an hour, when it differs from the map's rate
 */
public record Cost(Optional<Money> money, OptionalDouble hours, Optional<Money> rate) {

  public static final Cost NONE =
      new Cost(Optional.empty(), OptionalDouble.empty(), Optional.empty());

  public Cost {
    if (hours.isPresent() && hours.getAsDouble() < 0) {
      throw new IllegalArgumentException("hours cannot be negative");
    }
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  public Cost withMoney(Money m) {
    return new Cost(Optional.of(m), hours, rate);
  }

  public Cost withHours(double h) {
    return new Cost(money, OptionalDouble.of(h), rate);
  }

  public Cost withRate(Money r) {
    return new Cost(money, hours, Optional.of(r));
  }
}
