package networth.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The terms of an opportunity: what it is worth, how likely it is, where it stands. Nodes that are
 * not opportunities carry {@link #NONE}.
 *
 * @param value what the work is worth
 * @param probability the chance of winning it, from 0 to 1, for an open prospect
 * @param stage where it stands ("proposal", "negotiation"...), or empty for the kind's default
 * @param next the next step, if one is planned
 */
public record Deal(
    Optional<Money> value, OptionalDouble probability, String stage, Optional<NextStep> next) {

  public static final Deal NONE =
      new Deal(Optional.empty(), OptionalDouble.empty(), "", Optional.empty());

  public Deal {
    if (probability.isPresent()
        && (probability.getAsDouble() < 0 || probability.getAsDouble() > 1)) {
      throw new IllegalArgumentException("a probability lies between 0 and 1");
    }
  }

  /**
   * Whether it says nothing, as {@link #NONE}: told field by field, not by {@code equals}, whose
   * first call makes the runtime generate the record's method and dozens of classes for it, in the
   * middle of reading a large map (and then compile the generator).
   */
  public boolean isEmpty() {
    return value.isEmpty() && probability.isEmpty() && stage.isEmpty() && next.isEmpty();
  }

  public Deal withValue(Money money) {
    return new Deal(Optional.of(money), probability, stage, next);
  }

  public Deal withProbability(double p) {
    return new Deal(value, OptionalDouble.of(p), stage, next);
  }

  public Deal withStage(String s) {
    return new Deal(value, probability, s, next);
  }

  public Deal withNext(NextStep step) {
    return new Deal(value, probability, stage, Optional.of(step));
  }

  /**
   * What the opportunity counts for in the analyses: a client its value, a prospect its value times
   * its probability (its whole value when no probability is given), a lost one nothing.
   */
  public BigDecimal weight(NodeKind kind) {
    if (kind == NodeKind.LOST || !kind.isOpportunity() || value.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal amount = value.get().amount();
    if (kind == NodeKind.PROSPECT && probability.isPresent()) {
      return amount.multiply(BigDecimal.valueOf(probability.getAsDouble()));
    }
    return amount;
  }
}
