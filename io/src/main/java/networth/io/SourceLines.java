package networth.io;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A text's lines over its UTF-8 bytes, split as {@link String#lines} splits them (at {@code \n},
 * {@code \r\n} or {@code \r}; no empty line after a final line break), each made into a string only
 * when asked for. A map of millions of lines kept as strings costs several times its file in
 * memory; kept as bytes and a byte per line ({@link LineIndex}) it costs little more than the file,
 * while messages can still show any line. The bytes may stay in their file ({@link #inFile}), read
 * a block at a time where they are needed: a large map's file then costs the program no memory at
 * all (mapped into memory, its pages counted in the program's own as they were read, a quarter of a
 * gigabyte on the million-node map). Readers that take lines apart byte by byte do it through a
 * {@link Window}.
 *
 * <p>Immutable: the bytes given are not copied, and must not change afterwards.
 */
public final class SourceLines extends AbstractList<String> implements RandomAccess {

  private final Text bytes;
  private final LineIndex starts; // where each line begins; one more: the text's length
  private final int size;
  // The lines that end in \r\n (the others end in one byte, but a last line without a break).
  private final BitSet crlf;
  private final boolean lastEnded;
  // Whether every byte is ASCII, found while the line breaks were looked for.
  private final boolean ascii;
  // Each thread's window, for what is asked of one line (isBlank): a line read at a time from a
  // file would be a read of the file for each.
  private final ThreadLocal<Window> windows = ThreadLocal.withInitial(this::window);

  private SourceLines(
      Text bytes, LineIndex starts, int size, BitSet crlf, boolean lastEnded, boolean ascii) {
    this.bytes = bytes;
    this.starts = starts;
    this.size = size;
    this.crlf = crlf;
    this.lastEnded = lastEnded;
    this.ascii = ascii;
  }

  /** The lines of {@code utf8}, which the caller has checked to be UTF-8. */
  public static SourceLines of(byte[] utf8) {
    return of(new InArray(utf8));
  }

  /**
   * The lines of the first {@code size} bytes of a file, read from {@code file} where and when they
   * are needed, by positions (threads may read side by side); the caller checks them to be UTF-8
   * and keeps the file open as long as the lines are used. A file another program shortens
   * meanwhile makes a read fail with a {@link Shortened}; one that fails otherwise, with an {@link
   * java.io.UncheckedIOException}.
   */
  public static SourceLines inFile(FileChannel file, int size) {
    return of(new InFile(file, size));
  }

  /** What a read of a file's lines throws when the file no longer has the bytes it had. */
  public static final class Shortened extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Shortened() {
      super("the file was shortened while it was read");
    }
  }

  /**
   * Some lines of a file's first {@code size} bytes, spread evenly over them and read straight from
   * the file, for a guess of what a large file holds while its line breaks are still being found:
   * the whole lines within each of {@code count} windows of {@code width} bytes evenly apart (the
   * first at the file's start; the part of a window before its first line break is taken for a
   * line's end, unless the window starts the file), and the bytes they take with their line breaks.
   */
  public static Spread spread(FileChannel file, int size, int count, int width) {
    Text bytes = new InFile(file, size);
    List<String> found = new ArrayList<>();
    long taken = 0;
    byte[] window = new byte[width];
    for (int k = 0; k < count; k++) {
      int at = (int) ((long) k * size / count);
      int length = Math.min(width, size - at);
      if (length <= 0) {
        continue;
      }
      bytes.get(at, window, 0, length);
      int from = at == 0 ? 0 : -1;
      for (int i = 0; i < length; i++) {
        byte b = window[i];
        if (b != '\n' && b != '\r') {
          continue;
        }
        int end = i;
        if (b == '\r' && i + 1 < length && window[i + 1] == '\n') {
          i++;
        }
        if (from >= 0) {
          found.add(new String(window, from, end - from, StandardCharsets.UTF_8));
          taken += i + 1 - from;
        }
        from = i + 1;
      }
    }
    return new Spread(List.copyOf(found), taken, size);
  }

  /**
   * Lines found by {@link #spread}, how many bytes they take with their line breaks, and how many
   * the file holds.
   */
  public record Spread(List<String> lines, long bytes, int of) {}

  /** Where the bytes are, read only by position: in memory, or in a file. */
  private abstract static class Text {
    abstract int length();

    /** Copies bytes [at, at + length) to {@code into} from {@code off}. */
    abstract void get(int at, byte[] into, int off, int length);

    /** The bytes, when they are all in one array from its first. */
    Optional<byte[]> array() {
      return Optional.empty();
    }
  }

  private static final class InArray extends Text {
    private final byte[] bytes;

    InArray(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    int length() {
      return bytes.length;
    }

    @Override
    void get(int at, byte[] into, int off, int length) {
      System.arraycopy(bytes, at, into, off, length);
    }

    @Override
    Optional<byte[]> array() {
      return Optional.of(bytes);
    }
  }

  private static final class InBuffer extends Text {
    private final ByteBuffer bytes; // read only by absolute index, never through its position

    InBuffer(ByteBuffer bytes) {
      this.bytes = bytes;
    }

    @Override
    int length() {
      return bytes.limit();
    }

    @Override
    void get(int at, byte[] into, int off, int length) {
      bytes.get(at, into, off, length);
    }
  }

  private static final class InFile extends Text {
    private final FileChannel file;
    private final int size;

    InFile(FileChannel file, int size) {
      this.file = file;
      this.size = size;
    }

    @Override
    int length() {
      return size;
    }

    @Override
    void get(int at, byte[] into, int off, int length) {
      try {
        FileReads.readFully(file, at, into, off, length);
      } catch (java.io.EOFException e) {
        throw new Shortened();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  // How much of a buffer the line breaks are looked for in at once, copied into an array: a
  // mapped file's bytes read one at a time through the buffer take several times as long.
  private static final int BLOCK = 1 << 16;

  // Eight bytes of an array read as one long.
  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /**
   * The high bit of each of the eight bytes of {@code x} (read little-endian) that may be below 14
   * (a line break is 10 or 13): the bit trick of "Bit Twiddling Hacks" (hasless). The lowest bit
   * set, if any, is exact: its byte is below 14, and every byte before it is not (a byte's borrow
   * only reaches the bytes above it). A byte above it may be flagged wrongly, and a byte from 0x80
   * on is never flagged.
   */
  private static long belowFourteen(long x) {
    return (x - 0x0E0E0E0E0E0E0E0EL) & ~x & 0x8080808080808080L;
  }

  /**
   * The lines of the bytes from 0 to the limit of {@code utf8} (the bytes of a file mapped into
   * memory, for one), which the caller has checked to be UTF-8 and must not change.
   */
  public static SourceLines of(ByteBuffer utf8) {
    return of(new InBuffer(utf8));
  }

  /** How many bytes make a text large enough to look for its line breaks in two halves at once. */
  private static final int SPLIT_FROM = 8 << 20;

  private static SourceLines of(Text utf8) {
    return of(utf8, SPLIT_FROM);
  }

  /** The same, a text of {@code splitFrom} bytes or more in two halves side by side: for tests. */
  static SourceLines of(byte[] utf8, int splitFrom) {
    return of(new InArray(utf8), splitFrom);
  }

  /**
   * The lines, found by one scan of the text or, for a large one, by two side by side: a
   * million-node map's 230 MB took a fifth of a second on one processor before anything else could
   * start. The second half starts right after a {@code \n} near the middle, where a line surely
   * starts.
   */
  private static SourceLines of(Text utf8, int splitFrom) {
    int n = utf8.length();
    int middle = n >= splitFrom ? afterBreakFrom(utf8, n / 2) : -1;
    Scan scan;
    if (middle <= 0 || middle >= n) {
      scan = Scan.of(utf8, 0, n, Math.max(16, n / 32));
    } else {
      java.util.concurrent.FutureTask<Scan> second =
          Workers.started(
              "line breaks", () -> Scan.of(utf8, middle, n, Math.max(16, (n - middle) / 32)));
      Scan first = Scan.of(utf8, 0, middle, Math.max(16, n / 32));
      scan = first.followedBy(Workers.joined(second));
    }
    int size = scan.count;
    // No empty line after a final line break: its start is the end of the text.
    boolean lastEnded = size > 0 && scan.lastStart == n;
    if (lastEnded) {
      size--;
    } else if (size > 0) {
      scan.steps.add(n - scan.lastStart);
    }
    return new SourceLines(utf8, scan.steps.build(0), size, scan.crlf, lastEnded, scan.high >= 0);
  }

  /** Where the line after the first {@code \n} from {@code at} on starts; -1 if none is near. */
  private static int afterBreakFrom(Text utf8, int at) {
    byte[] block = new byte[BLOCK];
    for (int from = at; from < utf8.length() && from < at + 16 * BLOCK; from += BLOCK) {
      int length = Math.min(BLOCK, utf8.length() - from);
      utf8.get(from, block, 0, length);
      for (int i = 0; i < length; i++) {
        if (block[i] == '\n') {
          return from + i + 1;
        }
      }
    }
    return -1;
  }

  /**
   * The line breaks of bytes [from, to): how many lines, the first starting at {@code from}; the
   * steps from each line's start to the next's, but for the last, and where the last starts; the
   * lines, counted from that first, that end in \r\n; every byte's high bit, gathered.
   */
  private static final class Scan {
    LineIndex.Builder steps;
    int count;
    int lastStart;
    final BitSet crlf = new BitSet();
    int high;

    static Scan of(Text utf8, int from, int to, int guess) {
      Scan s = new Scan();
      LineIndex.Builder steps = new LineIndex.Builder(guess);
      // Every line break starts a line; a \n right after a \r only moves the start after it. A
      // line's step is known once the next line's start can no longer move: at the break after.
      int size = to > from ? 1 : 0;
      int lastReturn = -2;
      int lastStart = from; // where line size - 1 starts
      int before = from; // where line size - 2 starts
      int high = 0;
      long highs = 0;
      byte[] block = new byte[Math.min(BLOCK, Math.max(to - from, 1))];
      for (int blockStart = from; blockStart < to; blockStart += block.length) {
        int length = Math.min(block.length, to - blockStart);
        utf8.get(blockStart, block, 0, length);
        int j = 0;
        while (true) {
          // Past every byte that is no line break (above \r, nearly all of them): eight at a time
          // while no byte of the eight is below \r + 1 (bytes from 0x80 on, the rest of UTF-8,
          // are never taken for one), straight to the first of the eight that is (the lowest byte
          // flagged is always one: see belowFourteen), and one at a time in the last few bytes.
          // Every byte's high bit is gathered on the way, in one pass over the bytes: each eight
          // read at once, and each byte the last loop stops at (one it passes is above \r and
          // below 0x80).
          long flagged = 0;
          while (j + 8 <= length) {
            long x = (long) LONGS.get(block, j);
            highs |= x;
            flagged = belowFourteen(x);
            if (flagged != 0) {
              j += Long.numberOfTrailingZeros(flagged) >>> 3;
              break;
            }
            j += 8;
          }
          if (flagged == 0) {
            while (j < length && block[j] > '\r') {
              j++;
            }
            if (j == length) {
              break;
            }
          }
          byte b = block[j];
          high |= b;
          int i = blockStart + j++;
          if (b == '\n' && lastReturn == i - 1) {
            lastStart = i + 1;
            s.crlf.set(size - 2);
          } else if (b == '\n' || b == '\r') {
            if (b == '\r') {
              lastReturn = i;
            }
            if (size >= 2) {
              steps.add(lastStart - before);
            }
            before = lastStart;
            lastStart = i + 1;
            size++;
          }
        }
      }
      if (size >= 2) {
        steps.add(lastStart - before);
      }
      s.steps = steps;
      s.count = size;
      s.lastStart = lastStart;
      s.high = high | ((highs & 0x8080808080808080L) != 0 ? -1 : 0);
      return s;
    }

    /**
     * These lines, then those of {@code next}, which starts where this one's last line starts (a
     * line break ends this one's bytes).
     */
    Scan followedBy(Scan next) {
      int shift = count - 1;
      int total = shift + next.count;
      steps.followedBy(next.steps);
      lastStart = next.lastStart;
      for (int l = next.crlf.nextSetBit(0); l >= 0; l = next.crlf.nextSetBit(l + 1)) {
        crlf.set(shift + l);
      }
      count = total;
      high |= next.high;
      return this;
    }
  }

  /**
   * Whether every byte of the text is ASCII (below 0x80): then it is UTF-8 too, and a file's need
   * not be checked again.
   */
  public boolean isAscii() {
    return ascii;
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
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("line " + index + " of " + size);
    }
    int step = starts.step(index);
    if (index == size - 1 && !lastEnded) {
      return step;
    }
    return Math.max(0, step - (crlf.get(index) ? 2 : 1));
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
    private final LineIndex.Cursor cursor = starts.cursor();

    private Window() {
      Optional<byte[]> whole = bytes.array();
      block = whole.orElse(new byte[0]);
      filled = block.length;
    }

    /**
     * Brings line {@code index} (from 0) into {@link #bytes} whole; where it begins there. It ends
     * {@link SourceLines#length} bytes further.
     */
    public int start(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("line " + index + " of " + size);
      }
      int s = cursor.moveTo(index);
      int e = s + cursor.step();
      if (s < first || e > first + filled) {
        if (block.length < e - s) {
          block = new byte[Math.max(BLOCK, e - s)];
        }
        first = s;
        filled = Math.min(block.length, bytes.length() - s);
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
    return starts.start(index);
  }

  /** Where line {@code index} ends in the text, in bytes, before its line break. */
  public int end(int index) {
    return start(index) + length(index);
  }

  /**
   * Whether line {@code index} is blank as {@link String#isBlank} says, told from its bytes unless
   * it holds a character beyond ASCII.
   */
  public boolean isBlank(int index) {
    Window w = windows.get();
    int from = w.start(index);
    byte[] b = w.bytes();
    for (int i = from, e = from + length(index); i < e; i++) {
      if (b[i] < 0) {
        return get(index).isBlank();
      }
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }
}
