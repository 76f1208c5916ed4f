package networth.journeys.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Synthetic customer journeys for measuring: {@code n} journeys over twelve channels (the names of
 * ChannelAttribution's example data), written in the path format (one row a journey) or one
 * touchpoint a row, plain or gzip. The same seed gives the same file.
 *
 * <p>The shape imitates real journeys rather than noise, so that the number of distinct paths,
 * which is what memory grows with, is realistic: a journey has 1 + a geometric number of touches
 * (mean {@link #MEAN_TOUCHES}); channels are drawn with Zipf-like popularity (the first channel
 * 1/1, the second 1/2, …), and a touch repeats the previous channel with probability 0.3, as
 * retargeting and e-mail do; a journey converts with a probability that grows with its length (3%
 * plus 2% a touch, at most 40%), its value drawn uniformly in 10 to 200. Touches are a few hours to
 * days apart.
 */
public final class SyntheticJourneys {
  /** The mean number of touches a journey. */
  public static final double MEAN_TOUCHES = 6;

  static final String[] CHANNELS = {
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
    "mi"
  };

  /** The file's layout. */
  public enum Layout {
    /** ChannelAttribution's path format, one row per journey. */
    PATHS,
    /** One touchpoint a row, each journey's rows together and in time order. */
    TOUCHES
  }

  private final SplittableRandom random;
  // The gaps between touches come from their own generator, so that both layouts of one seed hold
  // the same journeys.
  private final SplittableRandom gaps;
  private final double[] cumulative = new double[CHANNELS.length];

  public SyntheticJourneys(long seed) {
    this.random = new SplittableRandom(seed);
    this.gaps = new SplittableRandom(~seed);
    double total = 0;
    for (int i = 0; i < CHANNELS.length; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    for (int i = 0; i < CHANNELS.length; i++) {
      cumulative[i] /= total;
    }
  }

  /** Writes {@code n} journeys to {@code out} (not closed). */
  public void write(long n, Layout layout, Writer out) throws IOException {
    out.write(
        layout == Layout.PATHS
            ? "path,total_conversions,total_conversion_value,total_null\n"
            : "journey_id,timestamp,channel,converted,value\n");
    StringBuilder line = new StringBuilder(256);
    int[] touches = new int[64];
    long clock = 1_700_000_000L;
    for (long j = 0; j < n; j++) {
      int length = 1;
      while (length < touches.length && random.nextDouble() > 1 / MEAN_TOUCHES) {
        length++;
      }
      int previous = -1;
      for (int i = 0; i < length; i++) {
        int c = previous >= 0 && random.nextDouble() < 0.3 ? previous : channel();
        touches[i] = c;
        previous = c;
      }
      boolean converted = random.nextDouble() < Math.min(0.4, 0.03 + 0.02 * length);
      double value = converted ? 10 + random.nextDouble() * 190 : 0;
      String shownValue = String.format(Locale.ROOT, "%.2f", value);
      line.setLength(0);
      if (layout == Layout.PATHS) {
        for (int i = 0; i < length; i++) {
          if (i > 0) {
            line.append(" > ");
          }
          line.append(CHANNELS[touches[i]]);
        }
        line.append(converted ? ",1," : ",0,").append(converted ? shownValue : "0");
        line.append(converted ? ",0\n" : ",1\n");
      } else {
        long t = clock + j * 60;
        for (int i = 0; i < length; i++) {
          boolean last = i == length - 1;
          line.append('j').append(j).append(',').append(t).append(',');
          line.append(CHANNELS[touches[i]]).append(',');
          line.append(last && converted ? "1," + shownValue : "0,").append('\n');
          t += 3600 + gaps.nextInt(3 * 86_400);
        }
      }
      out.append(line);
    }
  }

  private int channel() {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /**
   * {@code SyntheticJourneys N FILE [paths|touches] [SEED]}: writes N journeys to FILE, gzip when
   * it ends in {@code .gz}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SyntheticJourneys N FILE [paths|touches] [SEED]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    Path file = Path.of(args[1]);
    Layout layout = args.length > 2 && args[2].equals("touches") ? Layout.TOUCHES : Layout.PATHS;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream body =
            file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer out =
            new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16)) {
      new SyntheticJourneys(seed).write(n, layout, out);
    }
  }
}
