package networth.imports.merge;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms in which two spellings of one name, address or company compare equal: "Zoë O'Neil" and
 * "zoe o neil"; "Cielo Ltd." and "cielo"; "https://www.linkedin.com/in/jane/" and
 * "linkedin.com/in/jane".
 */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Words that only say what legal form a company has: "Cielo Ltd" is Cielo. Removed from the end
   * of an organisation's name, as often as they occur ("Acme Holdings Co. Ltd" keeps "holdings").
   */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "ltd",
          "limited",
          "inc",
          "incorporated",
          "llc",
          "llp",
          "plc",
          "gmbh",
          "ag",
          "sa",
          "sas",
          "sarl",
          "srl",
          "spa",
          "bv",
          "nv",
          "oy",
          "ab",
          "as",
          "aps",
          "pty",
          "corp",
          "corporation",
          "co",
          "company",
          "kg",
          "se");

  private Names() {}

  /** A name as people compare names: no case, accents, punctuation or extra spaces. */
  public static String plain(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** An organisation's name without its legal form or a leading "the": "cielo" for "Cielo Ltd.". */
  public static String organisation(String s) {
    List<String> words = new java.util.ArrayList<>(List.of(plain(s).split(" ")));
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  /** A job's name without the word "job": "imagination" for "Imagination job". */
  public static String job(String s) {
    String p = organisation(s);
    return p.endsWith(" job") ? organisation(p.substring(0, p.length() - 4)) : p;
  }

  /**
   * A web address as it identifies a profile: no scheme, {@code www.}, query, fragment or final
   * slash, lower case. Empty for a blank one.
   */
  public static String url(String s) {
    String u = s.trim().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    u = u.replaceFirst("^www\\.", "");
    int cut = indexOfAny(u, '?', '#');
    if (cut >= 0 && !u.contains("intent/user")) {
      u = u.substring(0, cut);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** Each address of a list ("a@x.com, B@y.org"), lower case; none for a blank one. */
  public static Set<String> emails(String s) {
    Set<String> all = new LinkedHashSet<>();
    for (String e : s.split("[,;\\s]+")) {
      String t = e.trim().toLowerCase(Locale.ROOT).replaceFirst("^mailto:", "");
      if (t.contains("@")) {
        all.add(t);
      }
    }
    return all;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
