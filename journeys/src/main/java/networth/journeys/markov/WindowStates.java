package networth.journeys.markov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the states of a chain of order k over channels given as numbers: {@link #START}, {@link
 * #CONVERSION} and {@link #NULL} first, then each window of channels as first met. A window is
 * looked up by a {@code long} code (its channels as digits in base channels + 1) while that fits,
 * because ten million journeys make tens of millions of look-ups and boxing an array for each would
 * dominate the count; beyond that, by the array itself.
 */
final class WindowStates {
  static final int START = 0;
  static final int CONVERSION = 1;
  static final int NULL = 2;

  private final int order;
  private final long base;
  private final boolean coded;
  private final LongIndex byCode = new LongIndex();
  private final Map<List<Integer>, Integer> byList = new HashMap<>();
  private final List<int[]> windows = new ArrayList<>();

  WindowStates(int channels, int order) {
    this.order = order;
    this.base = channels + 1L;
    this.coded = order * (Math.log(base) / Math.log(2)) < 62;
  }

  /** The states of {@code path}, repeats in a row dropped, each numbered. */
  int[] states(int[] path) {
    int count = Math.max(1, path.length - order + 1);
    int[] out = new int[count];
    int n = 0;
    int previous = -1;
    for (int start = 0; start < count; start++) {
      int s = state(path, start, Math.min(path.length, start + order));
      if (s != previous) {
        out[n++] = s;
        previous = s;
      }
    }
    return n == count ? out : Arrays.copyOf(out, n);
  }

  private int state(int[] path, int from, int to) {
    Integer known;
    if (coded) {
      long code = 0;
      for (int i = from; i < to; i++) {
        code = code * base + path[i] + 1;
      }
      known = 3 + byCode.index(code);
      if (known == 3 + windows.size()) {
        windows.add(Arrays.copyOfRange(path, from, to));
      }
    } else {
      List<Integer> key = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        key.add(path[i]);
      }
      known = byList.get(key);
      if (known == null) {
        known = 3 + windows.size();
        byList.put(key, known);
        windows.add(Arrays.copyOfRange(path, from, to));
      }
    }
    return known;
  }

  /** Every state's channels by name, indexed by state number. */
  List<List<String>> names(List<String> channels) {
    List<List<String>> out = new ArrayList<>(3 + windows.size());
    out.add(Transition.START);
    out.add(Transition.CONVERSION);
    out.add(Transition.NULL);
    for (int[] w : windows) {
      List<String> names = new ArrayList<>(w.length);
      for (int c : w) {
        names.add(channels.get(c));
      }
      out.add(List.copyOf(names));
    }
    return out;
  }
}
