package networth.io.netmap;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import networth.io.ByteDates;
import networth.model.Affiliation.Role;
import networth.model.NodeKind;
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
 *
 * <p>It reads the line's UTF-8 bytes: a plain link line is ASCII throughout, so its byte offsets
 * are its columns, and a byte beyond ASCII is simply not part of a plain name.
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
  // Dates already read, found by their digits.
  private final ByteDates dates = new ByteDates();

  private byte[] text;
  private int base;
  private int n;

  /** The kind of the last plain declaration read (its name stands at fromStart, fromEnd). */
  NodeKind declared = NodeKind.PERSON;

  // The kind word last met, and its kind: a large map declares its nodes of a kind together.
  private byte[] kindWord = new byte[0];
  private Optional<NodeKind> kindOfWord = Optional.empty();

  /**
   * Reads the line {@code utf8[start, end)} as the commonest declaration, a kind and one plain name
   * ({@code person person-0}); false when it is anything else. The name must start with a letter
   * and hold something else than letters (a digit, {@code - _ .}), so that it is no word the
   * grammar gives a meaning to: the full parser reads such a line the same way, and the others go
   * to it.
   */
  boolean readDeclaration(byte[] utf8, int start, int end) {
    return readDeclaration(utf8, start, end, false);
  }

  /**
   * The same, also taking the commonest attributes of an opportunity when {@code withDeal}: {@code
   * value} (an amount, with a currency code after it or not), {@code won}, {@code lost}, {@code
   * since} or {@code on} with a valid date, and {@code p} with a probability ({@code client c-1
   * value 74k GBP won 2013-11-23}), each at most once and only where the node's kind takes it. Each
   * value is one word the lexer too reads as one, read by the same function the full parser uses on
   * it; anything else, right or wrong, goes to the parser. Their values are in {@link #value},
   * {@link #date} and {@link #probability}. A large map declares its opportunities this way, and
   * cutting them into tokens and statements took as long as reading its million other declarations.
   */
  boolean readDeclaration(byte[] utf8, int start, int end, boolean withDeal) {
    over(utf8, start, end);
    int k0 = spaces(start);
    int k1 = k0;
    while (k1 < n && isLetter(text[k1])) {
      k1++;
    }
    int i = spaces(k1);
    if (k1 == k0 || i == k1 || i >= n || !isLetter(text[i])) {
      return false;
    }
    int name0 = i;
    i = name(i);
    int name1 = i;
    if (spaces(i) != n && (!withDeal || spaces(i) == i)) {
      return false;
    }
    if (!java.util.Arrays.equals(text, k0, k1, kindWord, 0, kindWord.length)) {
      kindWord = java.util.Arrays.copyOfRange(text, k0, k1);
      kindOfWord = NodeKind.fromWord(new String(kindWord, StandardCharsets.US_ASCII));
    }
    if (kindOfWord.isEmpty() || allLetters(name0, name1)) {
      return false;
    }
    declared = kindOfWord.get();
    value = Optional.empty();
    date = Optional.empty();
    probability = java.util.OptionalDouble.empty();
    written = Map.of();
    if (spaces(name1) != n && !dealAttributes(spaces(name1))) {
      return false;
    }
    fromStart = name0 - base;
    fromEnd = name1 - base;
    return true;
  }

  /**
   * The node the last declaration read declares, named {@code id}: as {@link Declaration} makes it,
   * each attribute in turn on the node of the kind and name alone.
   */
  networth.model.Node node(String id) {
    networth.model.Node node = networth.model.Node.of(id, declared);
    if (value.isPresent()) {
      node = node.withDeal(node.deal().withValue(value.get()));
    }
    if (date.isPresent()) {
      node = node.withDate(date.get());
    }
    if (probability.isPresent()) {
      node = node.withDeal(node.deal().withProbability(probability.getAsDouble()));
    }
    return node;
  }

  /** The value, if any, of the last declaration {@link #readDeclaration} read with its deal. */
  Optional<networth.model.Money> value = Optional.empty();

  /** The probability, if any, of the last declaration read with its deal. */
  java.util.OptionalDouble probability = java.util.OptionalDouble.empty();

  /**
   * How the last declaration read with its deal wrote its values, by field, as {@link Declaration}
   * keeps them for the writer ({@code value} → {@code 28k GBP}, {@code date} → {@code since},
   * {@code p} → {@code 15%}); empty when it wrote none.
   */
  Map<String, String> written = Map.of();

  /** Reads the attributes from {@code i} to the end (see {@link #readDeclaration}). */
  private boolean dealAttributes(int i) {
    boolean dated = false;
    Map<String, String> forms = new HashMap<>();
    while (i < n) {
      int k0 = i;
      while (i < n && isLetter(text[i])) {
        i++;
      }
      int k1 = i;
      i = spaces(i);
      int w0 = i;
      while (i < n && isValueByte(text[i])) {
        i++;
      }
      int w1 = i;
      if (k1 == k0 || w0 == k1 || w1 == w0 || (i < n && !isSpace(text[i]))) {
        return false;
      }
      String key = new String(text, k0, k1 - k0, StandardCharsets.US_ASCII);
      String field = key;
      switch (key) {
        case "value" -> {
          if (value.isPresent()) {
            return false;
          }
          String amount = new String(text, w0, w1 - w0, StandardCharsets.US_ASCII);
          int c0 = spaces(i);
          int c1 = c0;
          while (c1 < n && text[c1] >= 'A' && text[c1] <= 'Z') {
            c1++;
          }
          if (c1 - c0 == 3 && c0 > i && (c1 == n || isSpace(text[c1]))) {
            amount += " " + new String(text, c0, 3, StandardCharsets.US_ASCII);
            i = c1;
          }
          try {
            value = Optional.of(networth.model.Money.parse(amount, ""));
          } catch (IllegalArgumentException e) {
            return false;
          }
          forms.put("value", amount);
        }
        case "won", "lost", "since", "on" -> {
          Optional<PartialDate> d = date(w0, w1);
          if (dated || d.isEmpty()) {
            return false;
          }
          dated = true;
          date = d;
          field = key.equals("won") || key.equals("lost") ? key : "date";
          forms.put("date", key);
        }
        case "p" -> {
          if (probability.isPresent()) {
            return false;
          }
          String p = new String(text, w0, w1 - w0, StandardCharsets.US_ASCII);
          try {
            probability = java.util.OptionalDouble.of(networth.io.FieldValues.probability(p));
          } catch (IllegalArgumentException e) {
            return false;
          }
          forms.put("p", p);
        }
        default -> {
          return false;
        }
      }
      if (!networth.io.NodeFields.misplaced(declared, field).isEmpty()) {
        return false;
      }
      i = spaces(i);
    }
    written = Map.copyOf(forms);
    return true;
  }

  // The bytes of an attribute's value: the lexer ends a word at none of them (an arrow, right or
  // wrong, needs a '>').
  private static boolean isValueByte(byte c) {
    return isDigit(c) || isLetter(c) || c == '.' || c == '%' || c == '-';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t';
  }

  private boolean allLetters(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isLetter(text[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Reads {@code line} as a plain link line; false when it is anything else. */
  boolean read(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return read(b, 0, b.length);
  }

  /**
   * Reads the line {@code utf8[start, end)} as a plain link line; false when it is anything else.
   * The columns read are counted from {@code start}.
   */
  boolean read(byte[] utf8, int start, int end) {
    over(utf8, start, end);
    int i = spaces(start);
    int from0 = i;
    i = name(i);
    if (i == from0) {
      return false;
    }
    int from1 = i;
    i = spaces(i);
    int arrow = i;
    if (at(i, '-') && at(i + 1, '>')) {
      i += 2;
      kind = "";
      date = Optional.empty();
    } else if (at(i, '-') && at(i + 1, '[')) {
      i = description(i + 2);
      if (i < 0) {
        return false;
      }
    } else {
      return false;
    }
    i = spaces(i);
    int to0 = i;
    i = name(i);
    if (i == to0 || spaces(i) != n) {
      return false;
    }
    fromStart = from0 - base;
    fromEnd = from1 - base;
    arrowStart = arrow - base;
    toStart = to0 - base;
    toEnd = i - base;
    // A link to itself is an error: the full parser says so.
    return !java.util.Arrays.equals(text, from0, from1, text, to0, i);
  }

  /** The line the next look reads: {@code utf8[start, end)}, columns counted from start. */
  private void over(byte[] utf8, int start, int end) {
    text = utf8;
    base = start;
    n = end;
  }

  private boolean at(int i, char c) {
    return i < n && text[i] == c;
  }

  /** The words between {@code -[} and {@code ]->}; the index after {@code ]->}, or -1. */
  private int description(int start) {
    words.setLength(0);
    date = Optional.empty();
    int i = start;
    while (true) {
      i = spaces(i);
      if (at(i, ']') && at(i + 1, '-') && at(i + 2, '>')) {
        break;
      }
      int w = i;
      i = name(i);
      if (i == w) {
        return -1;
      }
      if (isDigit(text[w])) {
        Optional<PartialDate> d = date(w, i);
        if (d.isPresent()) {
          if (date.isPresent()) {
            return -1;
          }
          date = d;
          continue;
        }
        if (dateRefused) {
          return -1;
        }
      }
      if (words.length() > 0) {
        words.append(' ');
      }
      words.append(new String(text, w, i - w, StandardCharsets.US_ASCII));
    }
    kind = words.toString();
    if (!kind.isEmpty() && Role.fromPhrase(kind).isPresent()) {
      return -1;
    }
    return i + 3;
  }

  // Set by date(): the word looked like a date but is not a valid one (the parser reports it).
  private boolean dateRefused;

  /** The word {@code text[w, e)} as a date, when it looks like one and is valid. */
  private Optional<PartialDate> date(int w, int e) {
    if (ByteDates.isDigitForm(text, w, e)) {
      Optional<PartialDate> d = dates.date(text, w, e);
      dateRefused = d.isEmpty();
      return d;
    }
    // Other words with the shape of a date (2014-3) are refused by the parser, with its message.
    dateRefused = PartialDate.looksLikeDate(new String(text, w, e - w, StandardCharsets.US_ASCII));
    return Optional.empty();
  }

  private int spaces(int i) {
    while (i < n && (text[i] == ' ' || text[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The end of the plain name starting at {@code i} ({@code i} itself when there is none). A dash
   * belongs to it only where the lexer, too, keeps it inside a word: not before {@code >}, {@code
   * [} or another dash (arrows, right or wrong), nor at the end of the line.
   */
  private int name(int i) {
    while (i < n) {
      byte c = text[i];
      if (c == '-') {
        if (i + 1 >= n) {
          return i;
        }
        byte d = text[i + 1];
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

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
