package networth.io.netmap;

import java.util.Optional;
import networth.model.Affiliation.Role;
import networth.model.PartialDate;

/**
 * The commonest line of a large map, one link between two bare names ({@code a -> b}, {@code a
 * -[2010-06-19]-> b}, {@code a -[introduced 2012-05]-> b}), read straight from its text without
 * tokens. A map of millions of links is mostly such lines, and cutting each into tokens and
 * statements was most of the time it took to read.
 *
 * <p>It only says yes to a line the full parser reads the same way and without a problem: plain
 * names (letters, digits, {@code _ . -}), one arrow, a description of bare words and at most one
 * valid date, no note, comment, quote, comma or anything else. Anything else, right or wrong, goes
 * to the lexer and {@link LinkStatement}, which give the messages; tests hold the two to the same
 * map and the same positions.
 */
final class PlainLink {

  /** Where the parts of the last line read stand (0-based columns). */
  int fromStart;

  int fromEnd;
  int arrowStart;
  int toStart;
  int toEnd;
  String kind = "";
  Optional<PartialDate> date = Optional.empty();

  private final StringBuilder words = new StringBuilder();

  /** Reads {@code text} as a plain link line; false when it is anything else. */
  boolean read(String text) {
    int n = text.length();
    int i = spaces(text, 0);
    fromStart = i;
    i = name(text, i);
    if (i == fromStart) {
      return false;
    }
    fromEnd = i;
    i = spaces(text, i);
    arrowStart = i;
    if (text.startsWith("->", i)) {
      i += 2;
      kind = "";
      date = Optional.empty();
    } else if (text.startsWith("-[", i)) {
      i = description(text, i + 2);
      if (i < 0) {
        return false;
      }
    } else {
      return false;
    }
    i = spaces(text, i);
    toStart = i;
    i = name(text, i);
    if (i == toStart || spaces(text, i) != n) {
      return false;
    }
    toEnd = i;
    // A link to itself is an error: the full parser says so.
    return fromEnd - fromStart != toEnd - toStart
        || !text.regionMatches(fromStart, text, toStart, toEnd - toStart);
  }

  /** The words between {@code -[} and {@code ]->}; the index after {@code ]->}, or -1. */
  private int description(String text, int at) {
    words.setLength(0);
    date = Optional.empty();
    int i = at;
    while (true) {
      i = spaces(text, i);
      if (text.startsWith("]->", i)) {
        break;
      }
      int start = i;
      i = name(text, i);
      if (i == start) {
        return -1;
      }
      String word = text.substring(start, i);
      if (isDigit(word.charAt(0)) && (isFullDate(word) || PartialDate.looksLikeDate(word))) {
        if (date.isPresent()) {
          return -1;
        }
        try {
          date = Optional.of(PartialDate.parse(word));
        } catch (IllegalArgumentException e) {
          return -1;
        }
      } else {
        if (words.length() > 0) {
          words.append(' ');
        }
        words.append(word);
      }
    }
    kind = words.toString();
    if (!kind.isEmpty() && Role.fromPhrase(kind).isPresent()) {
      return -1;
    }
    return i + 3;
  }

  private static int spaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The end of the plain name starting at {@code i} ({@code i} itself when there is none). A dash
   * belongs to it only where the lexer, too, keeps it inside a word: not before {@code >}, {@code
   * [} or another dash (arrows, right or wrong), nor at the end of the line.
   */
  private static int name(String text, int i) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '-') {
        if (i + 1 >= n) {
          return i;
        }
        char d = text.charAt(i + 1);
        if (d == '>' || d == '[' || d == '-') {
          return i;
        }
      } else if (!(isDigit(c)
          || (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || c == '_'
          || c == '.')) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** {@code YYYY-MM-DD} in digits, the form of most dates, told without a regular expression. */
  private static boolean isFullDate(String w) {
    if (w.length() != 10 || w.charAt(4) != '-' || w.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && !isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
