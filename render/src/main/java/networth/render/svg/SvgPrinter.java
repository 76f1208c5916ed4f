package networth.render.svg;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns the SVG map into another picture format (PNG, PDF). The writers live in {@code
 * networth-print} with the picture libraries (Batik, FOP) and are found through {@link
 * ServiceLoader}, so that a front end built without them still runs and says what it cannot draw.
 */
public interface SvgPrinter {

  /** The format's name as a download asks for it: {@code png}, {@code pdf}. */
  String format();

  /**
   * The picture's bytes.
   *
   * @param svg the SVG, as {@link SvgWriter} writes it
   * @param scale pixels for each SVG unit, for a format of pixels; a vector format ignores it
   */
  byte[] print(String svg, double scale);

  /** The printer of {@code format} on the class path, if any. */
  static Optional<SvgPrinter> find(String format) {
    return ServiceLoader.load(SvgPrinter.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.format().equals(format))
        .findFirst();
  }
}
