package networth.io.csv;

/**
 * How a cell's text is written to a sheet and read back, so that what is written reads back the
 * same (docs/spreadsheets.md, "How cells are written"):
 *
 * <ul>
 *   <li>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 *       tab or a carriage return as a formula; OWASP's advice against such "CSV injection" is to
 *       put a {@code '} in front, which the spreadsheet shows as text. A text that starts with
 *       {@code '} followed by one of those characters or by another {@code '} gets one too, so that
 *       reading takes off exactly one {@code '} wherever one is followed by those.
 *   <li>Blanks around an unquoted cell are not part of it (people pad their columns); a cell that
 *       starts or ends with a blank, or holds a comma, a quote or a line break, is quoted.
 * </ul>
 */
final class CellText {

  private CellText() {}

  /** Whether a spreadsheet would take a cell starting with this character as a formula. */
  static boolean formulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** The text as written in a cell: with a {@code '} in front where a spreadsheet needs one. */
  static String guarded(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean guard =
        formulaStart(first)
            || (first == '\''
                && text.length() > 1
                && (text.charAt(1) == '\'' || formulaStart(text.charAt(1))));
    return guard ? "'" + text : text;
  }

  /** The text a cell holds, its guard taken off. */
  static String unguarded(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == '\''
            && (cell.charAt(1) == '\'' || formulaStart(cell.charAt(1)))
        ? cell.substring(1)
        : cell;
  }

  /** Appends a text as one cell: guarded, and quoted where reading it unquoted would change it. */
  static void append(StringBuilder out, String text) {
    String cell = guarded(text);
    if (needsQuotes(cell)) {
      out.append('"');
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '"') {
          out.append('"');
        }
        out.append(c);
      }
      out.append('"');
    } else {
      out.append(cell);
    }
  }

  private static boolean needsQuotes(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    if (Character.isWhitespace(cell.charAt(0))
        || Character.isWhitespace(cell.charAt(cell.length() - 1))) {
      return true;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
