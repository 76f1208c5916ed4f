package networth.io.netmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.SourceLines;

/**
 * Cuts a map file into tokens. Written by hand rather than generated: the format is small, and a
 * hand-written lexer gives the exact positions and plain-spoken messages the user sees.
 *
 * <p>A line that ends with {@code ->}, {@code ]->} or {@code ,} goes on on the next line, so a long
 * chain can be split. {@code #} starts a comment where it starts a word; inside a word ({@code C#})
 * it is part of the word. After {@code :} the rest of the line is a note, taken as it stands.
 */
final class Lexer {

  private final String source;
  private final SourceLines lines;
  private final Problems problems;
  private final List<Token> tokens = new ArrayList<>();
  private final Map<Integer, String> comments = new HashMap<>();

  private Lexer(String source, SourceLines lines, Problems problems) {
    this.source = source;
    this.lines = lines;
    this.problems = problems;
  }

  private int next;

  /** The line of the last '[' reported as not following '-'. */
  private int strayOpen;

  /** Whether a problem was reported in the statement being cut. */
  private boolean failed;

  /** A lexer over a file's lines; {@link #nextStatement} hands out one statement at a time. */
  static Lexer over(String source, SourceLines lines, Problems problems) {
    return new Lexer(source, lines, problems);
  }

