package networth.journeys.read;

/**
 * One customer's journey read from the long format: its touches in time order (channels numbered as
 * the {@code PathTable} numbers them), when each happened, and whether and for how much it
 * converted. The conversion is taken to happen at the last touch.
 *
 * @param channels the channels touched, first touch first
 * @param times each touch's time in epoch seconds, in the same order, never decreasing
 * @param conversions 1 when the journey converted, else 0
 * @param value the conversion value (0 when it did not convert)
 */
public record Journey(int[] channels, double[] times, double conversions, double value) {
  public Journey {
    if (channels.length != times.length || channels.length == 0) {
      throw new IllegalArgumentException("a journey has touches, each with its time");
    }
  }
}
