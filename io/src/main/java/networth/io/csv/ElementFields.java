package networth.io.csv;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import networth.io.FieldValues;
import networth.io.FieldValues.Recurring;
import networth.io.NodeFields;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Money;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * The typed fields of one row of the elements sheet (value, probability, stage, next step, cost,
 * dates, description), each checked against the row's Type; the first mistake is reported in its
 * cell and the row gives no node.
 */
final class ElementFields {
  private final Columns c;
  private final ElementColumns at;
  private final SheetRow row;
  private final NodeKind kind;
  private final String currency;
  private boolean ok = true;

  ElementFields(Columns c, ElementColumns at, SheetRow row, NodeKind kind, String currency) {
    this.c = c;
    this.at = at;
    this.row = row;
    this.kind = kind;
    this.currency = currency;
  }

  Optional<Node> node(String id, String label) {
    if (!currency.isEmpty() && !Money.isCurrency(currency)) {
      row.error(
          at.currency().get(),
          "bad Currency: " + Money.currencyProblem(currency),
          "write GBP, USD, EUR…, or leave the cell empty for the map's currency");
      return Optional.empty();
    }
    Deal deal =
        new Deal(
            field(
                at.value(),
                "value",
                t -> Money.parse(t, currency),
                "write an amount such as " + Money.EXAMPLES),
            field(
                    at.probability(),
                    "probability",
                    FieldValues::probability,
                    "write " + FieldValues.PROBABILITY_FORMS)
                .map(java.util.OptionalDouble::of)
                .orElse(java.util.OptionalDouble.empty()),
            field(at.stage(), "stage", t -> t, "").orElse(""),
            Optional.empty());
    Optional<String> next = field(at.next(), "next", t -> t, "");
    Optional<PartialDate> nextDate =
        field(at.nextDate(), "next", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
    if (next.isPresent() || nextDate.isPresent()) {
      deal = deal.withNext(new NextStep(next.orElse(""), nextDate));
    }
    Optional<Recurring<Money>> spent =
        field(
            at.cost(),
            "cost",
            t -> FieldValues.recurringMoney(t, currency),
            "write an amount such as " + Money.EXAMPLES + ", and a period such as /yr");
    Optional<Recurring<Double>> hours =
        field(at.hours(), "hours", FieldValues::recurringHours, "write a number of hours");
    Cost cost =
        new Cost(
            spent.map(Recurring::value),
            hours.map(h -> OptionalDouble.of(h.value())).orElse(OptionalDouble.empty()),
            field(
                at.rate(),
                "rate",
                t -> Money.parse(t, currency),
                "write an amount such as " + Money.EXAMPLES),
            spent.flatMap(Recurring::every),
            hours.flatMap(Recurring::every));
    Optional<PartialDate> date =
        field(at.date(), "date", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
    Optional<PartialDate> until =
        field(at.until(), "until", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
    String ends = FieldValues.untilProblem(date, until);
    if (ok && !ends.isEmpty()) {
      ok =
          row.error(
              at.until().get(),
              "the element " + ends,
              "an end comes on or after the element's Date");
    }
    String note = c.get(row.record(), at.note());
    if (!ok) {
      return Optional.empty();
    }
    // A label that repeats the id shares its string: a million rows, a million strings saved.
    Node n =
        new Node(id, label.equals(id) ? id : label, kind, date, until, note, deal, cost, Map.of());
    return Optional.of(n);
  }

  private <T> Optional<T> field(
      Optional<Integer> col, String field, Function<String, T> parse, String hint) {
    String text = c.get(row.record(), col);
    if (text.isEmpty() || !ok) {
      return Optional.empty();
    }
    String misplaced = NodeFields.misplaced(kind, field);
    if (!misplaced.isEmpty()) {
      ok = row.error(col.get(), misplaced, "empty the cell, or change the row's Type");
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      ok = row.error(col.get(), "bad " + c.name(col.get()).strip() + ": " + e.getMessage(), hint);
      return Optional.empty();
    }
  }
}
