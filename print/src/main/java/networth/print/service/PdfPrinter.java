package networth.print.service;

import networth.print.pdf.PdfWriter;
import networth.render.svg.SvgPrinter;

/** {@link PdfWriter} as a service, for a front end that finds its printers at run time. */
public final class PdfPrinter implements SvgPrinter {

  @Override
  public String format() {
    return "pdf";
  }

  /** A PDF is drawn in vectors: it has no scale. */
  @Override
  public byte[] print(String svg, double scale) {
    return PdfWriter.write(svg);
  }
}
