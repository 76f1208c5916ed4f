package networth.journeys.read;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a journeys file as UTF-8 text: a path, or {@code -} for standard input; gzip is recognised
 * by its first two bytes, whatever the name, because a pipe has no name and a download often loses
 * its {@code .gz}.
 */
public final class Sources {
  /** The name that means standard input. */
  public static final String STDIN = "-";

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int BUFFER = 1 << 16;

  private Sources() {}

  /** Opens {@code name}, reading {@code stdin} when it is {@code -}. */
  public static BufferedReader open(String name, InputStream stdin) throws IOException {
    InputStream raw = STDIN.equals(name) ? stdin : Files.newInputStream(Path.of(name));
    return text(raw);
  }

  /** The stream as UTF-8 text, unpacked first when it starts as gzip does. */
  static BufferedReader text(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    InputStream body =
        b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2 ? new GZIPInputStream(in, BUFFER) : in;
    // Malformed bytes are an error, not replacement characters: a channel name silently changed
    // would be a different channel.
    return new BufferedReader(
        new InputStreamReader(
            body,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        BUFFER);
  }
}
