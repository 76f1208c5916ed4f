package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Money;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.Rhythm;
import org.junit.jupiter.api.Test;

/**
 * The Currency cell of an elements row gives its currency to the row's amounts that name none, so a
 * row names one only when each of its amounts is in it or in none other: an amount without a
 * currency beside one in USD keeps having none.
 */
class RowCurrencyTest {

  private static Node channel(Optional<Money> cost, Optional<Money> rate) {
    return Node.of("Ads", NodeKind.CHANNEL)
        .withCost(
            new Cost(
                cost,
                java.util.OptionalDouble.empty(),
                rate,
                cost.map(c -> Rhythm.WEEK),
                Optional.empty()));
  }

  @Test
  void aRowWithAnAmountWithoutACurrencyNamesNone() {
    // cost 10 USD/week, rate 658 in a map that names no currency: the rate is in none.
    Node n = channel(Optional.of(Money.of(10, "USD")), Optional.of(Money.of(658, "")));
    assertThat(RowCurrency.of(n)).isEmpty();
  }

  @Test
  void aRowWhoseAmountsAllNameACurrencyNamesTheFirsts() {
    assertThat(
            RowCurrency.of(
                channel(Optional.of(Money.of(10, "USD")), Optional.of(Money.of(5, "USD")))))
        .isEqualTo("USD");
    // The value's first, then the cost's: the other is written with its own currency.
    Node client =
        Node.of("C", NodeKind.CLIENT)
            .withDeal(Deal.NONE.withValue(Money.of(50_000, "GBP")))
            .withCost(Cost.NONE.withMoney(Money.of(10, "USD")));
    assertThat(RowCurrency.of(client)).isEqualTo("GBP");
    assertThat(RowCurrency.of(channel(Optional.empty(), Optional.empty()))).isEmpty();
  }

  @Test
  void theReaderGivesTheCellsCurrencyOnlyToAmountsThatNameNone() {
    ReadResult r =
        CsvMapReader.read(
            Optional.of(
                CsvMapReader.Sheet.of(
                    "elements.csv",
                    "ID,Type,Currency,Cost,Rate\n"
                        + "Ads,channel,,10 USD/week,658\n"
                        + "Blog,channel,EUR,10/week,658\n")),
            Optional.empty());
    assertThat(r.errors()).isEmpty();
    List<Node> nodes = r.map().nodes();
    assertThat(nodes.get(0).cost().money()).contains(new Money(BigDecimal.TEN, "USD"));
    assertThat(nodes.get(0).cost().rate()).contains(Money.of(658, ""));
    assertThat(nodes.get(1).cost().money()).contains(Money.of(10, "EUR"));
    assertThat(nodes.get(1).cost().rate()).contains(Money.of(658, "EUR"));
  }
}
