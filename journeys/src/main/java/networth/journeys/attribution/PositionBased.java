package networth.journeys.attribution;

import java.util.List;
import networth.journeys.PathTable;

/**
 * Position-based (U-shaped) attribution: the first touch gets {@code first} of a path's conversions
 * and value, the last touch {@code last}, and the touches between share {@code middle} equally (a
 * channel met twice between gets two shares). Short paths follow Google Analytics' rules: one touch
 * takes everything; two touches split it as {@code first : last} (half each by default), the middle
 * share having no touch to go to. Columns {@code position_based_conversions} and {@code
 * position_based_value}. One pass over the distinct paths.
 */
public final class PositionBased {

  /**
   * The shares of the first touch, the touches between and the last touch; each at least 0,
   * together 1.
   */
  public record Weights(double first, double middle, double last) {
    /** 40% first, 20% between, 40% last. */
    public static final Weights DEFAULT = new Weights(0.4, 0.2, 0.4);

    public Weights {
      if (!(first >= 0 && middle >= 0 && last >= 0)
          || Math.abs(first + middle + last - 1) > 1e-9
          || first + last == 0) {
        throw new IllegalArgumentException(
            "position weights are three shares, none negative, first and last not both 0, that"
                + " add up to 100, e.g. 40,20,40");
      }
    }

    /** Weights given in percent, as {@code --position-weights 40,20,40} gives them. */
    public static Weights percent(double first, double middle, double last) {
      return new Weights(first / 100, middle / 100, last / 100);
    }
  }

  private PositionBased() {}

  public static ChannelCredits of(PathTable table, Weights w) {
    int n = table.channels().size();
    double[] conv = new double[n];
    double[] value = new double[n];
    for (int p = 0; p < table.size(); p++) {
      int length = table.length(p);
      double c = table.conversions(p);
      double v = table.value(p);
      int first = table.channel(p, 0);
      if (length == 1) {
        conv[first] += c;
        value[first] += v;
        continue;
      }
      int last = table.channel(p, length - 1);
      double firstShare = length == 2 ? w.first() / (w.first() + w.last()) : w.first();
      double lastShare = length == 2 ? w.last() / (w.first() + w.last()) : w.last();
      conv[first] += c * firstShare;
      value[first] += v * firstShare;
      conv[last] += c * lastShare;
      value[last] += v * lastShare;
      double between = w.middle() / (length - 2);
      for (int i = 1; i < length - 1; i++) {
        int ch = table.channel(p, i);
        conv[ch] += c * between;
        value[ch] += v * between;
      }
    }
    return new ChannelCredits(
        table.channels(),
        List.of(
            new ChannelCredits.Column("position_based_conversions", conv),
            new ChannelCredits.Column("position_based_value", value)));
  }
}
