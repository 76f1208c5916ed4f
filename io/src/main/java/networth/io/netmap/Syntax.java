package networth.io.netmap;

import java.util.regex.Pattern;
import networth.model.PartialDate;

/** How the writer spells names and texts so that the reader reads them back unchanged. */
final class Syntax {

  private static final Pattern BARE =
      Pattern.compile("[^\\s\"#,=:\\[\\]\\p{Cntrl}\\uFEFF]+", Pattern.UNICODE_CHARACTER_CLASS);

  private Syntax() {}

  /**
   * A name as it can stand in a map file: bare when the lexer reads it as one word, else quoted.
   */
  static String name(String name) {
    return isBare(name) ? name : quote(name);
  }

  static boolean isBare(String text) {
    if (isPlain(text)) {
      return true;
    }
    if (!BARE.matcher(text).matches() || text.contains("->") || text.contains("-[")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (wrongArrow(text, i) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Letters, digits, {@code _ . -} only, as most ids of a large map are: always bare (no arrow,
   * right or wrong, can be made of them without {@code >}), told without the regular expression the
   * writer would otherwise run on each of millions of names.
   */
  private static boolean isPlain(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length of an arrow people write for {@code ->} that starts at {@code i} ({@code -->},
   * {@code ==>}, {@code =>}, {@code ->>}, {@code —>} with a dash, {@code →}), or 0 when there is
   * none. The lexer reports it and reads it as {@code ->}, so that one wrong arrow gives one
   * message.
   */
  static int wrongArrow(String text, int i) {
    char c = text.charAt(i);
    if (c == '\u2192' || c == '\u27F6' || c == '\u21D2') {
      return 1;
    }
    if (c != '-' && c != '=' && c != '\u2014' && c != '\u2013') {
      return 0; // most characters: the lexer asks at every one
    }
    if (c == '-' && text.startsWith("->>", i)) {
      int j = i + 2;
      while (j < text.length() && text.charAt(j) == '>') {
        j++;
      }
      return j - i;
    }
    int j = i;
    while (j < text.length() && text.charAt(j) == c) {
      j++;
    }
    boolean shaft = c == '=' || c == '\u2014' || c == '\u2013' || (c == '-' && j - i >= 2);
    return shaft && j < text.length() && text.charAt(j) == '>' ? j + 1 - i : 0;
  }

  /** A word that can stand among a link's kind words: bare and not read as a date. */
  static boolean isKindWord(String word) {
    return isBare(word) && !PartialDate.looksLikeDate(word);
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A note after {@code :}: as it stands when the reader takes it back whole, else quoted. */
  static String note(String note) {
    boolean plain =
        note.equals(note.strip())
            && !note.startsWith("\"")
            && note.chars().noneMatch(c -> Character.isISOControl(c) || c == '\uFEFF');
    return plain ? note : quote(note);
  }
}
