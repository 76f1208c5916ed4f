package networth.print.png;

import networth.print.batik.Transcode;
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
    double width = Transcode.width(svg);
    if (!(scale > 0) || scale > 16) {
      throw new IllegalArgumentException(
          "the scale must be more than 0 and at most 16, was " + scale);
    }
    PNGTranscoder png = new PNGTranscoder();
    png.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (width * scale));
    return Transcode.svg(png, svg, "PNG");
  }
}
