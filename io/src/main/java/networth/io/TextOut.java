package networth.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer that gathers text in a buffer of its own and hands it to the UTF-8 encoder a buffer at a
 * time. The JDK's buffered writers take a lock on every call, and a map writer makes tens of
 * millions of small calls; this one is for one thread and takes none. Characters the encoder cannot
 * encode (a lone surrogate) become {@code ?}, as {@link String#getBytes} makes them, so a file
 * written through it has the bytes of the text written whole.
 */
final class TextOut extends Writer {

  private static final int SIZE = 1 << 15;

  private final Writer encoder;
  private final char[] buffer = new char[SIZE];
  private int used;

  TextOut(OutputStream out) {
    this.encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int c) throws IOException {
    if (used == SIZE) {
      drain();
    }
    buffer[used++] = (char) c;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    if (len >= SIZE) {
      drain();
      encoder.write(chars, off, len);
      return;
    }
    if (used + len > SIZE) {
      drain();
    }
    System.arraycopy(chars, off, buffer, used, len);
    used += len;
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    int at = off;
    int end = off + len;
    while (at < end) {
      if (used == SIZE) {
        drain();
      }
      int n = Math.min(end - at, SIZE - used);
      s.getChars(at, at + n, buffer, used);
      used += n;
      at += n;
    }
  }

  @Override
  public void write(String s) throws IOException {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence csq) throws IOException {
    if (csq instanceof StringBuilder b) {
      // A line built in a StringBuilder is copied straight in, not first made a String.
      for (int at = 0; at < b.length(); ) {
        if (used == SIZE) {
          drain();
        }
        int n = Math.min(b.length() - at, SIZE - used);
        b.getChars(at, at + n, buffer, used);
        used += n;
        at += n;
      }
      return this;
    }
    String s = String.valueOf(csq);
    write(s, 0, s.length());
    return this;
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

  private void drain() throws IOException {
    encoder.write(buffer, 0, used);
    used = 0;
  }

  /** Encodes what is gathered and flushes it to the stream below. */
  @Override
  public void flush() throws IOException {
    drain();
    encoder.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    encoder.close();
  }
}
