package networth.print.service;

import networth.print.png.PngWriter;
import networth.render.svg.SvgPrinter;

/** {@link PngWriter} as a service, for a front end that finds its printers at run time. */
public final class PngPrinter implements SvgPrinter {

  @Override
  public String format() {
    return "png";
  }

  @Override
  public byte[] print(String svg, double scale) {
    return PngWriter.write(svg, scale);
  }
}
