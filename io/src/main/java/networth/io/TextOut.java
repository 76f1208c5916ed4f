package networth.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A writer that encodes text as UTF-8 into a buffer of its own and hands the stream below a buffer
 * at a time. The JDK's buffered writers take a lock on every call, and a map writer makes tens of
 * millions of small calls; this one is for one thread and takes none. It also takes text already
 * encoded ({@link #writeUtf8}): a writer that spells a large map's names once, as bytes, copies
 * them here instead of encoding each again for every link that names them.
 *
 * <p>Short texts are encoded by hand and long ones by the JDK's encoder, into this writer's own
 * buffer: an {@link java.io.OutputStreamWriter} cannot be handed bytes between characters without
 * flushing to the stream below. A character that cannot be encoded (a lone surrogate) becomes
 * {@code ?}, as {@link String#getBytes} makes it, so a file written through it has the bytes of the
 * text written whole.
 */
public final class TextOut extends Writer {

  private static final int SIZE = 1 << 15;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private final char[] chars = new char[1 << 10];
  private final ByteBuffer bytes = ByteBuffer.wrap(buffer);
  // Lone surrogates become '?', the UTF-8 encoder's replacement, as String.getBytes makes them.
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);

  /** How many characters a call must hand over to be encoded by {@link #bulk}. */
  private static final int BULK = 64;

  private int used;
  // A high surrogate written last, waiting for the low one that makes a pair with it (or 0).
  private char high;

  TextOut(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used > SIZE - 4) {
      drain();
    }
    if (c < 0x80 && high == 0) {
      buffer[used++] = (byte) c;
    } else {
      encode((char) c);
    }
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    if (len >= BULK) {
      int at = off;
      while (high != 0 && at < off + len) {
        write(chars[at++]); // pairs with the high surrogate waiting, or writes it as '?'
      }
      bulk(CharBuffer.wrap(chars, at, off + len - at));
      return;
    }
    for (int i = off; i < off + len; i++) {
      if (used > SIZE - 4) {
        drain();
      }
      char c = chars[i];
      if (c < 0x80 && high == 0) {
        buffer[used++] = (byte) c;
      } else {
        encode(c);
      }
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    // Copied out a slice at a time and encoded as characters are: one loop for both.
    for (int at = off; at < off + len; at += chars.length) {
      int n = Math.min(off + len - at, chars.length);
      s.getChars(at, at + n, chars, 0);
      write(chars, 0, n);
    }
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    if (csq instanceof String s) {
      write(s, 0, s.length());
      return this;
    }
    if (csq instanceof StringBuilder b) {
      // A line built in a StringBuilder is copied out a slice at a time, not made a String.
      for (int at = 0; at < b.length(); at += chars.length) {
        int n = Math.min(b.length() - at, chars.length);
        b.getChars(at, at + n, chars, 0);
        write(chars, 0, n);
      }
      return this;
    }
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
  }

  /**
   * Many characters at once, through the JDK's encoder, which encodes a run of ASCII many bytes at
   * a step (a JSON writer hands over thousands of characters a call). A high surrogate it leaves at
   * the end waits for the next character, as one encoded a character at a time does.
   */
  private void bulk(CharBuffer in) throws IOException {
    while (true) {
      bytes.limit(SIZE).position(used);
      CoderResult r = encoder.encode(in, bytes, false);
      used = bytes.position();
      if (r.isOverflow()) {
        drain();
        continue;
      }
      if (in.hasRemaining()) {
        high = in.get(); // underflow with one character left: a high surrogate, kept
      }
      return;
    }
  }

  @Override
  public Writer append(CharSequence csq, int start, int end) throws IOException {
    return append(String.valueOf(csq).subSequence(start, end));
  }

  @Override
  public Writer append(char c) throws IOException {
    write(c);
    return this;
  }

  /**
   * Copies {@code bytes[off, off + len)}, text already encoded as UTF-8 whole (no character cut in
   * two), as it is.
   */
  public void writeUtf8(byte[] bytes, int off, int len) throws IOException {
    if (high != 0) {
      unpaired();
    }
    if (len > SIZE - used) {
      drain();
      if (len > SIZE) {
        out.write(bytes, off, len);
        return;
      }
    }
    System.arraycopy(bytes, off, buffer, used, len);
    used += len;
  }

  /** One character that is not ASCII, or follows a high surrogate; room for four bytes is made. */
  private void encode(char c) {
    if (high != 0) {
      if (Character.isLowSurrogate(c)) {
        int p = Character.toCodePoint(high, c);
        high = 0;
        buffer[used++] = (byte) (0xF0 | (p >> 18));
        buffer[used++] = (byte) (0x80 | ((p >> 12) & 0x3F));
        buffer[used++] = (byte) (0x80 | ((p >> 6) & 0x3F));
        buffer[used++] = (byte) (0x80 | (p & 0x3F));
        return;
      }
      unpaired();
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else if (c < 0x800) {
      buffer[used++] = (byte) (0xC0 | (c >> 6));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      buffer[used++] = '?';
    } else {
      buffer[used++] = (byte) (0xE0 | (c >> 12));
      buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[used++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** A high surrogate that no low one followed: a {@code ?} (room for it is always left). */
  private void unpaired() {
    high = 0;
    buffer[used++] = '?';
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  /**
   * Hands what is gathered to the stream below and flushes it; a high surrogate still waiting for
   * its pair is written as {@code ?} first, as the end of the text leaves it unpaired.
   */
  @Override
  public void flush() throws IOException {
    if (high != 0) {
      if (used == SIZE) {
        drain();
      }
      unpaired();
    }
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
