package networth.render.journeys;

import java.util.Locale;

/** Numbers as the journeys report shows them to people: grouped thousands, fixed decimals. */
final class Figures {

  private Figures() {}

  /** Conversions or value: {@code 5,344.95}; two decimals so that small shares still show. */
  static String amount(double x) {
    return String.format(Locale.ROOT, "%,.2f", clean(x));
  }

  /** A count of journeys: {@code 68,602}, with two decimals only when it has a fraction. */
  static String count(double x) {
    double c = clean(x);
    return c == Math.rint(c)
        ? String.format(Locale.ROOT, "%,.0f", c)
        : String.format(Locale.ROOT, "%,.2f", c);
  }

  /** A share of 1 in percent with one decimal: {@code 55.8%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", clean(share) * 100);
  }

  /** A share as {@link #percent}, but "<0.1%" for one above 0 that would show as 0.0%. */
  static String smallShare(double share) {
    return share > 0 && share < 0.0005 ? "<0.1%" : percent(share);
  }

  /** A score between 0 and 1 to four decimals, as ChannelAttribution's AUCs are read. */
  static String score(double x) {
    return String.format(Locale.ROOT, "%.4f", clean(x));
  }

  /** Rounding error below a millionth is not shown as "-0.00". */
  private static double clean(double x) {
    return Math.abs(x) < 1e-9 ? 0 : x;
  }
}
