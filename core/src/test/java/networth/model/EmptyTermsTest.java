package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A deal or a cost is empty exactly when it equals the empty one: each field set alone makes it
 * something, and an empty one made anew is as empty as {@code NONE}.
 */
class EmptyTermsTest {

  private static final Money TEN = Money.of(10, "GBP");

  @Test
  void aDealIsEmptyExactlyWhenItEqualsNone() {
    List<Deal> deals =
        List.of(
            new Deal(Optional.empty(), OptionalDouble.empty(), "", Optional.empty()),
            Deal.NONE.withValue(TEN),
            Deal.NONE.withProbability(0),
            Deal.NONE.withStage("proposal"),
            Deal.NONE.withNext(new NextStep("call", Optional.empty())));
    for (Deal d : deals) {
      assertThat(d.isEmpty()).as("%s", d).isEqualTo(d.equals(Deal.NONE));
    }
    assertThat(deals.stream().filter(Deal::isEmpty).count()).isEqualTo(1);
  }

  @Test
  void aCostIsEmptyExactlyWhenItEqualsNone() {
    List<Cost> costs =
        List.of(
            new Cost(
                Optional.empty(),
                OptionalDouble.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            Cost.NONE.withMoney(TEN),
            Cost.NONE.withHours(0),
            Cost.NONE.withRate(TEN),
            Cost.NONE.withMoney(TEN).withMoneyEvery(Rhythm.YEAR),
            Cost.NONE.withHours(2).withHoursEvery(Rhythm.YEAR));
    for (Cost c : costs) {
      assertThat(c.isEmpty()).as("%s", c).isEqualTo(c.equals(Cost.NONE));
    }
    assertThat(costs.stream().filter(Cost::isEmpty).count()).isEqualTo(1);
  }

  @Test
  void aNodeKeepsTheOneEmptyDealAndCost() {
    Node n =
        new Node(
            "ann",
            "",
            NodeKind.PERSON,
            Optional.empty(),
            Optional.empty(),
            "",
            new Deal(Optional.empty(), OptionalDouble.empty(), "", Optional.empty()),
            new Cost(Optional.empty(), OptionalDouble.empty(), Optional.empty()),
            java.util.Map.of());
    assertThat(n.deal()).isSameAs(Deal.NONE);
    assertThat(n.cost()).isSameAs(Cost.NONE);
  }
}
