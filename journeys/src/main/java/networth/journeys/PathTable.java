package networth.journeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer journeys grouped by path: each distinct sequence of channels once, with what the
 * journeys that took it add up to — their conversions, the value of those conversions, and the
 * journeys that ended without converting (ChannelAttribution's {@code total_null}). Every model
 * reads this table, so memory grows with the number of distinct paths, never with the rows read.
 *
 * <p>Channels are numbered in the order they were first met; a path is an array of those numbers,
 * first touch first. Amounts are doubles because ChannelAttribution's counts may be fractional.
 */
public final class PathTable {
  private final List<String> channels;
  private final int[][] paths;
  private final double[] conversions;
  private final double[] value;
  private final double[] nulls;

  private PathTable(Builder b) {
    this.channels = List.copyOf(b.channels);
    int n = b.paths.size();
    this.paths = b.paths.toArray(new int[n][]);
    this.conversions = Arrays.copyOf(b.conversions, n);
    this.value = Arrays.copyOf(b.value, n);
    this.nulls = Arrays.copyOf(b.nulls, n);
  }

  /** The channels' names, indexed by their number. */
  public List<String> channels() {
    return channels;
  }

  /** The number of distinct paths. */
  public int size() {
    return paths.length;
  }

  /** Path {@code i}'s channels, first touch first (a copy). */
  public int[] path(int i) {
    return paths[i].clone();
  }

  /** How many touchpoints path {@code i} has. */
  public int length(int i) {
    return paths[i].length;
  }

  /** The channel of path {@code i} at {@code position} (0 is the first touch). */
  public int channel(int i, int position) {
    return paths[i][position];
  }

  /** Path {@code i}'s channels by name, first touch first. */
  public List<String> names(int i) {
    List<String> out = new ArrayList<>(paths[i].length);
    for (int c : paths[i]) {
      out.add(channels.get(c));
    }
    return out;
  }

  public double conversions(int i) {
    return conversions[i];
  }

  public double value(int i) {
    return value[i];
  }

  public double nulls(int i) {
    return nulls[i];
  }

  public double totalConversions() {
    return Arrays.stream(conversions).sum();
  }

  public double totalValue() {
    return Arrays.stream(value).sum();
  }

  public double totalNulls() {
    return Arrays.stream(nulls).sum();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds journeys one at a time or already grouped; a path met again adds to its totals. */
  public static final class Builder {
    private final List<String> channels = new ArrayList<>();
    private final Map<String, Integer> channelNumbers = new HashMap<>();
    private final Map<Key, Integer> rows = new HashMap<>();
    private final List<int[]> paths = new ArrayList<>();
    private double[] conversions = new double[16];
    private double[] value = new double[16];
    private double[] nulls = new double[16];

    private Builder() {}

    /** The number of a channel, given one the first time it is met. */
    public int channel(String name) {
      Integer known = channelNumbers.get(name);
      if (known != null) {
        return known;
      }
      int number = channels.size();
      channels.add(name);
      channelNumbers.put(name, number);
      return number;
    }

    /** Adds journeys that took {@code path} (channel names, first touch first; not empty). */
    public Builder add(List<String> path, double conversions, double value, double nulls) {
      int[] ids = new int[path.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = channel(path.get(i));
      }
      return add(ids, conversions, value, nulls);
    }

    /**
     * Adds journeys that took {@code path}, given as numbers from {@link #channel}; the array is
     * kept, so the caller must not change it afterwards.
     */
    public Builder add(int[] path, double conversions, double value, double nulls) {
      if (path.length == 0) {
        throw new IllegalArgumentException("a path has at least one channel");
      }
      for (int c : path) {
        if (c < 0 || c >= channels.size()) {
          throw new IllegalArgumentException("no channel numbered " + c);
        }
      }
      Key key = new Key(path);
      Integer row = rows.get(key);
      if (row == null) {
        row = paths.size();
        rows.put(key, row);
        paths.add(path);
        if (row == this.conversions.length) {
          int grown = row * 2;
          this.conversions = Arrays.copyOf(this.conversions, grown);
          this.value = Arrays.copyOf(this.value, grown);
          this.nulls = Arrays.copyOf(this.nulls, grown);
        }
      }
      this.conversions[row] += conversions;
      this.value[row] += value;
      this.nulls[row] += nulls;
      return this;
    }

    /** The number of distinct paths so far. */
    public int size() {
      return paths.size();
    }

    public PathTable build() {
      return new PathTable(this);
    }
  }

  /** A path as a hash key: equal when the channels are equal, in order. */
  private record Key(int[] path) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(path, k.path);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(path);
    }
  }
}
