package networth.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    byte[] bytes = Files.readAllBytes(file);
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
    byte[] bytes = Files.readAllBytes(file);
    int i = 0;
    while (i < bytes.length && bytes[i] >= 0) {
      i++;
    }
    if (i < bytes.length) {
      CharsetDecoder decoder = strict();
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(1 << 16);
      while (true) {
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
          throw notUtf8(file, bytes);
        }
        if (r.isUnderflow()) {
          break;
        }
        out.clear();
      }
    }
    return bytes;
  }

  /**
   * What is wrong with a file another reader found not to be UTF-8: its first bad byte's place, or
   * nothing if the file is UTF-8 after all. Only called after a failure, so it may read the file
   * again.
   */
  public static java.util.Optional<InputFileException> check(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder = strict();
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return java.util.Optional.empty();
    } catch (CharacterCodingException e) {
      return java.util.Optional.of(notUtf8(file, bytes));
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
