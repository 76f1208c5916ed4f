package networth.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Content codings (RFC 9110, section 8.4): an answer compressed once, when it is written, and sent
 * compressed to whoever accepts it, instead of compressed again for every request by Javalin's own
 * compression, which held the 10,000-node map's summary (636 KB, 19 KB compressed) to about 80
 * answers a second (BENCHMARKS.md, "The server under load").
 */
public final class Encodings {

  /**
   * Answers shorter than this go uncompressed: the headers and the gzip frame would eat most of the
   * gain. The same bound as Javalin's own compression, so nothing short is compressed by it either.
   */
  public static final int GZIP_FROM_BYTES = 1500;

  private Encodings() {}

  /** {@code bytes} gzip-compressed (RFC 1952), as a browser reads them. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip into memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Whether a request's {@code Accept-Encoding} takes gzip: {@code gzip}, {@code x-gzip} or {@code
   * *} with a weight above 0, and gzip not refused by name ({@code gzip;q=0}). No header at all
   * takes only the plain bytes here: a client that says nothing gets what every client reads.
   */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean byName = false;
    boolean named = false;
    boolean any = false;
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
      boolean wanted = weight(pieces) > 0;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        named = true;
        byName |= wanted;
      } else if (coding.equals("*")) {
        any = wanted;
      }
    }
    return named ? byName : any;
  }

  /** The weight ({@code q=}) of one coding of the header, 1 when it gives none. */
  private static double weight(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String p = pieces[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0; // a weight nobody can read accepts nothing
        }
      }
    }
    return 1;
  }
}
