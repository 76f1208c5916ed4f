package networth.diagnostics;

import java.util.Objects;

/**
 * Something wrong with an input, with where it is and what to do about it.
 *
 * @param severity error or warning
 * @param position where
 * @param length how many characters from the column the problem spans (1 or more)
 * @param message what is wrong
 * @param hint what to do about it, or empty
 * @param sourceLine the text of the line, to show under the message, or empty
 */
public record Problem(
    Severity severity,
    SourcePosition position,
    int length,
    String message,
    String hint,
    String sourceLine) {

  public Problem {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(position);
    Objects.requireNonNull(message);
    Objects.requireNonNull(hint);
    Objects.requireNonNull(sourceLine);
    length = Math.max(1, length);
  }

  public static Problem error(SourcePosition at, String message, String hint) {
    return new Problem(Severity.ERROR, at, 1, message, hint, "");
  }

  public static Problem warning(SourcePosition at, String message, String hint) {
    return new Problem(Severity.WARNING, at, 1, message, hint, "");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem, showing this line of text under it with a caret of this length. */
  public Problem showing(String line, int caretLength) {
    return new Problem(severity, position, caretLength, message, hint, line);
  }

  /**
   * The problem as a compiler would print it:
   *
   * <pre>
   * map.netmap:3:1: error: unknown kind 'persn'
   *     3 | persn Emily
   *       | ^^^^^
   *   = did you mean 'person'?
   * </pre>
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(position).append(": ").append(severity.word()).append(": ").append(message);
    if (!sourceLine.isEmpty() && position.line() > 0) {
      String number = String.valueOf(position.line());
      String gutter = " ".repeat(number.length());
      out.append('\n').append("  ").append(number).append(" | ").append(sourceLine.stripTrailing());
      if (position.column() > 0) {
        String lead = caretLead(sourceLine, position.column() - 1);
        out.append('\n')
            .append("  ")
            .append(gutter)
            .append(" | ")
            .append(lead)
            .append("^".repeat(length));
      }
    }
    if (!hint.isEmpty()) {
      out.append('\n').append("  = ").append(hint);
    }
    return out.toString();
  }

  // Tabs stay tabs under the caret so it lines up whatever the terminal's tab width.
  private static String caretLead(String line, int upTo) {
    StringBuilder lead = new StringBuilder();
    for (int i = 0; i < upTo && i < line.length(); i++) {
      lead.append(line.charAt(i) == '\t' ? '\t' : ' ');
    }
    return lead.toString();
  }
}
