package networth.render.png;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Turns the SVG map into a PNG for slides, with Apache Batik: no browser, no fonts downloaded. */
public final class PngWriter {

  public static final double SCALE_DEFAULT = 1;

  private PngWriter() {}

  /**
   * The picture as PNG bytes.
   *
   * @param svg the SVG, as {@link networth.render.svg.SvgWriter} writes it
   * @param scale how many pixels for each SVG unit: 2 for a sharp slide
   */
  public static byte[] write(String svg, double scale) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<svg[^>]*? width=\"([0-9.]+)\"").matcher(svg);
    if (!m.find()) {
      throw new IllegalArgumentException("not an SVG with a width");
    }
    double width = Double.parseDouble(m.group(1));
    if (!(scale > 0) || scale > 16) {
      throw new IllegalArgumentException(
          "the scale must be more than 0 and at most 16, was " + scale);
    }
    PNGTranscoder png = new PNGTranscoder();
    png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (width * scale));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      png.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException("the map could not be drawn as PNG: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
