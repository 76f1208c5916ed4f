package networth.io.style;

import java.util.List;

/**
 * The colours that tell things apart in every chart and on the map's group markers: the eight
 * colours of Okabe and Ito's palette (Okabe &amp; Ito, <i>Color Universal Design</i>, 2008), which
 * people with the common forms of colour blindness (protanopia, deuteranopia, tritanopia) still
 * tell apart. They are strong colours, so they never pass for the pale fills of the map's kinds
 * ({@link KindStyle}). Ordered so that the first colours stand out on those fills as well as on
 * white; sky blue (close to the person and content fills) and yellow (faint on white) come last.
 */
public final class Palette {

  /** Blue, orange, bluish green, vermilion, reddish purple, sky blue, black, yellow. */
  public static final List<String> OKABE_ITO =
      List.of(
          "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#000000", "#f0e442");

  private Palette() {}

  /** The colour at this place, round again after the last. */
  public static String colour(int index) {
    return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
  }
}
