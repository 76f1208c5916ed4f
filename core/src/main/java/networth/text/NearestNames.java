package networth.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests the names a user probably meant when a name is unknown ("did you mean 'person'?"),
 * ranked by Damerau–Levenshtein distance (optimal string alignment) ignoring case. Written here
 * because it is twenty lines and the libraries that have it would be the only reason to depend on
 * them.
 */
public final class NearestNames {

  private NearestNames() {}

  /** Up to {@code max} candidates within a distance that grows with the word's length. */
  public static List<String> suggest(String word, Collection<String> candidates, int max) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    return candidates.stream()
        .distinct()
        .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= limit || s.name.toLowerCase(Locale.ROOT).startsWith(w))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(max)
        .map(Scored::name)
        .toList();
  }

  /** "did you mean 'a' or 'b'?", or empty when there is nothing close. */
  public static String didYouMean(String word, Collection<String> candidates) {
    List<String> near = suggest(word, candidates, 3);
    if (near.isEmpty()) {
      return "";
    }
    List<String> quoted = near.stream().map(s -> "'" + s + "'").toList();
    return "did you mean " + Sentences.or(quoted) + "?";
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private record Scored(String name, int distance) {}
}
