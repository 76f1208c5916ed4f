package networth.io.netmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import networth.io.FieldValues;
import networth.io.FieldValues.Recurring;
import networth.io.Locations;
import networth.io.NodeFields;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.text.NearestNames;

/**
 * {@code KIND NAME[, NAME…] attribute…}: declares one node, or several of one kind that share the
 * attributes ({@code person Lena, Priya since 2020}). Attributes are keywords with a value ({@code
 * value 50k}, {@code since 2007}), a bare date, or free facts written {@code key=value}. A
 * declaration with a mistake declares nothing, and its names are remembered as broken so that the
 * mistake gives one message, not more about the names it failed to declare.
 */
final class Declaration {

  /** Every attribute keyword, in the order the writer puts them. */
  static final List<String> ATTRIBUTES =
      List.of(
          "label",
          "since",
          "on",
          "won",
          "lost",
          "until",
          "value",
          "p",
          "probability",
          "stage",
          "next",
          "cost",
          "hours",
          "rate",
          "note");

  /** What a declaration made: the ids it declared and how it wrote its values. */
  record Declared(List<String> ids, Map<String, String> written) {}

  private final Line line;
  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final Set<String> given = new HashSet<>();
  private final Map<String, String> written = new HashMap<>();
  private final List<Token> names = new ArrayList<>();
  private Token untilDate;
  private Node node;

  Declaration(Line line, NetworkMap.Builder builder, Locations locations) {
    this.line = line;
    this.builder = builder;
    this.locations = locations;
  }

  /** Declares the nodes; their ids and written forms, or empty when the line is wrong. */
  Optional<Declared> parse() {
    Token kindWord = line.take();
    NodeKind kind = NodeKind.fromWord(kindWord.text()).orElseThrow();
    if (!names(kindWord)) {
      return broken();
    }
    node = Node.of(names.get(0).text(), kind);
    while (line.hasMore()) {
      if (!attribute()) {
        return broken();
      }
    }
    String ends = FieldValues.untilProblem(node.date(), node.until());
    if (!ends.isEmpty()) {
      line.error(
          untilDate,
          who() + " " + ends,
          "an end comes on or after the start: check the dates of until and since (or on, won, lost)");
      return broken();
    }
    List<String> ids = new ArrayList<>();
    for (Token name : names) {
      String id = name.text();
      builder.node(
          new Node(
              id,
              given.contains("label") ? node.label() : id,
              kind,
              node.date(),
              node.until(),
              node.note(),
              node.deal(),
              node.cost(),
              node.attributes()));
      locations.declared(id, line.position(name));
      ids.add(id);
    }
    return Optional.of(new Declared(ids, written));
  }

  /** Reads the names; false, with the mistake reported, when one is wrong. */
  private boolean names(Token kindWord) {
    boolean ok = true;
    do {
      Token name = line.take();
      if (!name.isName()) {
        line.error(
            name.is(TokenKind.NEWLINE) && names.isEmpty() ? kindWord : name,
            names.isEmpty()
                ? "'" + kindWord.text() + "' needs a name"
                : "expected a name after ',', found " + name.shown(),
            "write: "
                + kindWord.text()
                + " Emily, or with spaces: "
                + kindWord.text()
                + " \"Emily Smith\", or several: "
                + kindWord.text()
                + " Lena, Priya");
        return false;
      }
      ok &= named(name);
      names.add(name);
    } while (line.at(TokenKind.COMMA) && line.take() != null);
    return ok;
  }

  private boolean named(Token name) {
    if (name.text().isBlank()) {
      return line.error(name, "a name cannot be blank", "give the node a name");
    }
    if (names.stream().anyMatch(n -> n.text().equals(name.text()))) {
      return line.error(name, "'" + name.text() + "' is named twice here", "name it once");
    }
    if (builder.isDeclared(name.text())) {
      int before = locations.declaration(name.text()).map(p -> p.line()).orElse(0);
      return line.error(
          name,
          "'" + name.text() + "' is already declared on line " + before,
          "two nodes need two ids: give this one another id and, if they share a name, a label (person Andy2 label \"Andy\")");
    }
    return true;
  }

  /** Remembers the names of a declaration that failed; see the class comment. */
  private Optional<Declared> broken() {
    for (Token name : names) {
      if (!builder.isDeclared(name.text())) {
        locations.broken(name.text());
      }
    }
    return Optional.empty();
  }

  /** The declared names, as messages show them: 'Lena', or 'Lena' and 'Priya'. */
  private String who() {
    List<String> quoted = names.stream().map(t -> "'" + t.text() + "'").toList();
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and "
        + quoted.get(quoted.size() - 1);
  }

