package networth.journeys.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import networth.journeys.read.Journey;

/**
 * Time-decay attribution: each touch of a converting journey weighs {@code 2^(-Δt/h)}, Δt being the
 * time from the touch to the conversion (the journey's last touch) and h the half-life; a journey's
 * conversion and value are shared in proportion to its touches' weights (a touch a half-life before
 * the conversion counts half as much as one at it). Needs each touch's time, so it reads journeys
 * from the long format as they are read: give it to the reader as the listener, then ask {@link
 * #credits}. Columns {@code time_decay_conversions} and {@code time_decay_value}.
 */
public final class TimeDecay implements Consumer<Journey> {
  /** Google Analytics' default for clicks. */
  public static final double HALF_LIFE_DAYS_DEFAULT = 7;

  private static final double SECONDS_A_DAY = 86_400;

  private final double halfLifeSeconds;
  private double[] conv = new double[16];
  private double[] value = new double[16];
  private double[] weights = new double[16];

  /** Time decay with a half-life of {@code halfLifeDays} days (more than 0). */
  public TimeDecay(double halfLifeDays) {
    if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
      throw new IllegalArgumentException("the half-life is a number of days above 0, e.g. 7");
    }
    this.halfLifeSeconds = halfLifeDays * SECONDS_A_DAY;
  }

  @Override
  public void accept(Journey j) {
    if (j.conversions() == 0) {
      return;
    }
    int[] channels = j.channels();
    double[] times = j.times();
    int n = channels.length;
    if (weights.length < n) {
      weights = new double[n];
    }
    double end = times[n - 1];
    double total = 0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.pow(2, -(end - times[i]) / halfLifeSeconds);
      total += weights[i];
    }
    for (int i = 0; i < n; i++) {
      int c = channels[i];
      if (c >= conv.length) {
        conv = Arrays.copyOf(conv, Math.max(c + 1, conv.length * 2));
        value = Arrays.copyOf(value, conv.length);
      }
      double share = weights[i] / total;
      conv[c] += j.conversions() * share;
      value[c] += j.value() * share;
    }
  }

  /** The credits so far, over {@code channels} (the read's table's channels). */
  public ChannelCredits credits(List<String> channels) {
    int n = channels.size();
    return new ChannelCredits(
        channels,
        List.of(
            new ChannelCredits.Column("time_decay_conversions", Arrays.copyOf(conv, n)),
            new ChannelCredits.Column("time_decay_value", Arrays.copyOf(value, n))));
  }
}
