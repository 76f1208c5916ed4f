package networth.render.layout;

import java.math.BigDecimal;
import java.util.Locale;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.text.Amounts;

/**
 * How an opportunity is drawn: its shape's area in proportion to its value, its amount inside, its
 * status beside. The area, not the width, follows the value because the eye compares areas: 60k
 * then looks five times as big as 12k. The smallest shape is a sixth of the largest, so a small
 * deal stays visible and readable next to a large one.
 */
public final class Opportunities {

  /** The largest shape's width and height, for the map's most valuable opportunity. */
  public static final double MAX_WIDTH = 160;

  /** Width over height of every opportunity's shape. */
  public static final double ASPECT = 2.2;

  /** The smallest shape's area, as a share of the largest's. */
  public static final double MIN_SHARE = 1.0 / 6;

  static final double MAX_AREA = MAX_WIDTH * (MAX_WIDTH / ASPECT);

  private final double maxValue;
  private final String currency;

  private Opportunities(double maxValue, String currency) {
    this.maxValue = maxValue;
    this.currency = currency;
  }

  /** The scale of this map: its most valuable opportunity gets the largest shape. */
  public static Opportunities of(NetworkMap map) {
    double max = map.opportunities().stream().mapToDouble(Opportunities::value).max().orElse(0);
    return new Opportunities(max, map.settings().currency());
  }

  /** An opportunity's face value (not weighted by probability), 0 when it has none. */
  static double value(Node n) {
    return n.deal().value().map(m -> m.amount().doubleValue()).orElse(0.0);
  }

  /**
   * The shape's area: in proportion to the value, the map's largest value at {@link #MAX_AREA},
   * never below {@link #MIN_SHARE} of it.
   */
  public double area(Node n) {
    double share = maxValue > 0 ? value(n) / maxValue : 0;
    return MAX_AREA * Math.max(MIN_SHARE, Math.min(1, share));
  }

  /** The shape's width and height for its area, at {@link #ASPECT}. */
  public double[] shape(Node n) {
    double h = Math.sqrt(area(n) / ASPECT);
    return new double[] {h * ASPECT, h};
  }

  /** The amount written inside the shape ("£60,000"), or empty when it has no value. */
  public String amount(Node n) {
    return n.deal()
        .value()
        .map(m -> Amounts.show(m.amount(), m.currency().isEmpty() ? currency : m.currency()))
        .orElse("");
  }

  /** Where it stands: "won 2014-03", "open, 40%", "lost". */
  public static String status(Node n) {
    int more = n.laterDeals().size();
    // A client who came back is drawn once; the picture says how many deals followed the first.
    return first(n) + (more == 0 ? "" : ", then " + more + " more deal" + (more == 1 ? "" : "s"));
  }

  private static String first(Node n) {
    String date = n.date().map(d -> " " + d).orElse("");
    return switch (n.kind()) {
      case CLIENT -> "won" + date;
      case PROSPECT ->
          "open"
              + (n.deal().probability().isPresent()
                  ? ", " + percent(n.deal().probability().getAsDouble())
                  : "");
      case LOST -> "lost" + date;
      default -> n.kind().keyword();
    };
  }

  private static String percent(double p) {
    BigDecimal pc = BigDecimal.valueOf(p * 100).stripTrailingZeros();
    return (pc.scale() <= 0
            ? pc.toBigInteger().toString()
            : String.format(Locale.ROOT, "%.1f", p * 100))
        + "%";
  }
}
