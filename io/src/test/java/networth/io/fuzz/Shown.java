package networth.io.fuzz;

/** Texts as a failing try's report shows them: control characters and non-ASCII as escapes. */
final class Shown {

  private Shown() {}

  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || (c > 0x7e && text.length() > 40)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() > 80
        ? out.substring(0, 60) + "…(" + text.length() + " chars)"
        : out.toString();
  }
}
