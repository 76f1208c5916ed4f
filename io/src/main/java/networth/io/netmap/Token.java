package networth.io.netmap;

/**
 * A piece of a line.
 *
 * @param kind what it is
 * @param text its text (for a string, without quotes and with escapes resolved)
 * @param line 1-based line
 * @param column 1-based column of its first character
 * @param length how many characters of the line it spans
 */
record Token(TokenKind kind, String text, int line, int column, int length) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  /** A word or a quoted string: something that can name a node. */
  boolean isName() {
    return kind == TokenKind.WORD || kind == TokenKind.STRING;
  }

  boolean isWord(String w) {
    return kind == TokenKind.WORD && text.equals(w);
  }

  /** How the token is shown in a message. */
  String shown() {
    return switch (kind) {
      case STRING -> "\"" + text + "\"";
      case NEWLINE -> "the end of the line";
      case END -> "the end of the file";
      case NOTE -> "':'";
      case ARROW -> "'->'";
      case LINK_OPEN -> "'-['";
      case LINK_CLOSE -> "']->'";
      case COMMA -> "','";
      case EQUALS -> "'='";
      case WORD -> "'" + text + "'";
    };
  }
}
