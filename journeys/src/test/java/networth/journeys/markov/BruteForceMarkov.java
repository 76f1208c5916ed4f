package networth.journeys.markov;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second Markov model written apart from the production one, for the tests: states are strings
 * built from the rows directly, and a journey's chance of converting (and expected value) is found
 * by iterating x ← r + Q·x from zero, which rises to the solution of the absorbing chain, rather
 * than by solving the linear system.
 */
final class BruteForceMarkov {
  record Result(
      double conversionProbability, Map<String, double[]> effects, Map<String, double[]> credits) {}

  private BruteForceMarkov() {}

  static Result solve(List<PathData.Row> rows, int order) {
    // state -> (state -> journeys); value into "conv" kept apart.
    Map<String, Map<String, Double>> steps = new HashMap<>();
    Map<String, Double> valueIn = new HashMap<>();
    Map<String, List<String>> channelsOf = new HashMap<>();
    LinkedHashMap<String, Boolean> channels = new LinkedHashMap<>();
    double totalConv = 0;
    double totalValue = 0;
    for (PathData.Row r : rows) {
      r.path().forEach(c -> channels.put(c, true));
      totalConv += r.conversions();
      totalValue += r.value();
      double n = r.conversions() + r.nulls();
      if (n == 0) {
        continue;
      }
      List<String> states = new ArrayList<>();
      List<String> p = r.path();
      int windows = p.size() < order ? 1 : p.size() - order + 1;
      for (int i = 0; i < windows; i++) {
        List<String> w = p.subList(i, Math.min(p.size(), i + order));
        String s = "[" + String.join("|", w) + "]";
        channelsOf.put(s, w);
        if (states.isEmpty() || !states.get(states.size() - 1).equals(s)) {
          states.add(s);
        }
      }
      String prev = "start";
      for (String s : states) {
        steps.computeIfAbsent(prev, k -> new HashMap<>()).merge(s, n, Double::sum);
        prev = s;
      }
      if (r.conversions() > 0) {
        steps
            .computeIfAbsent(prev, k -> new HashMap<>())
            .merge("conv", r.conversions(), Double::sum);
        valueIn.merge(prev, r.value(), Double::sum);
      }
      if (r.nulls() > 0) {
        steps.computeIfAbsent(prev, k -> new HashMap<>()).merge("null", r.nulls(), Double::sum);
      }
    }
    double[] base = iterate(steps, valueIn, channelsOf, null);
    Map<String, double[]> effects = new LinkedHashMap<>();
    double sumC = 0;
    double sumV = 0;
    for (String c : channels.keySet()) {
      double[] without = iterate(steps, valueIn, channelsOf, c);
      double[] e = {1 - without[0] / base[0], 1 - without[1] / base[1]};
      effects.put(c, e);
      sumC += e[0];
      sumV += e[1];
    }
    Map<String, double[]> credits = new LinkedHashMap<>();
    for (Map.Entry<String, double[]> e : effects.entrySet()) {
      credits.put(
          e.getKey(),
          new double[] {e.getValue()[0] / sumC * totalConv, e.getValue()[1] / sumV * totalValue});
    }
    return new Result(base[0], effects, credits);
  }

  private static double[] iterate(
      Map<String, Map<String, Double>> steps,
      Map<String, Double> valueIn,
      Map<String, List<String>> channelsOf,
      String removed) {
    Map<String, Double> x = new HashMap<>();
    Map<String, Double> y = new HashMap<>();
    for (int it = 0; it < 200_000; it++) {
      Map<String, Double> nx = new HashMap<>();
      Map<String, Double> ny = new HashMap<>();
      double change = 0;
      for (Map.Entry<String, Map<String, Double>> e : steps.entrySet()) {
        String s = e.getKey();
        if (removed != null && !s.equals("start") && channelsOf.get(s).contains(removed)) {
          continue; // to (null): worth nothing
        }
        double out = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
        double cx = 0;
        double cy = valueIn.getOrDefault(s, 0.0) / out;
        for (Map.Entry<String, Double> t : e.getValue().entrySet()) {
          double p = t.getValue() / out;
          if (t.getKey().equals("conv")) {
            cx += p;
          } else if (!t.getKey().equals("null")) {
            cx += p * x.getOrDefault(t.getKey(), 0.0);
            cy += p * y.getOrDefault(t.getKey(), 0.0);
          }
        }
        nx.put(s, cx);
        ny.put(s, cy);
        change = Math.max(change, Math.abs(cx - x.getOrDefault(s, 0.0)));
        change = Math.max(change, Math.abs(cy - y.getOrDefault(s, 0.0)) / Math.max(1, cy));
      }
      x = nx;
      y = ny;
      if (change < 1e-15 && it > 0) {
        break;
      }
    }
    return new double[] {x.getOrDefault("start", 0.0), y.getOrDefault("start", 0.0)};
  }
}
