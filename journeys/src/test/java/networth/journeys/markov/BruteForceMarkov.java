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
    // Number the states that still count; a removed one is worth nothing, like (null).
    List<String> states = new ArrayList<>();
    Map<String, Integer> number = new HashMap<>();
    for (String s : steps.keySet()) {
      if (removed == null || s.equals("start") || !channelsOf.get(s).contains(removed)) {
        number.put(s, states.size());
        states.add(s);
      }
    }
    int n = states.size();
    double[] rx = new double[n];
    double[] ry = new double[n];
    int[][] to = new int[n][];
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      Map<String, Double> row = steps.get(states.get(i));
      double out = row.values().stream().mapToDouble(Double::doubleValue).sum();
      ry[i] = valueIn.getOrDefault(states.get(i), 0.0) / out;
      List<int[]> targets = new ArrayList<>();
      List<Double> probabilities = new ArrayList<>();
      for (Map.Entry<String, Double> t : row.entrySet()) {
        if (t.getKey().equals("conv")) {
          rx[i] += t.getValue() / out;
        } else if (number.containsKey(t.getKey())) {
          targets.add(new int[] {number.get(t.getKey())});
          probabilities.add(t.getValue() / out);
        }
      }
      to[i] = targets.stream().mapToInt(x -> x[0]).toArray();
      p[i] = probabilities.stream().mapToDouble(Double::doubleValue).toArray();
    }
    // Jacobi: x(n+1) = r + Q x(n) from x(0) = 0 rises to the absorbing chain's solution.
    double[] x = new double[n];
    double[] y = new double[n];
    for (int it = 0; it < 1_000_000; it++) {
      double[] nx = rx.clone();
      double[] ny = ry.clone();
      double change = 0;
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < to[i].length; k++) {
          nx[i] += p[i][k] * x[to[i][k]];
          ny[i] += p[i][k] * y[to[i][k]];
        }
        change = Math.max(change, Math.abs(nx[i] - x[i]));
        change = Math.max(change, Math.abs(ny[i] - y[i]) / Math.max(1, ny[i]));
      }
      x = nx;
      y = ny;
      if (change < 1e-15) {
        break;
      }
    }
    Integer start = number.get("start");
    return start == null ? new double[] {0, 0} : new double[] {x[start], y[start]};
  }
}
