package networth.io.netmap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import networth.io.FieldValues;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.LaterDeal.Outcome;
import networth.model.NextStep;
import networth.model.PartialDate;
import networth.text.NearestNames;

/**
 * {@code deal NAME attribute…}: a further deal of an opportunity whose client came back, such as
 * {@code deal "Bloom Coffee" value €2,500 won 2024-05-10 stage "spring menu"}. It is won ({@code
 * won DATE}), lost ({@code lost DATE}) or, with neither, open ({@code p 40%}, {@code since DATE}).
 * The opportunity may be declared anywhere in the file, so whether the name is one is settled after
 * the whole file is read ({@link Pending}).
 */
final class DealStatement {

  /** The attributes of a deal, in the order the writer puts them. */
  static final List<String> ATTRIBUTES =
      List.of("value", "p", "probability", "won", "lost", "since", "on", "stage", "next");

  static final String EXAMPLE = "deal \"Bloom Coffee\" value €2,500 won 2024-05-10";

  /** A deal read, waiting for the whole file to say whether its name is an opportunity. */
  record Pending(Line line, Token name, LaterDeal deal, Map<String, String> written) {}

  private final Line line;
  private final Map<String, String> written = new HashMap<>();
  private Outcome outcome = Outcome.OPEN;
  private Token outcomeWord;
  private Token probabilityWord;
  private Optional<PartialDate> date = Optional.empty();
  private Deal terms = Deal.NONE;

  DealStatement(Line line) {
    this.line = line;
  }

  /** The deal, or empty (its mistake reported) when the line is wrong. */
  Optional<Pending> parse() {
    Token keyword = line.take();
    Token name = line.take();
    if (!name.isName()) {
      line.error(
          name.is(TokenKind.NEWLINE) ? keyword : name,
          "'deal' needs the name of an opportunity",
          "write: " + EXAMPLE);
      return Optional.empty();
    }
    Set<String> given = new HashSet<>();
    while (line.hasMore()) {
      Token key = line.take();
      String field = field(key);
      if (field.isEmpty()) {
        return unknown(key, name);
      }
      if (outcomeWord != null
          && (key.isWord("won") || key.isWord("lost"))
          && !key.text().equals(outcomeWord.text())) {
        line.error(
            key,
            "this deal is " + outcomeWord.text() + " and " + key.text() + " at once",
            "keep won DATE if the work came in, lost DATE if it did not");
        return Optional.empty();
      }
      if (!given.add(field)) {
        String what =
            field.equals("date")
                ? "a date"
                : field.equals("p") ? "a probability" : "'" + field + "'";
        line.error(key, what + " is given twice for this deal", "keep one of them");
        return Optional.empty();
      }
      if (!attribute(key, field)) {
        return Optional.empty();
      }
    }
    if (probabilityWord != null && outcome != Outcome.OPEN) {
      line.error(
          probabilityWord,
          "a probability is for an open deal, and this one is " + outcome.word(),
          "remove it: a won deal counts in full and a lost one not at all");
      return Optional.empty();
    }
    if (terms.value().isEmpty()) {
      line.error(
          keyword,
          "a deal needs a value",
          "say what it is worth: " + EXAMPLE + " (value after the name)");
      return Optional.empty();
    }
    return Optional.of(
        new Pending(line, name, new LaterDeal(outcome, date, terms), Map.copyOf(written)));
  }

  /** The field a word gives (won, lost, since, on and a bare date all give the date), or empty. */
  private static String field(Token key) {
    if (!key.is(TokenKind.WORD)) {
      return "";
    }
    if (PartialDate.looksLikeDate(key.text())) {
      return "date";
    }
    return switch (key.text()) {
      case "won", "lost", "since", "on" -> "date";
      case "p", "probability" -> "p";
      case "value", "stage", "next" -> key.text();
      default -> "";
    };
  }

  private boolean attribute(Token key, String field) {
    return switch (field) {
      case "date" -> date(key);
      case "value" ->
          Values.money(line, key)
              .map(
                  m -> {
                    written.put("value", m.text());
                    terms = terms.withValue(m.value());
                    return true;
                  })
              .orElse(false);
      case "p" -> probability(key);
      case "stage" ->
          Values.text(line, key, "\"spring menu\"")
              .map(
                  t -> {
                    terms = terms.withStage(t);
                    return true;
                  })
              .orElse(false);
      default -> next(key);
    };
  }

  private boolean date(Token key) {
    if (key.isWord("won") || key.isWord("lost")) {
      outcome = key.isWord("won") ? Outcome.WON : Outcome.LOST;
      outcomeWord = key;
      if (!line.peek().is(TokenKind.WORD) || !PartialDate.looksLikeDate(line.peek().text())) {
        // Won or lost on a day not known: the outcome alone.
        return true;
      }
    }
    Optional<PartialDate> d;
    if (PartialDate.looksLikeDate(key.text())) {
      written.put("date", "");
      d = Values.dateOf(line, key);
    } else {
      written.put("date", key.text());
      d = Values.date(line, key);
    }
    date = d;
    return d.isPresent();
  }

  private boolean probability(Token key) {
    Token t = line.take();
    Token at = t.is(TokenKind.NEWLINE) ? key : t;
    try {
      double p = FieldValues.probability(t.text());
      written.put("p", t.text());
      probabilityWord = key;
      terms = terms.withProbability(p);
      return true;
    } catch (IllegalArgumentException e) {
      return Values.badProbability(line, key, at, t.text(), e.getMessage());
    }
  }

  private boolean next(Token key) {
    Optional<NextStep> step = Values.next(line, key);
    step.ifPresent(n -> terms = terms.withNext(n));
    return step.isPresent();
  }

  private Optional<Pending> unknown(Token key, Token name) {
    String near = key.is(TokenKind.WORD) ? NearestNames.didYouMean(key.text(), ATTRIBUTES) : "";
    String hint =
        (near.isEmpty() ? "" : near + " ")
            + "A deal has value, won DATE or lost DATE (or, open, p PERCENT and since DATE), stage and"
            + " next; quote a name that has spaces.";
    if (key.is(TokenKind.NOTE)) {
      hint = "a ':' note belongs to a link";
    }
    line.error(
        key, "unknown attribute " + key.shown() + " for a deal of '" + name.text() + "'", hint);
    return Optional.empty();
  }
}
