package networth.io.netmap;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import networth.io.FieldValues;
import networth.io.FieldValues.Recurring;
import networth.model.Money;
import networth.model.NextStep;
import networth.model.PartialDate;
import networth.model.Rhythm;

/** Reading the values that follow a keyword, reporting at the token what is wrong with them. */
final class Values {

  // Compiled once: String.matches compiles its pattern on every call, once an amount.
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{3}");
  private static final java.util.regex.Pattern CODE_AND_PERIOD =
      java.util.regex.Pattern.compile("[A-Z]{3}(/.*)?");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");

  private Values() {}

  /** A value and the words it was written with, which the writer keeps where it can. */
  record Written<T>(T value, String text) {}

  /**
   * An amount: one word ({@code 50k}, {@code £50k}, {@code €1,200}) or a word and a currency code
   * ({@code 50k GBP}).
   */
  static Optional<Written<Money>> money(Line line, Token keyword) {
    return words(line, keyword, "an amount", true, false)
        .flatMap(
            w -> {
              try {
                return Optional.of(new Written<>(Money.parse(w.text(), ""), w.text()));
              } catch (IllegalArgumentException e) {
                line.error(
                    w.value(),
                    "bad amount: " + e.getMessage(),
                    "write an amount such as " + Money.EXAMPLES);
                return Optional.empty();
              }
            });
  }

  /** An amount that may recur: {@code €120/yr}, {@code 1,200 EUR/month}, {@code 300 per year}. */
  static Optional<Written<Recurring<Money>>> recurringMoney(Line line, Token keyword) {
    return recurring(
        line,
        keyword,
        "an amount",
        true,
        t -> FieldValues.recurringMoney(t, ""),
        "bad amount",
        "write an amount such as " + Money.EXAMPLES + ", and a period such as /yr if it recurs");
  }

  /** Hours that may recur: {@code 40}, {@code 4/month}. */
  static Optional<Written<Recurring<Double>>> recurringHours(Line line, Token keyword) {
    return recurring(
        line,
        keyword,
        "a number",
        false,
        FieldValues::recurringHours,
        "bad hours",
        "write a number, such as hours 120, and a period such as /month if they recur");
  }

  private static <T> Optional<Written<Recurring<T>>> recurring(
      Line line,
      Token keyword,
      String what,
      boolean withCode,
      Function<String, Recurring<T>> parse,
      String bad,
      String hint) {
    Optional<Written<Token>> words = words(line, keyword, what, withCode, true);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Written<Token> w = words.get();
    try {
      return Optional.of(new Written<>(parse.apply(w.text()), w.text()));
    } catch (FieldValues.NotAPeriod e) {
      line.error(w.value(), "bad period: " + e.getMessage(), "write " + Rhythm.FORMS);
    } catch (IllegalArgumentException e) {
      line.error(w.value(), bad + ": " + e.getMessage(), hint);
    }
    return Optional.empty();
  }

  /**
   * The words of an amount, as written: its word, then a currency code when {@code withCode}, then
   * a period ({@code /yr} or {@code per year}) standing as a word of its own when {@code
   * withPeriod}. The token is the first word, where a mistake in them is shown.
   */
  private static Optional<Written<Token>> words(
      Line line, Token keyword, String what, boolean withCode, boolean withPeriod) {
    Token first = line.take();
    if (!first.is(TokenKind.WORD)) {
      line.error(
          first.is(TokenKind.NEWLINE) ? keyword : first,
          "'" + keyword.text() + "' needs " + what,
          what.equals("a number")
              ? "write a number, such as " + keyword.text() + " 120"
              : "write an amount such as " + Money.EXAMPLES);
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(first.text());
    java.util.regex.Pattern code = withPeriod ? CODE_AND_PERIOD : CODE;
    if (withCode && line.peek().is(TokenKind.WORD) && code.matcher(line.peek().text()).matches()) {
      text.append(' ').append(line.take().text());
    }
    if (!withPeriod) {
      return Optional.of(new Written<>(first, text.toString()));
    }
    if (line.peek().is(TokenKind.WORD) && line.peek().text().startsWith("/")) {
      text.append(' ').append(line.take().text());
    } else if (line.peek().isWord("per")
        && line.peek(1).is(TokenKind.WORD)
        && Rhythm.fromWord(line.peek(1).text()).isPresent()) {
      text.append(' ').append(line.take().text()).append(' ').append(line.take().text());
    }
    return Optional.of(new Written<>(first, text.toString()));
  }

  /** A date after a keyword such as {@code since}. */
  static Optional<PartialDate> date(Line line, Token keyword) {
    Token t = line.take();
    if (!t.is(TokenKind.WORD)) {
      line.error(
          t.is(TokenKind.NEWLINE) ? keyword : t,
          "'" + keyword.text() + "' needs a date",
          "write YYYY, YYYY-MM or YYYY-MM-DD");
      return Optional.empty();
    }
    return dateOf(line, t);
  }

  /** The date a word is, or a reported error. */
  static Optional<PartialDate> dateOf(Line line, Token word) {
    try {
      return Optional.of(PartialDate.parse(word.text()));
    } catch (IllegalArgumentException e) {
      line.error(
          word,
          "bad date '" + word.text() + "': " + e.getMessage(),
          "write YYYY, YYYY-MM or YYYY-MM-DD, such as 2014-03-10");
      return Optional.empty();
    }
  }

  /** A name or text: a bare word or a quoted string. */
  static Optional<String> text(Line line, Token keyword, String example) {
    Token t = line.take();
    if (!t.isName()) {
      line.error(
          t.is(TokenKind.NEWLINE) ? keyword : t,
          "'" + keyword.text() + "' needs a text",
          "write: " + keyword.text() + " " + example);
      return Optional.empty();
    }
    return Optional.of(t.text());
  }

  /** Reports anything left on the line; true when nothing is. */
  static boolean expectEnd(Line line) {
    if (!line.hasMore()) {
      return true;
    }
    Token extra = line.peek();
    String hint =
        extra.is(TokenKind.NOTE)
            ? "a ':' note belongs to a link; on a declaration write note \"…\""
            : "remove it, or quote a name that has spaces: \"Like This\"";
    return line.error(extra, "unexpected " + extra.shown(), hint);
  }

  /** A next step after {@code next}: its text, then a due date if one follows. */
  static Optional<NextStep> next(Line line, Token keyword) {
    Optional<String> step = text(line, keyword, "\"second meeting\" 2014-06-30");
    if (step.isEmpty()) {
      return Optional.empty();
    }
    Optional<PartialDate> due = Optional.empty();
    if (line.peek().is(TokenKind.WORD) && PartialDate.looksLikeDate(line.peek().text())) {
      due = dateOf(line, line.take());
      if (due.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new NextStep(step.get(), due));
  }

  /**
   * Reports a probability that could not be read, at {@code at}; always false. A whole number up to
   * 100 was meant as a percentage (30 for 30%): the hint says exactly what to write.
   */
  static boolean badProbability(Line line, Token key, Token at, String text, String why) {
    if (DECIMAL.matcher(text).matches()
        && new BigDecimal(text).compareTo(BigDecimal.valueOf(100)) <= 0) {
      return line.error(
          at,
          "bad probability: '" + text + "' is more than 1",
          "write " + key.text() + " " + text + "%");
    }
    return line.error(at, "bad probability: " + why, "write " + FieldValues.PROBABILITY_FORMS);
  }
}
