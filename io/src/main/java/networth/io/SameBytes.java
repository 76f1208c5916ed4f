package networth.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares the bytes written to it with a file's, a buffer at a time, so that a rewrite can tell
 * whether it changes anything without holding the old and the new text whole.
 */
final class SameBytes extends OutputStream {

  private final InputStream original;
  private byte[] read = new byte[1 << 16];
  private boolean differs;

  private SameBytes(InputStream original) {
    this.original = original;
  }

  /** Compares with {@code file}'s bytes; closed by {@link #same}. */
  static SameBytes as(Path file) throws IOException {
    return new SameBytes(Files.newInputStream(file));
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (differs) {
      return;
    }
    if (read.length < len) {
      read = new byte[len];
    }
    int got = original.readNBytes(read, 0, len);
    differs = got != len || !Arrays.equals(b, off, off + len, read, 0, len);
  }

  /** Whether everything written was the file, and the file held nothing more. */
  boolean same() throws IOException {
    try (original) {
      return !differs && original.read() < 0;
    }
  }

  @Override
  public void close() throws IOException {
    original.close();
  }
}
