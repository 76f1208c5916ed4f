package networth.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import networth.io.FileReads;

/**
 * The bytes of a JSON document: in memory (a small file, a test), or in its file, read where they
 * are needed. A large map is not held whole: Jackson reads it as a stream, the threads that read
 * its links ahead read their parts themselves, and a place's column is counted from a few bytes
 * read again. A file read so costs its parts' memory, not its size: the million-node map's file is
 * half a gigabyte.
 */
abstract class JsonInput {

  /** How many bytes the document has. */
  abstract long size();

  /**
   * Reads {@code len} bytes from {@code at} into {@code into[off…]}.
   *
   * @throws EOFException when the document is shorter (a file shortened while it is read)
   */
  abstract void read(long at, byte[] into, int off, int len) throws IOException;

  /** The document from byte {@code at} on, as a stream. */
  abstract InputStream from(long at);

  /** Jackson's parser over the whole document, the fastest it has for it. */
  abstract JsonParser parser(JsonFactory factory) throws IOException;

  /**
   * Whether every byte its streams read was UTF-8, and one of them read to the end: a document in
   * memory was checked before, so always; a file's bytes that only the threads reading ahead read
   * are plain elements, ASCII, and every other byte is read by a stream ({@link #from}), checked as
   * it is read. False when a byte was not UTF-8, or when no stream reached the end (reading stopped
   * early): the file must then be checked whole.
   */
  abstract boolean wasUtf8();

  /** The bytes of a document in memory. */
  static JsonInput of(byte[] utf8) {
    return new InMemory(utf8);
  }

  /** The bytes of a document in a file open for reading; they are read where they stand. */
  static JsonInput of(FileChannel file) throws IOException {
    return new InFile(file, file.size());
  }

  private static final class InMemory extends JsonInput {
    private final byte[] utf8;

    InMemory(byte[] utf8) {
      this.utf8 = utf8;
    }

    @Override
    long size() {
      return utf8.length;
    }

    @Override
    void read(long at, byte[] into, int off, int len) throws IOException {
      if (at < 0 || at + len > utf8.length) {
        throw new EOFException("the document has " + utf8.length + " bytes");
      }
      System.arraycopy(utf8, (int) at, into, off, len);
    }

    @Override
    InputStream from(long at) {
      return new ByteArrayInputStream(utf8, (int) at, utf8.length - (int) at);
    }

    @Override
    JsonParser parser(JsonFactory factory) throws IOException {
      return factory.createParser(utf8);
    }

    @Override
    boolean wasUtf8() {
      return true;
    }
  }

  private static final class InFile extends JsonInput {
    // What a stream reads from the file at a time: Jackson asks for 8,000 bytes, and each read is
    // a call into the system.
    private static final int STREAM_BLOCK = 1 << 20;

    private final FileChannel file;
    private final long size;
    private volatile boolean notUtf8;
    private volatile boolean readToEnd;

    InFile(FileChannel file, long size) {
      this.file = file;
      this.size = size;
    }

    @Override
    long size() {
      return size;
    }

    @Override
    void read(long at, byte[] into, int off, int len) throws IOException {
      FileReads.readFully(file, at, into, off, len);
    }

    @Override
    InputStream from(long at) {
      return new BufferedInputStream(new Positioned(at), STREAM_BLOCK);
    }

    @Override
    JsonParser parser(JsonFactory factory) throws IOException {
      return factory.createParser(from(0));
    }

    @Override
    boolean wasUtf8() {
      return readToEnd && !notUtf8;
    }

    /**
     * The file read from a position of its own (streams from two places do not meet), each block
     * checked to be UTF-8 as it is read: its bytes' high bits gathered (a loop the compiler turns
     * into vector instructions), and only a block with a byte beyond ASCII decoded. A stream starts
     * where a character starts (the file's start, or after an element's closing brace).
     */
    private final class Positioned extends InputStream {
      private final CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      // The bytes of a character a block ended inside, and where characters are decoded to.
      private final ByteBuffer carry = ByteBuffer.allocate(8);
      private final CharBuffer out = CharBuffer.allocate(1 << 12);
      private long at;

      Positioned(long at) {
        this.at = at;
      }

      /** Checks {@code into[off, off + n)}, read from the file, to be UTF-8. */
      private void check(byte[] into, int off, int n) {
        int high = 0;
        for (int i = off; i < off + n; i++) {
          high |= into[i];
        }
        if (high >= 0 && carry.position() == 0) {
          return;
        }
        int i = off;
        // A character begun in the last block is finished first, a byte at a time.
        while (carry.position() > 0 && i < off + n) {
          carry.put(into[i++]);
          carry.flip();
          if (decode(carry, false)) {
            return;
          }
          carry.compact();
          if (carry.position() > 4) {
            notUtf8 = true;
            return;
          }
        }
        ByteBuffer in = ByteBuffer.wrap(into, i, off + n - i);
        if (decode(in, false)) {
          return;
        }
        carry.put(in); // at most the three bytes of a character not finished
      }

      /** Decodes what {@code in} holds; whether a byte proved not to be UTF-8 (then said). */
      private boolean decode(ByteBuffer in, boolean last) {
        while (true) {
          CoderResult r = decoder.decode(in, out.clear(), last);
          if (r.isError()) {
            notUtf8 = true;
            return true;
          }
          if (r.isUnderflow()) {
            return false;
          }
        }
      }

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] into, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (at >= size) {
          carry.flip();
          if (!decode(carry, true) && !carry.hasRemaining()) {
            readToEnd = true;
          } else {
            notUtf8 = true;
          }
          carry.clear();
          return -1;
        }
        int n = file.read(ByteBuffer.wrap(into, off, (int) Math.min(len, size - at)), at);
        if (n < 0) {
          throw new EOFException("the file ended at byte " + at + ", before byte " + size);
        }
        check(into, off, n);
        at += n;
        return n;
      }
    }
  }
}
