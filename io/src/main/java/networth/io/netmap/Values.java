package networth.io.netmap;

import java.util.Optional;
import networth.model.Money;
import networth.model.PartialDate;

/** Reading the values that follow a keyword, reporting at the token what is wrong with them. */
final class Values {

  private Values() {}

  /**
   * An amount: one word ({@code 50k}, {@code £50k}) or a word and a currency code ({@code 50k
   * GBP}).
   */
  static Optional<Money> money(Line line, Token keyword) {
    Token amount = line.take();
    if (!amount.is(TokenKind.WORD)) {
      line.error(
          amount.is(TokenKind.NEWLINE) ? keyword : amount,
          "'" + keyword.text() + "' needs an amount",
          "write an amount such as " + Money.EXAMPLES);
      return Optional.empty();
    }
    String text = amount.text();
    if (line.peek().is(TokenKind.WORD) && line.peek().text().matches("[A-Z]{3}")) {
      text += " " + line.take().text();
    }
    try {
      return Optional.of(Money.parse(text, ""));
    } catch (IllegalArgumentException e) {
      line.error(
          amount, "bad amount: " + e.getMessage(), "write an amount such as " + Money.EXAMPLES);
      return Optional.empty();
    }
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
}