  /**
   * The tokens of the next statement: the next line that has any, joined with the lines it goes on
   * to. Empty at the end of the file. Statements are cut one at a time so that a file of millions
   * of lines never has all its tokens in memory at once.
   */
  List<Token> nextStatement() {
    tokens.clear();
    failed = false;
    while (next < lines.size()) {
      next++;
      line(next, lines.get(next - 1));
      if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(TokenKind.NEWLINE)) {
        tokens.remove(tokens.size() - 1);
        if (!tokens.isEmpty()) {
          return List.copyOf(tokens);
        }
      }
    }
    return List.copyOf(tokens);
  }

  /**
   * Passes over blank lines before the next statement (they give no tokens) and returns the index
   * of the line the next statement starts on, {@code lines.size()} at the end.
   */
  int skipBlankLines() {
    while (next < lines.size() && lines.isBlank(next)) {
      next++;
    }
    return next;
  }

  /** The index of the next line, blank or not. */
  int next() {
    return next;
  }

  /** Passes over the next line, read by other means (see {@link PlainLink}). */
  void skipLine() {
    next++;
  }

  /** Whether the lexer reported a problem in the statement {@link #nextStatement} last gave. */
  boolean failed() {
    return failed;
  }

  /** The comment on each line read so far that has one, by line number, as written. */
  Map<Integer, String> comments() {
    return comments;
  }

  private void line(int number, String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (c == '#') {
        comments.put(number, text.substring(i).stripTrailing());
        break;
      } else if (c == '"') {
        i = string(number, text, i);
      } else if (c == ':') {
        i = note(number, text, i);
      } else if (Syntax.wrongArrow(text, i) > 0) {
        int length = Syntax.wrongArrow(text, i);
        error(
            number,
            i,
            length,
            "'" + text.substring(i, i + length) + "' is not an arrow",
            "the arrow is -> (or -[kind]-> to describe the link)");
        add(TokenKind.ARROW, "->", number, i, length);
        i += length;
      } else if (text.startsWith("->", i)) {
        add(TokenKind.ARROW, "->", number, i, 2);
        i += 2;
      } else if (text.startsWith("-[", i)) {
        add(TokenKind.LINK_OPEN, "-[", number, i, 2);
        i += 2;
      } else if (c == ']') {
        if (text.startsWith("]->", i)) {
          add(TokenKind.LINK_CLOSE, "]->", number, i, 3);
          i += 3;
        } else if (strayOpen == number) {
          // The '[' it closes was reported already: one mistake, one message.
          i++;
        } else {
          error(
              number,
              i,
              1,
              "']' must be followed by '->'",
              "describe a link as A -[introduced]-> B");
          i++;
        }
      } else if (c == ',') {
        add(TokenKind.COMMA, ",", number, i, 1);
        i++;
      } else if (c == '=') {
        add(TokenKind.EQUALS, "=", number, i, 1);
        i++;
      } else if (c == '[') {
        error(number, i, 1, "'[' must follow '-'", "describe a link as A -[introduced]-> B");
        strayOpen = number;
        i++;
      } else {
        i = word(number, text, i);
      }
    }
    if (!continues()) {
      add(TokenKind.NEWLINE, "", number, n, 1);
    }
  }

  private boolean continues() {
    if (tokens.isEmpty()) {
      return false;
    }
    TokenKind last = tokens.get(tokens.size() - 1).kind();
    return last == TokenKind.ARROW || last == TokenKind.LINK_CLOSE || last == TokenKind.COMMA;
  }

  private int word(int number, String text, int start) {
    int i = start;
    while (i < text.length() && (!endsWord(text, i) || separatesThousands(text, start, i))) {
      i++;
    }
    add(TokenKind.WORD, text.substring(start, i), number, start, i - start);
    return i;
  }

  /**
   * Whether the comma at {@code i} separates thousands in a number ({@code 1,200}, {@code €50,000})
   * rather than names: it follows the digits of a number and exactly three digits follow it.
   */
  private static boolean separatesThousands(String text, int start, int i) {
    if (text.charAt(i) != ',' || i + 4 > text.length()) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    boolean moreDigits = i + 4 < text.length() && Character.isDigit(text.charAt(i + 4));
    return !moreDigits && NUMBER_SO_FAR.matcher(text.substring(start, i)).matches();
  }

  private static final java.util.regex.Pattern NUMBER_SO_FAR =
      java.util.regex.Pattern.compile("(?:[£$€]|[A-Z]{3})?\\d{1,3}(?:,\\d{3})*");

  private static boolean endsWord(String text, int i) {
    char c = text.charAt(i);
    return Character.isWhitespace(c)
        || c == '"'
        || c == ','
        || c == '='
        || c == ':'
        || c == '['
        || c == ']'
        || text.startsWith("->", i)
        || text.startsWith("-[", i)
        || Syntax.wrongArrow(text, i) > 0;
  }

  private int string(int number, String text, int start) {
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        add(TokenKind.STRING, value.toString(), number, start, i + 1 - start);
        return i + 1;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        switch (e) {
          case '"', '\\' -> value.append(e);
          case 'n' -> value.append('\n');
          case 't' -> value.append('\t');
          case 'r' -> value.append('\r');
          default -> {
            error(
                number,
                i,
                2,
                "unknown escape '\\" + e + "'",
                "inside quotes write \\\" for a quote, \\\\ for a backslash, \\n for a new line");
            value.append(e);
          }
        }
        i += 2;
      } else {
        value.append(c);
        i++;
      }
    }
    error(
        number,
        start,
        text.length() - start,
        "unterminated quote",
        "close the text with \" on the same line (write \\\" for a quote inside it)");
    add(TokenKind.STRING, value.toString(), number, start, text.length() - start);
    return text.length();
  }

  private int note(int number, String text, int colon) {
    int i = colon + 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '"') {
      int before = tokens.size();
      int end = string(number, text, i);
      Token quoted = tokens.remove(before);
      add(TokenKind.NOTE, quoted.text(), number, colon, end - colon);
      return end;
    }
    add(TokenKind.NOTE, text.substring(i).strip(), number, colon, text.length() - colon);
    return text.length();
  }

  private void add(TokenKind kind, String text, int line, int index, int length) {
    tokens.add(new Token(kind, text, line, index + 1, length));
  }

  private void error(int line, int index, int length, String message, String hint) {
    failed = true;
    problems.add(
        Problem.error(new SourcePosition(source, line, index + 1), message, hint)
            .showing(lines.get(line - 1), length));
  }
}
