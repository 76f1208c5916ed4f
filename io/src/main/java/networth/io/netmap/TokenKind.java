package networth.io.netmap;

/** The pieces a line of a map file is made of. */
enum TokenKind {
  /** A bare name, keyword, date, amount or percentage: anything up to a space or a mark. */
  WORD,
  /** A quoted text, escapes resolved. */
  STRING,
  /** {@code ->} */
  ARROW,
  /** {@code -[} opening the description of a link. */
  LINK_OPEN,
  /** {@code ]->} closing it. */
  LINK_CLOSE,
  COMMA,
  EQUALS,
  /** {@code : the rest of the line}, the note of a link. */
  NOTE,
  NEWLINE,
  END
}
