package networth.print.pdf;

import networth.print.batik.Transcode;
import org.apache.commons.logging.impl.NoOpLog;
import org.apache.fop.svg.PDFTranscoder;

/**
 * Turns the SVG map into a one-page PDF of the same size, with Apache FOP's PDF transcoder (built
 * on Batik): vector shapes and text, so it stays sharp at any zoom. Text is set in the PDF base
 * fonts (Helvetica), so nothing is embedded or fetched.
 */
public final class PdfWriter {

  private PdfWriter() {}

  /** The picture as PDF bytes. */
  public static byte[] write(String svg) {
    Transcode.width(svg);
    PDFTranscoder pdf = new PDFTranscoder();
    // Its own logger otherwise writes warnings straight to standard error
    // (commons-logging.properties
    // quiets the others).
    pdf.setLogger(new NoOpLog());
    // No font files are looked for on the machine: the same PDF everywhere.
    pdf.addTranscodingHint(PDFTranscoder.KEY_AUTO_FONTS, false);
    return Transcode.svg(pdf, svg, "PDF");
  }
}
