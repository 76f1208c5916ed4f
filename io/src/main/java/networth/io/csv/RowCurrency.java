package networth.io.csv;

import java.util.Optional;
import java.util.stream.Stream;
import networth.model.Money;
import networth.model.Node;

/**
 * The currency a row of the elements sheet names in its {@code Currency} cell. That cell gives its
 * currency to every amount of the row written without one (docs/spreadsheets.md), so it may name a
 * currency only when no amount of the row is without one: a node valued in USD whose rate names no
 * currency ({@code cost 10 USD rate 658}, the rate in the map's currency) is written with an empty
 * cell and each amount spelled with its own currency, {@code 10 USD} and {@code 658}, which reads
 * back to the same two amounts.
 */
final class RowCurrency {

  private RowCurrency() {}

  /**
   * The cell: the currency of the row's value, else of its cost, else of its rate; empty when the
   * row has no amount or one of its amounts names no currency.
   */
  static String of(Node n) {
    Optional<Money> value = n.deal().value();
    Optional<Money> cost = n.cost().money();
    Optional<Money> rate = n.cost().rate();
    if (Stream.of(value, cost, rate)
        .flatMap(Optional::stream)
        .anyMatch(m -> m.currency().isEmpty())) {
      return "";
    }
    return value.or(() -> cost).or(() -> rate).map(Money::currency).orElse("");
  }
}
