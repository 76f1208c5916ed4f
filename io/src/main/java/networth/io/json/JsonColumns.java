package networth.io.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Columns as a user counts them. Jackson's parser over bytes (its fastest) counts a line's columns
 * in bytes, so an accented letter or a Chinese name before a mistake would move the caret right of
 * it; here such a column is turned into characters (UTF-16 units, as Jackson counts them over a
 * text, so both forms of a document give the same places) by counting the line's characters up to
 * it. The count goes on from the last place asked for on the same line, so the places of a whole
 * document written on one line cost one pass over it, not one per place.
 */
final class JsonColumns {

  private final JsonInput input;
  private final boolean inBytes;
  // The bytes counted last, read again from the document a window at a time.
  private final byte[] window;
  private long windowStart;
  private int windowLength;
  private long lineStart = -1;
  private long counted;
  private int units;

  private JsonColumns(JsonInput input, boolean inBytes) {
    this.input = input;
    this.inBytes = inBytes;
    this.window = new byte[inBytes ? 1 << 16 : 0];
  }

  /** Columns of a document read from a text: Jackson's own. */
  static JsonColumns ofText() {
    return new JsonColumns(JsonInput.of(new byte[0]), false);
  }

  /** Columns of a document read from these UTF-8 bytes. */
  static JsonColumns ofBytes(JsonInput utf8) {
    return new JsonColumns(utf8, true);
  }

  /** Where a location stands from the start of the document, in its own units (bytes or chars). */
  static long offset(JsonLocation at) {
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  /**
   * The column in characters of a place Jackson gives as {@code column} (1-based, in its units) at
   * {@code offset} from the start of the document.
   */
  int column(int column, long offset) {
    if (!inBytes || column < 1 || offset < 0 || offset > input.size()) {
      return column;
    }
    long start = offset - (column - 1);
    if (start < 0) {
      return column;
    }
    if (start != lineStart || offset < counted) {
      lineStart = start;
      counted = start;
      units = 0;
    }
    for (long i = counted; i < offset; i++) {
      int b = at(i);
      if ((b & 0xC0) != 0x80) {
        // A lead byte starts a character; one of four bytes is a pair of UTF-16 units.
        units += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    counted = offset;
    return units + 1;
  }

  /** The byte at {@code i}, read with those after it when the window does not hold it. */
  private int at(long i) {
    if (i < windowStart || i >= windowStart + windowLength) {
      windowStart = i;
      windowLength = (int) Math.min(window.length, input.size() - i);
      try {
        input.read(i, window, 0, windowLength);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return window[(int) (i - windowStart)];
  }
}
