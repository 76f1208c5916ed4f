package networth.io.netmap;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import networth.io.FieldValues;
import networth.io.Locations;
import networth.io.NodeFields;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.text.NearestNames;

/**
 * {@code KIND NAME attribute…}: declares one node. Attributes are keywords with a value ({@code
 * value 50k}, {@code since 2007}), a bare date, or free facts written {@code key=value}.
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
          "value",
          "p",
          "probability",
          "stage",
          "next",
          "cost",
          "hours",
          "rate",
          "note");

  private final Line line;
  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final Set<String> given = new HashSet<>();
  private Node node;

  Declaration(Line line, NetworkMap.Builder builder, Locations locations) {
    this.line = line;
    this.builder = builder;
    this.locations = locations;
  }

  /** Declares the node; its id, or empty when the line is wrong. */
  Optional<String> parse() {
    Token kindWord = line.take();
    NodeKind kind = NodeKind.fromWord(kindWord.text()).orElseThrow();
    Token name = line.take();
    if (!name.isName()) {
      line.error(
          name.is(TokenKind.NEWLINE) ? kindWord : name,
          "'" + kindWord.text() + "' needs a name",
          "write: "
              + kindWord.text()
              + " Emily, or with spaces: "
              + kindWord.text()
              + " \"Emily Smith\"");
      return Optional.empty();
    }
    if (name.text().isBlank()) {
      line.error(name, "a name cannot be blank", "give the node a name");
      return Optional.empty();
    }
    if (builder.isDeclared(name.text())) {
      int before = locations.declaration(name.text()).map(p -> p.line()).orElse(0);
      line.error(
          name,
          "'" + name.text() + "' is already declared on line " + before,
          "two nodes need two ids: give this one another id and, if they share a name, a label (person Andy2 label \"Andy\")");
      return Optional.empty();
    }
    node = Node.of(name.text(), kind);
    while (line.hasMore()) {
      if (!attribute()) {
        return Optional.empty();
      }
    }
    builder.node(node);
    locations.declared(node.id(), line.position(name));
    return Optional.of(node.id());
  }

  private boolean attribute() {
    Token key = line.take();
    if (key.isName() && line.at(TokenKind.EQUALS)) {
      line.take();
      return free(key);
    }
    if (key.is(TokenKind.WORD) && PartialDate.looksLikeDate(key.text())) {
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
      case "date" -> Values.date(line, key).map(d -> set(node.withDate(d))).orElse(false);
      case "value" ->
          Values.money(line, key).map(m -> set(node.withDeal(deal.withValue(m)))).orElse(false);
      case "cost" ->
          Values.money(line, key).map(m -> set(node.withCost(cost.withMoney(m)))).orElse(false);
      case "rate" ->
          Values.money(line, key).map(m -> set(node.withCost(cost.withRate(m)))).orElse(false);
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

  private boolean set(Node n) {
    node = n;
    return true;
  }

  private boolean once(Token key, String name) {
    if (!given.add(name)) {
      String what = name.equals("date") ? "a date" : "'" + key.text() + "'";
      return line.error(key, what + " is given twice for '" + node.id() + "'", "keep one of them");
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
    return line.error(key, "unknown attribute " + key.shown() + " for '" + node.id() + "'", hint);
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
          key, "'" + key.text() + "' is given twice for '" + node.id() + "'", "keep one of them");
    }
    return set(node.withAttribute(key.text(), value.text()));
  }

  private boolean probability(Token key) {
    Token t = line.take();
    try {
      return set(node.withDeal(node.deal().withProbability(FieldValues.probability(t.text()))));
    } catch (IllegalArgumentException e) {
      Token at = t.is(TokenKind.NEWLINE) ? key : t;
      return line.error(
          at, "bad probability: " + e.getMessage(), "write " + FieldValues.PROBABILITY_FORMS);
    }
  }

  private boolean hours(Token key) {
    Token t = line.take();
    try {
      return set(node.withCost(node.cost().withHours(FieldValues.hours(t.text()))));
    } catch (IllegalArgumentException e) {
      Token at = t.is(TokenKind.NEWLINE) ? key : t;
      return line.error(at, "bad hours: " + e.getMessage(), "write a number, such as hours 120");
    }
  }

  private boolean next(Token key) {
    Optional<String> step = Values.text(line, key, "\"second meeting\" 2014-06-30");
    if (step.isEmpty()) {
      return false;
    }
    Optional<PartialDate> due = Optional.empty();
    if (line.peek().is(TokenKind.WORD) && PartialDate.looksLikeDate(line.peek().text())) {
      due = Values.dateOf(line, line.take());
      if (due.isEmpty()) {
        return false;
      }
    }
    return set(node.withDeal(node.deal().withNext(new NextStep(step.get(), due))));
  }
}
