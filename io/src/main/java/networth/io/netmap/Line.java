package networth.io.netmap;

import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;

/**
 * The tokens of one statement, with a cursor, and the means to report a problem at one of them
 * showing the line it stands on. A statement gives at most one error: once one is reported (by the
 * lexer or the parser), what follows from it is not, so that one mistake gives one message.
 */
final class Line {

  private final List<Token> tokens;
  private final String source;
  private final List<String> lines;
  private final Problems problems;
  private int next;
  private boolean failed;

  Line(List<Token> tokens, String source, List<String> lines, Problems problems, boolean failed) {
    this.tokens = tokens;
    this.source = source;
    this.lines = lines;
    this.problems = problems;
    this.failed = failed;
  }

  /** Whether an error was reported in this statement. */
  boolean failed() {
    return failed;
  }

  List<Token> tokens() {
    return tokens;
  }

  boolean hasMore() {
    return next < tokens.size();
  }

  Token peek() {
    return peek(0);
  }

  /** The token {@code ahead} places after the cursor, or the end of the line. */
  Token peek(int ahead) {
    int i = next + ahead;
    if (i >= 0 && i < tokens.size()) {
      return tokens.get(i);
    }
    Token last = tokens.get(tokens.size() - 1);
    return new Token(TokenKind.NEWLINE, "", last.line(), last.column() + last.length(), 1);
  }

  Token take() {
    Token t = peek();
    next++;
    return t;
  }

  boolean at(TokenKind kind) {
    return peek().is(kind);
  }

  SourcePosition position(Token t) {
    return new SourcePosition(source, t.line(), t.column());
  }

  String source() {
    return source;
  }

  /**
   * Reports an error at a token; returns false so a parse step can {@code return line.error(…)}.
   */
  boolean error(Token at, String message, String hint) {
    if (!failed) {
      problems.add(Problem.error(position(at), message, hint).showing(text(at), at.length()));
    }
    failed = true;
    return false;
  }

  void warning(Token at, String message, String hint) {
    if (!failed) {
      problems.add(Problem.warning(position(at), message, hint).showing(text(at), at.length()));
    }
  }

  private String text(Token at) {
    return at.line() <= lines.size() ? lines.get(at.line() - 1) : "";
  }
}
