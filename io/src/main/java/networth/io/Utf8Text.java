package networth.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** A text file read as UTF-8; a byte that is not UTF-8 is reported with its line and column. */
public final class Utf8Text {

  private Utf8Text() {}

  /** A decoder that stops at the first byte that is not UTF-8 instead of replacing it. */
  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The file's text.
   *
   * @throws InputFileException naming {@code file:line:column} of the first byte that is not UTF-8
   */
  public static String read(Path file) throws IOException {
    byte[] bytes = readAll(file);
    CharsetDecoder decoder = strict();
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw notUtf8(file, bytes);
    }
  }

  /**
   * The file's bytes, checked to be UTF-8 (for a reader that takes its text apart byte by byte and
   * makes strings only of what it keeps): half the memory of {@link #read}'s string beside the
   * bytes it was decoded from, and an ASCII file is checked without decoding it.
   *
   * @throws InputFileException naming {@code file:line:column} of the first byte that is not UTF-8
   */
  public static byte[] bytes(Path file) throws IOException {
    byte[] bytes = readAll(file);
    int i = 0;
    while (i < bytes.length && bytes[i] >= 0) {
      i++;
    }
    if (i < bytes.length && !isUtf8(ByteBuffer.wrap(bytes).position(i))) {
      throw notUtf8(file, bytes);
    }
    return bytes;
  }

  /**
   * What is wrong with the first {@code size} bytes of {@code file}, read from {@code channel} by
   * positions (beside a reader reading the same channel): the place of the first byte that is not
   * UTF-8, or nothing. ASCII is told a chunk at a time without decoding; from the first chunk that
   * holds other bytes on, the rest is decoded as it comes.
   *
   * @throws InputFileException when the file no longer has {@code size} bytes ({@link
   *     #changedWhileRead})
   */
  public static Optional<InputFileException> problem(Path file, FileChannel channel, long size)
      throws IOException {
    byte[] block = new byte[(int) Math.min(CHUNK, Math.max(size, 1)) + 4];
    CharsetDecoder decoder = null;
    CharBuffer out = null;
    int carried = 0; // the start of a character cut by the end of the chunk before
    for (long at = 0; at < size; ) {
      int n = (int) Math.min(block.length - 4, size - at);
      try {
        FileReads.readFully(channel, at, block, carried, n);
      } catch (java.io.EOFException e) {
        throw changedWhileRead(file);
      }
      at += n;
      if (decoder == null) {
        // Every byte's high bit gathered: a loop the compiler turns into vector instructions.
        int high = 0;
        for (int i = 0; i < n; i++) {
          high |= block[i];
        }
        if (high >= 0) {
          continue;
        }
        decoder = strict();
        out = CharBuffer.allocate(block.length);
      }
      ByteBuffer in = ByteBuffer.wrap(block, 0, carried + n);
      while (true) {
        CoderResult r = decoder.decode(in, out, at >= size);
        if (r.isError()) {
          return Optional.of(notUtf8(file, readAll(file)));
        }
        out.clear();
        if (r.isUnderflow()) {
          break;
        }
      }
      carried = in.remaining();
      System.arraycopy(block, in.position(), block, 0, carried);
    }
    return Optional.empty();
  }

  /**
   * What to tell a user whose file was shortened while it was read: the file no longer has the
   * bytes it had when reading began.
   */
  public static InputFileException changedWhileRead(Path file) {
    return new InputFileException(
        file + ": the file changed while it was read: read it again once it is saved");
  }

  private static boolean isUtf8(ByteBuffer in) {
    CharsetDecoder decoder = strict();
    CharBuffer out = CharBuffer.allocate(1 << 16);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return false;
      }
      if (r.isUnderflow()) {
        return true;
      }
      out.clear();
    }
  }

  /**
   * What is wrong with a file another reader found not to be UTF-8: its first bad byte's place, or
   * nothing if the file is UTF-8 after all. Only called after a failure, so it may read the file
   * again.
   */
  public static Optional<InputFileException> check(Path file) throws IOException {
    byte[] bytes = readAll(file);
    CharsetDecoder decoder = strict();
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.empty();
    } catch (CharacterCodingException e) {
      return Optional.of(notUtf8(file, bytes));
    }
  }

  // Files.readAllBytes reads a file in one call, through a temporary direct buffer as large as the
  // file: on a 230 MB map that is 230 MB of fresh memory the kernel must clear, beside the array,
  // and took over a second; reading in chunks of 1 MB through one small buffer took a tenth of it.
  private static final int CHUNK = 1 << 20;

  /**
   * All of a file's bytes, read in chunks (see {@link #CHUNK}); a file that grows is read whole.
   */
  static byte[] readAll(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new IOException(file + " is larger than 2 GB");
      }
      byte[] bytes = new byte[(int) size];
      ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(CHUNK, Math.max(size, 1)));
      int filled = 0;
      while (true) {
        buffer.clear();
        int n = channel.read(buffer);
        if (n < 0) {
          return filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled);
        }
        if (filled + n > bytes.length) {
          if ((long) filled + n > Integer.MAX_VALUE - 8) {
            throw new IOException(file + " is larger than 2 GB");
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, 2L * (filled + n)));
        }
        buffer.flip();
        buffer.get(bytes, filled, n);
        filled += n;
      }
    }
  }

  /** Finds the first bad byte again, counting lines and characters up to it (only on failure). */
  static InputFileException notUtf8(Path file, byte[] bytes) {
    CharsetDecoder decoder = strict();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int bad = in.position();
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.limit(); i++) {
      char c = out.get(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new InputFileException(
        String.format(
            java.util.Locale.ROOT,
            "%s:%d:%d: not UTF-8 text (byte 0x%02X at offset %d): save the file as UTF-8",
            file,
            line,
            column,
            bytes[bad] & 0xff,
            bad));
  }
}
