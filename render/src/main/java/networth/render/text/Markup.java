package networth.render.text;

/** Text made safe for XML, SVG and HTML, in element content and in quoted attributes alike. */
public final class Markup {

  private Markup() {}

  /**
   * The five XML specials escaped and control characters other than tab dropped (XML 1.0 cannot
   * hold them), so a label such as {@code <script>} is shown as text and never read as markup.
   */
  public static String escape(String s) {
    StringBuilder e = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> e.append("&lt;");
        case '>' -> e.append("&gt;");
        case '&' -> e.append("&amp;");
        case '"' -> e.append("&quot;");
        case '\'' -> e.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t') {
            e.append(c);
          }
        }
      }
    }
    return e.toString();
  }

  /**
   * Text for Markdown: its inline specials (and HTML's angle brackets and entities' ampersand)
   * escaped with a backslash and line breaks made spaces, so that a label is shown as written and
   * never read as markup or as a table's column break.
   */
  public static String markdown(String s) {
    StringBuilder e = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>|#&".indexOf(c) >= 0) {
        e.append('\\');
      }
      e.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return e.toString();
  }
}
