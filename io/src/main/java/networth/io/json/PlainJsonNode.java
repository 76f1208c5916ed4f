package networth.io.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.io.ByteDates;
import networth.io.NodeFields;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Money;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * The commonest element of a JSON map's {@code nodes} ({@link PlainJsonObject}): an {@code "id"},
 * not blank, and at most a {@code "kind"} networth knows, a {@code "label"}, a {@code "date"}
 * written in digits that is a date, and for the kinds that take them a {@code "value"} ({@code
 * {"amount" : 190000, "currency" : "GBP"}}, a plain amount within bounds, the currency a code or
 * none) and a {@code "probability"} from 0 to 1 ({@code {"id" : "person-7", "kind" : "person"}}).
 * The node is the one {@link JsonNodes} makes of the same fields, made here on the thread that
 * reads it; anything it would report is not plain, and is left to it.
 */
final class PlainJsonNode extends PlainJsonObject {

  private static final byte[] ID = ascii("id");
  private static final byte[] KIND = ascii("kind");
  private static final byte[] LABEL = ascii("label");
  private static final byte[] DATE = ascii("date");
  private static final byte[] VALUE = ascii("value");
  private static final byte[] PROBABILITY = ascii("probability");
  private static final byte[] AMOUNT = ascii("amount");
  private static final byte[] CURRENCY = ascii("currency");

  // An amount's digits: at most 15 before the point (less than JsonMapReader.MAX_AMOUNT, 10^15)
  // and JsonMapReader.MAX_DECIMALS after it.
  private static final int AMOUNT_DIGITS = 15;

  private final ByteDates dates = new ByteDates();

  // The kind word last met, and its kind: a large map lists its nodes of a kind together.
  private byte[] kindWord = new byte[0];
  private Optional<NodeKind> kindOfWord = Optional.empty();

  private String id;
  private String label;
  private NodeKind kind;
  private Optional<PartialDate> date;
  private Optional<Money> value;
  private OptionalDouble probability;

  @Override
  void clear() {
    label = "";
    kind = NodeKind.UNKNOWN;
    date = Optional.empty();
    value = Optional.empty();
    probability = OptionalDouble.empty();
  }

  @Override
  int field(byte[] text, int from, int to) {
    return switch (to - from) {
      case 2 -> is(text, from, to, ID) ? 0 : -1;
      case 4 ->
          text[from] == 'k'
              ? (is(text, from, to, KIND) ? 1 : -1)
              : (is(text, from, to, DATE) ? 3 : -1);
      case 5 ->
          text[from] == 'l'
              ? (is(text, from, to, LABEL) ? 2 : -1)
              : (is(text, from, to, VALUE) ? 4 : -1);
      case 11 -> is(text, from, to, PROBABILITY) ? 5 : -1;
      default -> -1;
    };
  }

  @Override
  boolean value(int field, byte[] text, int from, int to) {
    switch (field) {
      case 0 -> {
        id = new String(text, from, to - from, StandardCharsets.US_ASCII);
        return !blank(text, from, to);
      }
      case 1 -> {
        if (!Arrays.equals(text, from, to, kindWord, 0, kindWord.length)) {
          kindWord = Arrays.copyOfRange(text, from, to);
          kindOfWord = NodeKind.fromWord(new String(kindWord, StandardCharsets.US_ASCII));
        }
        kind = kindOfWord.orElse(NodeKind.UNKNOWN);
        return kindOfWord.isPresent();
      }
      case 2 -> {
        label = new String(text, from, to - from, StandardCharsets.US_ASCII);
        return true;
      }
      case 3 -> {
        date = dates.date(text, from, to);
        return date.isPresent();
      }
      default -> {
        return false; // a text where an amount or a number goes
      }
    }
  }

  @Override
  int other(int field, byte[] text, int at, int limit) {
    if (field == 5) {
      int end = numberEnd(text, at, limit, 1, JsonMapReader.MAX_DECIMALS);
      if (end < 0) {
        return -1;
      }
      BigDecimal p = number(text, at, end);
      if (p.compareTo(BigDecimal.ONE) > 0) {
        return -1;
      }
      probability = OptionalDouble.of(p.doubleValue());
      return end;
    }
    return field == 4 ? money(text, at, limit) : -1;
  }

  /** Reads {@code {"amount" : 190000, "currency" : "GBP"}}; the offset after it, or -1. */
  private int money(byte[] text, int at, int limit) {
    if (text[at] != '{') {
      return -1;
    }
    BigDecimal amount = null;
    String currency = "";
    int i = at + 1;
    while (true) {
      i = space(text, i, limit);
      if (i >= limit || text[i] != '"') {
        return -1;
      }
      int nameEnd = textEnd(text, i + 1, limit);
      if (nameEnd < 0) {
        return -1;
      }
      boolean isAmount = is(text, i + 1, nameEnd, AMOUNT);
      if (!isAmount && !is(text, i + 1, nameEnd, CURRENCY)) {
        return -1;
      }
      i = space(text, nameEnd + 1, limit);
      if (i >= limit || text[i] != ':') {
        return -1;
      }
      i = space(text, i + 1, limit);
      if (i >= limit) {
        return -1;
      }
      if (isAmount) {
        int end = numberEnd(text, i, limit, AMOUNT_DIGITS, JsonMapReader.MAX_DECIMALS);
        if (amount != null || end < 0) {
          return -1;
        }
        amount = number(text, i, end);
        i = end;
      } else {
        int end = text[i] == '"' ? textEnd(text, i + 1, limit) : -1;
        if (!currency.isEmpty() || end < 0) {
          return -1;
        }
        currency = new String(text, i + 1, end - i - 1, StandardCharsets.US_ASCII);
        if (!Money.isCurrency(currency)) {
          return -1; // a currency given empty or wrong is reported by JsonMapReader.money
        }
        i = end + 1;
      }
      i = space(text, i, limit);
      if (i >= limit) {
        return -1;
      }
      if (text[i] == '}') {
        if (amount == null) {
          return -1;
        }
        value = Optional.of(new Money(amount, currency));
        return i + 1;
      }
      if (text[i] != ',') {
        return -1;
      }
      i++;
    }
  }

  /**
   * A plain number as Jackson gives it: a whole one without a scale, a decimal one with its own.
   */
  private static BigDecimal number(byte[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == '.') {
        return new BigDecimal(new String(text, from, to - from, StandardCharsets.US_ASCII));
      }
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      v = 10 * v + (text[i] - '0');
    }
    return BigDecimal.valueOf(v);
  }

  @Override
  boolean whole(int seen) {
    return (seen & 1) == 1
        && (value.isEmpty() || NodeFields.misplaced(kind, "value").isEmpty())
        && (probability.isEmpty() || NodeFields.misplaced(kind, "probability").isEmpty());
  }

  /** The node the last element read declares, as {@link JsonNodes} makes it. */
  Node node() {
    Deal deal =
        value.isEmpty() && probability.isEmpty()
            ? Deal.NONE
            : new Deal(value, probability, "", Optional.empty());
    return new Node(id, label, kind, date, Optional.empty(), "", deal, Cost.NONE, Map.of());
  }
}
