package networth.io;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A text's lines over its UTF-8 bytes, split as {@link String#lines} splits them (at {@code \n},
 * {@code \r\n} or {@code \r}; no empty line after a final line break), each made into a string only
 * when asked for. A map of millions of lines kept as strings costs several times its file in
 * memory; kept as bytes and one int per line it costs little more than the file, while messages can
 * still show any line. Readers that take lines apart byte by byte use {@link #start}, {@link #end}
 * and {@link #bytes}.
 *
 * <p>Immutable: the bytes given are not copied, and must not change afterwards.
 */
public final class SourceLines extends AbstractList<String> implements RandomAccess {

  private final byte[] bytes;
  private final int[] starts; // starts[i]: where line i begins; one more: the text's length
  private final int size;

  private SourceLines(byte[] bytes, int[] starts, int size) {
    this.bytes = bytes;
    this.starts = starts;
    this.size = size;
  }

  /** The lines of {@code utf8}, which the caller has checked to be UTF-8. */
  public static SourceLines of(byte[] utf8) {
    int[] starts = new int[Math.max(16, utf8.length / 32)];
    int size = 0;
    int n = utf8.length;
    int i = 0;
    while (i < n) {
      if (size + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
      }
      starts[size++] = i;
      while (i < n && utf8[i] != '\n' && utf8[i] != '\r') {
        i++;
      }
      if (i < n && utf8[i] == '\r' && i + 1 < n && utf8[i + 1] == '\n') {
        i++;
      }
      i++;
    }
    starts[size] = Math.min(i, n);
    // Trimmed only when most of the guess is unused: a copy of a large map's starts is tens of
    // megabytes of fresh memory, which costs more than a few unused ones.
    return new SourceLines(
        utf8, starts.length > 2 * (size + 1) ? Arrays.copyOf(starts, size + 1) : starts, size);
  }

  /** The lines of a text. */
  public static SourceLines of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int size() {
    return size;
  }

  /** Line {@code index} (from 0) without its line break. */
  @Override
  public String get(int index) {
    int s = start(index);
    return new String(bytes, s, end(index) - s, StandardCharsets.UTF_8);
  }

  /** The text's bytes: line {@code i} is {@code bytes()[start(i), end(i))}. */
  public byte[] bytes() {
    return bytes;
  }

  /** Where line {@code index} begins in {@link #bytes}. */
  public int start(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("line " + index + " of " + size);
    }
    return starts[index];
  }

  /** Where line {@code index} ends in {@link #bytes}, before its line break. */
  public int end(int index) {
    int s = start(index);
    int e = starts[index + 1];
    if (e > s && bytes[e - 1] == '\n') {
      e--;
      if (e > s && bytes[e - 1] == '\r') {
        e--;
      }
    } else if (e > s && bytes[e - 1] == '\r') {
      e--;
    }
    return e;
  }

  /**
   * Whether line {@code index} is blank as {@link String#isBlank} says, told from its bytes unless
   * it holds a character beyond ASCII.
   */
  public boolean isBlank(int index) {
    int e = end(index);
    for (int i = start(index); i < e; i++) {
      byte b = bytes[i];
      if (b < 0) {
        return get(index).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
