package networth.io.netmap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import networth.io.FieldValues;
import networth.io.FieldValues.Recurring;
import networth.io.NodeFields;
import networth.model.Money;
import networth.model.NodeKind;
import networth.model.Rhythm;

/**
 * How the writer spells a node's values: as the file wrote them ({@code €1,200}, {@code since},
 * {@code p 0.3}, {@code /yr}) when that still reads back to the map's value, else in canonical
 * form. A map with no layout (read from JSON or spreadsheets) has nothing written and gets the
 * canonical forms.
 */
final class Spelling {

  private final Map<String, String> written;
  private final String currency;

  /**
   * @param written the forms the file wrote, by field (see {@link networth.io.Layout.NodeLine})
   * @param currency the map's currency, which an amount that names none is in
   */
  Spelling(Map<String, String> written, String currency) {
    this.written = written;
    this.currency = currency;
  }

  /** The keyword before a node's date: as written when it fits the kind, else the kind's own. */
  String dateKeyword(NodeKind kind) {
    String keyword = written.get("date");
    boolean fits =
        keyword != null
            && (keyword.isEmpty()
                || keyword.equals("since")
                || keyword.equals("on")
                || (List.of("won", "lost").contains(keyword)
                    && NodeFields.misplaced(kind, keyword).isEmpty()));
    return fits ? keyword : canonicalDateKeyword(kind);
  }

  static String canonicalDateKeyword(NodeKind kind) {
    return switch (kind) {
      case CLIENT -> "won";
      case LOST -> "lost";
      case EVENT, MEDIA, CONTENT, PROJECT -> "on";
      default -> "since";
    };
  }

  /** An amount spent once or given once, under {@code field} (value, rate). */
  String money(String field, Money m) {
    return kept(field, () -> Money.parse(written.get(field), ""), m)
        .orElseGet(() -> m.format(currency));
  }

  /** An amount that may recur. */
  String money(String field, Money m, Optional<Rhythm> every) {
    Recurring<Money> value = new Recurring<>(m.orCurrency(currency), every);
    return keptRecurring(
            field,
            () -> {
              Recurring<Money> r = FieldValues.recurringMoney(written.get(field), "");
              return new Recurring<>(r.value().orCurrency(currency), r.every());
            },
            value)
        .orElseGet(() -> m.format(currency) + FieldValues.every(every));
  }

  /** Hours that may recur. */
  String hours(double h, Optional<Rhythm> every) {
    return keptRecurring(
            "hours",
            () -> FieldValues.recurringHours(written.get("hours")),
            new Recurring<>(h, every))
        .orElseGet(() -> FieldValues.number(h) + FieldValues.every(every));
  }

  /** A probability: {@code 30%} or {@code 0.3} as written, else a percentage. */
  String probability(double p) {
    OptionalDouble read = OptionalDouble.empty();
    String w = written.get("p");
    if (w != null) {
      try {
        read = OptionalDouble.of(FieldValues.probability(w));
      } catch (IllegalArgumentException e) {
        read = OptionalDouble.empty();
      }
    }
    return read.isPresent() && read.getAsDouble() == p ? w : FieldValues.percent(p);
  }

  private Optional<String> kept(String field, Supplier<Money> reread, Money m) {
    if (!written.containsKey(field)) {
      return Optional.empty();
    }
    try {
      boolean same = reread.get().orCurrency(currency).equals(m.orCurrency(currency));
      return same ? Optional.of(written.get(field)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private <T> Optional<String> keptRecurring(
      String field, Supplier<Recurring<T>> reread, Recurring<T> value) {
    if (!written.containsKey(field)) {
      return Optional.empty();
    }
    try {
      return reread.get().equals(value) ? Optional.of(written.get(field)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