  private boolean attribute() {
    Token key = line.take();
    if (key.isName() && line.at(TokenKind.EQUALS)) {
      line.take();
      return free(key);
    }
    if (key.is(TokenKind.WORD) && PartialDate.looksLikeDate(key.text())) {
      written.put("date", "");
      return once(key, "date")
          && Values.dateOf(line, key).map(d -> set(node.withDate(d))).orElse(false);
    }
    if (!key.is(TokenKind.WORD) || !ATTRIBUTES.contains(key.text())) {
      return unknown(key);
    }
    String name = canonical(key.text());
    if (!once(key, name) || !applies(key, name)) {
      return false;
    }
    Deal deal = node.deal();
    Cost cost = node.cost();
    return switch (name) {
      case "label" ->
          Values.text(line, key, "\"Emily Smith\"").map(t -> set(node.withLabel(t))).orElse(false);
      case "note" ->
          Values.text(line, key, "\"met at a conference\"")
              .map(t -> set(node.withNote(t)))
              .orElse(false);
      case "stage" ->
          Values.text(line, key, "proposal")
              .map(t -> set(node.withDeal(deal.withStage(t))))
              .orElse(false);
      case "date" -> {
        written.put("date", key.text());
        yield Values.date(line, key).map(d -> set(node.withDate(d))).orElse(false);
      }
      case "until" -> {
        untilDate = line.peek().is(TokenKind.WORD) ? line.peek() : key;
        yield Values.date(line, key).map(d -> set(node.withUntil(d))).orElse(false);
      }
      case "value" ->
          Values.money(line, key)
              .map(m -> kept(name, m.text()) && set(node.withDeal(deal.withValue(m.value()))))
              .orElse(false);
      case "cost" ->
          Values.recurringMoney(line, key)
              .map(m -> kept(name, m.text()) && set(node.withCost(every(cost, m.value()))))
              .orElse(false);
      case "rate" ->
          Values.money(line, key)
              .map(m -> kept(name, m.text()) && set(node.withCost(cost.withRate(m.value()))))
              .orElse(false);
      case "p" -> probability(key);
      case "hours" -> hours(key);
      default -> next(key);
    };
  }

  /** since, on, won and lost all give the node's date; p and probability are one. */
  private static String canonical(String keyword) {
    return switch (keyword) {
      case "since", "on", "won", "lost" -> "date";
      case "probability" -> "p";
      default -> keyword;
    };
  }

  private static Cost every(Cost cost, Recurring<Money> money) {
    Cost paid = cost.withMoney(money.value());
    return money.every().map(paid::withMoneyEvery).orElse(paid);
  }

  /** Keeps how a value was written, for the writer. */
  private boolean kept(String field, String text) {
    written.put(field, text);
    return true;
  }

  private boolean set(Node n) {
    node = n;
    return true;
  }

  private boolean once(Token key, String name) {
    if (!given.add(name)) {
      String what = name.equals("date") ? "a date" : "'" + key.text() + "'";
      return line.error(key, what + " is given twice for " + who(), "keep one of them");
    }
    return true;
  }

  private boolean applies(Token key, String name) {
    String field = List.of("won", "lost").contains(key.text()) ? key.text() : name;
    String problem = NodeFields.misplaced(node.kind(), field);
    return problem.isEmpty() || line.error(key, problem, "remove it, or change the node's kind");
  }

  private boolean unknown(Token key) {
    if (key.is(TokenKind.NOTE)) {
      return line.error(
          key, "unexpected ':'", "a ':' note belongs to a link; on a declaration write note \"…\"");
    }
    String near = key.is(TokenKind.WORD) ? NearestNames.didYouMean(key.text(), ATTRIBUTES) : "";
    String hint =
        (near.isEmpty() ? "" : near + " ")
            + "Attributes are "
            + String.join(", ", ATTRIBUTES)
            + ", a date, or key=value; quote a name that has spaces.";
    return line.error(key, "unknown attribute " + key.shown() + " for " + who(), hint);
  }

  private boolean free(Token key) {
    Token value = line.take();
    if (!value.isName()) {
      return line.error(
          value,
          "'" + key.text() + "=' needs a value",
          "write " + key.text() + "=value, or " + key.text() + "=\"a value with spaces\"");
    }
    if (node.attributes().containsKey(key.text())) {
      return line.error(
          key, "'" + key.text() + "' is given twice for " + who(), "keep one of them");
    }
    return set(node.withAttribute(key.text(), value.text()));
  }

  private boolean probability(Token key) {
    Token t = line.take();
    try {
      double p = FieldValues.probability(t.text());
      written.put("p", t.text());
      return set(node.withDeal(node.deal().withProbability(p)));
    } catch (IllegalArgumentException e) {
      Token at = t.is(TokenKind.NEWLINE) ? key : t;
      return Values.badProbability(line, key, at, t.text(), e.getMessage());
    }
  }

  private boolean hours(Token key) {
    return Values.recurringHours(line, key)
        .map(
            h -> {
              Cost spent = node.cost().withHours(h.value().value());
              written.put("hours", h.text());
              return set(node.withCost(h.value().every().map(spent::withHoursEvery).orElse(spent)));
            })
        .orElse(false);
  }

  private boolean next(Token key) {
    return Values.next(line, key)
        .map(n -> set(node.withDeal(node.deal().withNext(n))))
        .orElse(false);
  }
}
