package networth.io.json;

/**
 * The commonest elements of a JSON map's large lists, read straight from the file's bytes: an
 * object of a few known fields, each once, in any order, every value a text of printable ASCII
 * without a quote or a backslash ({@code {"id" : "person-7", "kind" : "person"}}). Such an element
 * is strict JSON and says exactly what Jackson would read from it; anything else (an escape, a
 * letter beyond ASCII, a null, a number, an object, a field not known here, a key twice) is not
 * plain, and is left to Jackson, which reads it and reports what is wrong with it at its place.
 * What fields an element has, and which values are plain, a subclass says ({@link PlainJsonLink},
 * {@link PlainJsonNode}).
 *
 * <p>Jackson reads one token at a time on one thread; this reads a part of a list without it, so
 * that threads can read the parts of a large map's lists side by side ({@link JsonListAhead}).
 *
 * <p>It counts lines as Jackson does (a line feed, a carriage return, or both together, end a line)
 * from the start of its part, and where the last line started.
 */
abstract class PlainJsonObject {

  /** The longest value read here; Jackson reads longer ones, and says when one is too long. */
  static final int MAX_TEXT = 4096;

  /** Line ends met since {@link #startPart}. */
  int lines;

  /** Where the line being read starts, or -1 while it is the part's first line. */
  int lineStart = -1;

  /** The offset after the last element's closing brace. */
  int end;

  /** Starts counting lines afresh, at the start of a part. */
  void startPart() {
    lines = 0;
    lineStart = -1;
  }

  /** Forgets the fields of the last element, before the next is read. */
  abstract void clear();

  /** Which field a name {@code text[from, to)} is, from 0 (less than 32); -1 for any other. */
  abstract int field(byte[] text, int from, int to);

  /** Takes field {@code field}'s value, {@code text[from, to)}; whether it is one read here. */
  abstract boolean value(int field, byte[] text, int from, int to);

  /**
   * Reads field {@code field}'s value when it is not a text, starting at {@code text[at]}; the
   * offset after it, or -1 when it is not one read here (none is, unless a subclass says so).
   */
  int other(int field, byte[] text, int at, int limit) {
    return -1;
  }

  /** Whether an element with these fields (bit {@code f} for field {@code f}) is whole. */
  abstract boolean whole(int seen);

  /**
   * Reads the element opening at {@code text[at]} (a brace), up to {@code limit}; whether it is
   * plain. Lines are counted on the way, even when it is not.
   */
  final boolean read(byte[] text, int at, int limit) {
    if (at >= limit || text[at] != '{') {
      return false;
    }
    clear();
    int seen = 0;
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
      if (i >= limit) {
        return false;
      }
      if (text[i] == '"') {
        int valueStart = i + 1;
        int valueEnd = textEnd(text, valueStart, limit);
        if (valueEnd < 0 || !value(field, text, valueStart, valueEnd)) {
          return false;
        }
        i = valueEnd + 1;
      } else {
        i = other(field, text, i, limit);
        if (i < 0) {
          return false;
        }
      }
      i = space(text, i, limit);
      if (i >= limit) {
        return false;
      }
      if (text[i] == '}') {
        end = i + 1;
        return whole(seen);
      }
      if (text[i] != ',') {
        return false;
      }
      i++;
    }
  }

  /**
   * Where the text starting at {@code from} (after its opening quote) closes: the offset of its
   * closing quote; -1 when a byte in it is not printable ASCII, is a backslash, or it is too long.
   */
  static int textEnd(byte[] text, int from, int limit) {
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
  static boolean blank(byte[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a plain number starting at {@code text[at]} ends: digits without a needless leading zero,
   * at most {@code whole} of them, then perhaps a point and one to {@code decimals} digits; -1 when
   * it is not such a number (a sign, an exponent, more digits), which Jackson reads.
   */
  static int numberEnd(byte[] text, int at, int limit, int whole, int decimals) {
    int i = at;
    while (i < limit && text[i] >= '0' && text[i] <= '9') {
      i++;
    }
    int digits = i - at;
    if (digits == 0 || digits > whole || (digits > 1 && text[at] == '0')) {
      return -1;
    }
    if (i < limit && text[i] == '.') {
      int point = ++i;
      while (i < limit && text[i] >= '0' && text[i] <= '9') {
        i++;
      }
      if (i == point || i - point > decimals) {
        return -1;
      }
    }
    if (i >= limit || text[i] == 'e' || text[i] == 'E') {
      return -1;
    }
    return i;
  }

  /** A field's name as the bytes it is written in. */
  static byte[] ascii(String name) {
    return name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** Whether {@code text[from, to)} spells {@code word}. */
  static boolean is(byte[] text, int from, int to, byte[] word) {
    return java.util.Arrays.equals(text, from, to, word, 0, word.length);
  }

  /** The offset of the first byte from {@code i} on that is not JSON's white space. */
  final int space(byte[] text, int i, int limit) {
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
}
