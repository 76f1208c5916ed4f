package networth.journeys.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Credit per channel under one or more models: one row per channel, in the order the channels were
 * first met, and named columns of numbers (ChannelAttribution's names, such as {@code
 * first_touch_conversions}). Models give their columns this way so that the command prints any of
 * them, and several side by side, without knowing which it is.
 *
 * @param channels the channels' names, one per row
 * @param columns the columns, each with one number per channel
 */
public record ChannelCredits(List<String> channels, List<Column> columns) {

  public ChannelCredits {
    channels = List.copyOf(channels);
    columns = List.copyOf(columns);
    for (Column c : columns) {
      if (c.values().length != channels.size()) {
        throw new IllegalArgumentException(
            "column " + c.name() + " has " + c.values().length + " rows, not " + channels.size());
      }
    }
  }

  /** One named column: {@code values[i]} is channel {@code i}'s credit. */
  public record Column(String name, double[] values) {
    public Column {
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    /** Channel {@code i}'s credit, without copying the column. */
    public double value(int i) {
      return values[i];
    }

    /** The column's total. */
    public double total() {
      double t = 0;
      for (double v : values) {
        t += v;
      }
      return t;
    }
  }

  /** The column named {@code name}. */
  public Column column(String name) {
    for (Column c : columns) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  /** These columns and then {@code other}'s, over the same channels. */
  public ChannelCredits and(ChannelCredits other) {
    if (!other.channels.equals(channels)) {
      throw new IllegalArgumentException("credits over different channels cannot be joined");
    }
    List<Column> all = new ArrayList<>(columns);
    all.addAll(other.columns);
    return new ChannelCredits(channels, all);
  }
}
