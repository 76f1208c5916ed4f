package networth.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A text's lines over its UTF-8 bytes, split as {@link String#lines} splits them (at {@code \n},
 * {@code \r\n} or {@code \r}; no empty line after a final line break), each made into a string only
 * when asked for. A map of millions of lines kept as strings costs several times its file in
 * memory; kept as bytes and one int per line it costs little more than the file, while messages can
 * still show any line. The bytes may be a file mapped into memory, which costs no memory of the
 * program's own. Readers that take lines apart byte by byte do it through a {@link Window}.
 *
 * <p>Immutable: the bytes given are not copied, and must not change afterwards.
 */
public final class SourceLines extends AbstractList<String> implements RandomAccess {

  // Read only by absolute index (never through its position): the bytes of a text, or of a file
  // mapped into memory.
  private final ByteBuffer bytes;
  private final int[] starts; // starts[i]: where line i begins; one more: the text's length
  private final int size;

  private SourceLines(ByteBuffer bytes, int[] starts, int size) {
    this.bytes = bytes;
    this.starts = starts;
    this.size = size;
  }

  /** The lines of {@code utf8}, which the caller has checked to be UTF-8. */
  public static SourceLines of(byte[] utf8) {
    return of(ByteBuffer.wrap(utf8));
  }

  // How much of a buffer the line breaks are looked for in at once, copied into an array: a
  // mapped file's bytes read one at a time through the buffer take several times as long.
  private static final int BLOCK = 1 << 16;

  // Eight bytes of an array read as one long.
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * Whether one of the eight bytes of {@code x} is below 14 (a line break is 10 or 13): the bit
   * trick of "Bit Twiddling Hacks" (hasless), exact on a byte below 0x80 and never true for a byte
   * from 0x80 on alone; a byte above one found may be flagged too, which only makes the caller look
   * at those eight bytes one by one.
   */
  private static boolean hasByteBelow14(long x) {
    return ((x - 0x0E0E0E0E0E0E0E0EL) & ~x & 0x8080808080808080L) != 0;
  }

  /**
   * The lines of the bytes from 0 to the limit of {@code utf8} (the bytes of a file mapped into
   * memory, for one), which the caller has checked to be UTF-8 and must not change.
   */
  public static SourceLines of(ByteBuffer utf8) {
    int n = utf8.limit();
    int[] starts = new int[Math.max(16, n / 32)];
    // Every line break starts a line; a \n right after a \r only moves the start after it.
    int size = n > 0 ? 1 : 0;
    int lastReturn = -2;
    byte[] block = new byte[Math.min(BLOCK, Math.max(n, 1))];
    for (int blockStart = 0; blockStart < n; blockStart += block.length) {
      int length = Math.min(block.length, n - blockStart);
      utf8.get(blockStart, block, 0, length);
      int j = 0;
      while (true) {
        // Past every byte that is no line break (above \r, nearly all of them): eight at a time
        // while no byte of the eight is below \r + 1 (bytes from 0x80 on, the rest of UTF-8, are
        // never taken for one), then one at a time.
        while (j + 8 <= length && !hasByteBelow14((long) LONGS.get(block, j))) {
          j += 8;
        }
        while (j < length && block[j] > '\r') {
          j++;
        }
        if (j == length) {
          break;
        }
        byte b = block[j];
        int i = blockStart + j++;
        if (b == '\n' && lastReturn == i - 1) {
          starts[size - 1] = i + 1;
        } else if (b == '\n' || b == '\r') {
          if (b == '\r') {
            lastReturn = i;
          }
          if (size + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1) + 2);
          }
          starts[size++] = i + 1;
        }
      }
    }
    // No empty line after a final line break: its start is the end of the text.
    if (size > 0 && starts[size - 1] == n) {
      size--;
    }
    starts[size] = n;
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
    byte[] line = new byte[length(index)];
    copy(index, line);
    return new String(line, StandardCharsets.UTF_8);
  }

  /** The length in bytes of line {@code index}, without its line break. */
  public int length(int index) {
    return end(index) - start(index);
  }

  /** A window on the lines' bytes, for one reader that takes lines apart byte by byte. */
  public Window window() {
    return new Window();
  }

  /**
   * The bytes of a line in an array, for a reader that takes lines apart byte by byte: for a text
   * in memory, its own array; for a file mapped into memory, a block of lines copied at a time (a
   * copy per line took longer than the fresh memory it saved). Not for two threads at once.
   */
  public final class Window {

    private byte[] block;
    private int first; // where block[0] lies in the text
    private int filled;

    private Window() {
      if (bytes.hasArray() && bytes.arrayOffset() == 0) {
        block = bytes.array();
        filled = bytes.limit();
      } else {
        block = new byte[0];
      }
    }

    /**
     * Brings line {@code index} (from 0) into {@link #bytes} whole; where it begins there. It ends
     * {@link SourceLines#length} bytes further.
     */
    public int start(int index) {
      int s = SourceLines.this.start(index);
      int e = starts[index + 1];
      if (s < first || e > first + filled) {
        if (block.length < e - s) {
          block = new byte[Math.max(BLOCK, e - s)];
        }
        first = s;
        filled = Math.min(block.length, bytes.limit() - s);
        bytes.get(s, block, 0, filled);
      }
      return s - first;
    }

    /** The array {@link #start} brought the line into; a later call may give another. */
    public byte[] bytes() {
      return block;
    }
  }

  /** Copies line {@code index}, without its line break, to the start of {@code into}. */
  private int copy(int index, byte[] into) {
    int s = start(index);
    int length = end(index) - s;
    bytes.get(s, into, 0, length);
    return length;
  }

  /** Where line {@code index} begins in the text, in bytes. */
  public int start(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("line " + index + " of " + size);
    }
    return starts[index];
  }

  /** Where line {@code index} ends in the text, in bytes, before its line break. */
  public int end(int index) {
    int s = start(index);
    int e = starts[index + 1];
    if (e > s && bytes.get(e - 1) == '\n') {
      e--;
      if (e > s && bytes.get(e - 1) == '\r') {
        e--;
      }
    } else if (e > s && bytes.get(e - 1) == '\r') {
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
      byte b = bytes.get(i);
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
