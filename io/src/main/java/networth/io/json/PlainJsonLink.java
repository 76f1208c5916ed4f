package networth.io.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import networth.io.ByteDates;
import networth.model.PartialDate;

/**
 * The commonest element of a JSON map's {@code links}, read straight from the file's bytes: an
 * object of {@code "from"} and {@code "to"}, and at most a {@code "kind"}, a {@code "date"} written
 * in digits and a {@code "note"}, each once, in any order, every value a text of printable ASCII
 * without a quote or a backslash, the ends not blank ({@code {"from" : "job-7", "to" : "person-0",
 * "date" : "2010-06-19"}}). Such an element is strict JSON and says exactly what Jackson would read
 * from it; anything else (an escape, a letter beyond ASCII, a null, a number, attributes, a key
 * twice, a date that is no date) is not plain, and is left to Jackson, which reads it and reports
 * what is wrong with it at its place.
 *
 * <p>Jackson reads one token at a time on one thread; this reads a part of the array without it, so
 * that threads can read the parts of a large map's links side by side ({@link JsonLinksAhead}).
 *
 * <p>It counts lines as Jackson does (a line feed, a carriage return, or both together, end a line)
 * from the start of its part, and where the last line started.
 */
final class PlainJsonLink {

  /** The longest value read here; Jackson reads longer ones, and says when one is too long. */
  static final int MAX_TEXT = 4096;

  private static final byte[] FROM = ascii("from");
  private static final byte[] TO = ascii("to");
  private static final byte[] KIND = ascii("kind");
  private static final byte[] DATE = ascii("date");
  private static final byte[] NOTE = ascii("note");

  // The kinds met lately, one string each: a slot keeps the last kind that fell into it.
  private static final int KIND_SLOTS = 64;
  private final byte[][] kindWords = new byte[KIND_SLOTS][];
  private final String[] kindTexts = new String[KIND_SLOTS];
  private final ByteDates dates = new ByteDates();

  /** Line ends met since {@link #startPart}. */
  int lines;

  /** Where the line being read starts, or -1 while it is the part's first line. */
  int lineStart = -1;

  // What the last element read says; the ends' names stand at text[fromStart, fromEnd) and so on.
  int fromStart;
  int fromEnd;
  int toStart;
  int toEnd;
  String kind;
  Optional<PartialDate> date;
  String note;

  /** The offset after the last element's closing brace. */
  int end;

  /** Starts counting lines afresh, at the start of a part. */
  void startPart() {
    lines = 0;
    lineStart = -1;
  }

  /**
   * Reads the element opening at {@code text[at]} (a brace), up to {@code limit}; whether it is
   * plain. Lines are counted on the way, even when it is not.
   */
  boolean read(byte[] text, int at, int limit) {
    if (at >= limit || text[at] != '{') {
      return false;
    }
    int seen = 0;
    kind = "";
    date = Optional.empty();
    note = "";
    int i = at + 1;
    while (true) {
      i = space(text, i, limit);
      if (i >= limit || text[i] != '"') {
        return false;
      }
      int nameStart = i + 1;
      int nameEnd = textEnd(text, nameStart, limit);
      if (nameEnd < 0) {
        return false;
      }
      int field = field(text, nameStart, nameEnd);
      if (field < 0 || (seen & (1 << field)) != 0) {
        return false;
      }
      seen |= 1 << field;
      i = space(text, nameEnd + 1, limit);
      if (i >= limit || text[i] != ':') {
        return false;
      }
      i = space(text, i + 1, limit);
      if (i >= limit || text[i] != '"') {
        return false;
      }
      int valueStart = i + 1;
      int valueEnd = textEnd(text, valueStart, limit);
      if (valueEnd < 0 || !value(field, text, valueStart, valueEnd)) {
        return false;
      }
      i = space(text, valueEnd + 1, limit);
      if (i >= limit) {
        return false;
      }
      if (text[i] == '}') {
        end = i + 1;
        return (seen & 3) == 3;
      }
      if (text[i] != ',') {
        return false;
      }
      i++;
    }
  }

  /** Takes field {@code field}'s value, {@code text[from, to)}; whether it is one read here. */
  private boolean value(int field, byte[] text, int from, int to) {
    switch (field) {
      case 0 -> {
        fromStart = from;
        fromEnd = to;
        return !blank(text, from, to);
      }
      case 1 -> {
        toStart = from;
        toEnd = to;
        return !blank(text, from, to);
      }
      case 2 -> {
        kind = kind(text, from, to);
        return true;
      }
      case 3 -> {
        date = dates.date(text, from, to);
        return date.isPresent();
      }
      default -> {
        note = new String(text, from, to - from, StandardCharsets.US_ASCII);
        return true;
      }
    }
  }

  /** Which field a name is: from, to, kind, date, note; -1 for any other. */
  private static int field(byte[] text, int from, int to) {
    int n = to - from;
    if (n == 2) {
      return Arrays.equals(text, from, to, TO, 0, 2) ? 1 : -1;
    }
    if (n != 4) {
      return -1;
    }
    return switch (text[from]) {
      case 'f' -> Arrays.equals(text, from, to, FROM, 0, 4) ? 0 : -1;
      case 'k' -> Arrays.equals(text, from, to, KIND, 0, 4) ? 2 : -1;
      case 'd' -> Arrays.equals(text, from, to, DATE, 0, 4) ? 3 : -1;
      case 'n' -> Arrays.equals(text, from, to, NOTE, 0, 4) ? 4 : -1;
      default -> -1;
    };
  }

  /**
   * Where the text starting at {@code from} (after its opening quote) closes: the offset of its
   * closing quote; -1 when a byte in it is not printable ASCII, is a backslash, or it is too long.
   */
  private static int textEnd(byte[] text, int from, int limit) {
    int last = Math.min(limit, from + MAX_TEXT + 1);
    for (int i = from; i < last; i++) {
      byte c = text[i];
      if (c == '"') {
        return i;
      }
      if (c < 0x20 || c > 0x7E || c == '\\') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a text of printable ASCII is blank (spaces only, or empty), as Java says. */
  private static boolean blank(byte[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The offset of the first byte from {@code i} on that is not JSON's white space. */
  int space(byte[] text, int i, int limit) {
    while (i < limit) {
      byte c = text[i];
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n') {
        lines++;
        lineStart = ++i;
      } else if (c == '\r') {
        i++;
        if (i < limit && text[i] == '\n') {
          i++;
        }
        lines++;
        lineStart = i;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The one string of a kind met lately, or a new one. */
  private String kind(byte[] text, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    int slot = (h ^ (h >>> 7)) & (KIND_SLOTS - 1);
    byte[] word = kindWords[slot];
    if (word != null && Arrays.equals(text, from, to, word, 0, word.length)) {
      return kindTexts[slot];
    }
    String k = new String(text, from, to - from, StandardCharsets.US_ASCII);
    kindWords[slot] = Arrays.copyOfRange(text, from, to);
    kindTexts[slot] = k;
    return k;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
