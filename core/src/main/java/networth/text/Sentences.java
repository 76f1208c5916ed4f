package networth.text;

import java.util.List;

/** Joins words as a person writes them in a sentence. */
public final class Sentences {

  private Sentences() {}

  /** "a", "a or b", "a, b or c". */
  public static String or(List<String> words) {
    return join(words, " or ");
  }

  /** "a", "a and b", "a, b and c". */
  public static String and(List<String> words) {
    return join(words, " and ");
  }

  private static String join(List<String> words, String last) {
    if (words.isEmpty()) {
      return "";
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + last
        + words.get(words.size() - 1);
  }
}
