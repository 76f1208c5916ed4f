package networth.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads from a file by position, which threads may do side by side on one channel. */
public final class FileReads {

  private FileReads() {}

  /**
   * Fills {@code into[off, off + len)} with the file's bytes from {@code at} on (one read may give
   * fewer).
   *
   * @throws EOFException when the file ends before them (it was shortened while it was read)
   */
  public static void readFully(FileChannel file, long at, byte[] into, int off, int len)
      throws IOException {
    ByteBuffer b = ByteBuffer.wrap(into, off, len);
    while (b.hasRemaining()) {
      long from = at + (b.position() - off);
      if (file.read(b, from) < 0) {
        throw new EOFException("the file ended at byte " + from);
      }
    }
  }
}
