package networth.print.batik;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.Transcoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;

/** Runs one of Batik's transcoders (PNG, or FOP's PDF) over an SVG document held in memory. */
public final class Transcode {

  private Transcode() {}

  /**
   * The bytes the transcoder writes for the SVG.
   *
   * @param what the output's name for a message, "PNG" or "PDF"
   */
  public static byte[] svg(Transcoder transcoder, String svg, String what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException(
          "the map could not be drawn as " + what + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The width the SVG gives itself, in its own units. */
  public static double width(String svg) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<svg[^>]*? width=\"([0-9.]+)\"").matcher(svg);
    if (!m.find()) {
      throw new IllegalArgumentException("not an SVG with a width");
    }
    return Double.parseDouble(m.group(1));
  }
}
