package networth.spark;

import java.util.ArrayList;
import java.util.List;
import networth.journeys.markov.Transition;

/**
 * The steps of a Markov chain of order k along one path, as ChannelAttribution's {@code
 * markov_model} builds them: the states are the path's windows of k consecutive channels (one state
 * of all its channels when the path is shorter than k), a window equal to the one before it is
 * dropped, every journey walks from {@code (start)} through them, and the last state steps to
 * {@code (conversion)} once per conversion and to {@code (null)} once per journey that did not
 * convert.
 */
record WindowSteps(int order) implements PathSteps {
  private static final long serialVersionUID = 1L;

  WindowSteps {
    if (order < 1) {
      throw new IllegalArgumentException("the order of a Markov chain is at least 1");
    }
  }

  @Override
  public List<Transition> of(List<String> path, double conversions, double value, double nulls) {
    List<Transition> out = new ArrayList<>();
    double journeys = conversions + nulls;
    if (journeys <= 0) {
      return out;
    }
    int windows = Math.max(1, path.size() - order + 1);
    List<String> previous = Transition.START;
    for (int start = 0; start < windows; start++) {
      List<String> window = path.subList(start, Math.min(path.size(), start + order));
      if (!window.equals(previous)) {
        out.add(new Transition(previous, window, journeys, 0));
        previous = List.copyOf(window);
      }
    }
    if (conversions > 0) {
      out.add(new Transition(previous, Transition.CONVERSION, conversions, value));
    }
    if (nulls > 0) {
      out.add(new Transition(previous, Transition.NULL, nulls, 0));
    }
    return out;
  }
}
