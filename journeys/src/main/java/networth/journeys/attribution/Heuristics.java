package networth.journeys.attribution;

import java.util.List;
import networth.journeys.PathTable;

/**
 * ChannelAttribution's heuristic models ({@code heuristic_models}), for conversions and value:
 *
 * <ul>
 *   <li>first touch: all of a path's conversions and value to its first channel;
 *   <li>last touch: all to its last channel;
 *   <li>linear touch: an equal share to every touch, so a channel met twice on a path gets two
 *       shares (on {@code A > B > A}, two thirds to A and one third to B).
 * </ul>
 *
 * <p>The columns are named as ChannelAttribution names them when given a value column: {@code
 * first_touch_conversions}, {@code first_touch_value}, {@code last_touch_conversions}, {@code
 * last_touch_value}, {@code linear_touch_conversions}, {@code linear_touch_value}. Channels come in
 * the order first met, as there. One pass over the distinct paths: O(touches of distinct paths).
 * The one difference: ChannelAttribution reads conversions as whole numbers (truncating 2.5 to 2),
 * here they are kept as they are.
 */
public final class Heuristics {
  private Heuristics() {}

  public static ChannelCredits of(PathTable table) {
    int n = table.channels().size();
    double[] firstConv = new double[n];
    double[] firstValue = new double[n];
    double[] lastConv = new double[n];
    double[] lastValue = new double[n];
    double[] linearConv = new double[n];
    double[] linearValue = new double[n];
    double[] touches = new double[n];
    int[] order = new int[16];
    for (int p = 0; p < table.size(); p++) {
      double conv = table.conversions(p);
      double value = table.value(p);
      int length = table.length(p);
      int first = table.channel(p, 0);
      int last = table.channel(p, length - 1);
      firstConv[first] += conv;
      firstValue[first] += value;
      lastConv[last] += conv;
      lastValue[last] += value;
      // ChannelAttribution sums a channel's touches first and divides once: the same order here,
      // so that the numbers agree to the last bit, not only to rounding.
      if (order.length < length) {
        order = new int[length];
      }
      int distinct = 0;
      for (int i = 0; i < length; i++) {
        int c = table.channel(p, i);
        if (touches[c] == 0) {
          order[distinct++] = c;
        }
        touches[c]++;
      }
      for (int k = 0; k < distinct; k++) {
        int c = order[k];
        linearConv[c] += touches[c] * conv / length;
        linearValue[c] += touches[c] * value / length;
        touches[c] = 0;
      }
    }
    return new ChannelCredits(
        table.channels(),
        List.of(
            new ChannelCredits.Column("first_touch_conversions", firstConv),
            new ChannelCredits.Column("first_touch_value", firstValue),
            new ChannelCredits.Column("last_touch_conversions", lastConv),
            new ChannelCredits.Column("last_touch_value", lastValue),
            new ChannelCredits.Column("linear_touch_conversions", linearConv),
            new ChannelCredits.Column("linear_touch_value", linearValue)));
  }
}
