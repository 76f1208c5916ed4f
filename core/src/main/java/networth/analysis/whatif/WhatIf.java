package networth.analysis.whatif;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.Scaled;
import networth.analysis.routes.ScaledSum;
import networth.graph.MapGraph;

/**
 * What would be lost without some nodes (a channel, a person, a group): an opportunity is
 * <em>lost</em> when no route from an origin to it is left, and <em>weakened</em> when some of its
 * routes pass through the nodes taken away but others do not. A node with several links into it
 * survives while any of them comes from a node that survives; origins of the map stay origins. O(n
 * + m).
 */
public final class WhatIf {

  private WhatIf() {}

  /**
   * One opportunity's fate.
   *
   * @param node its index
   * @param routesBefore how many routes it had
   * @param routesAfter how many are left
   */
  public record Fate(int node, Scaled routesBefore, Scaled routesAfter) {
    /** The share of its routes that is lost, 0 to 1. */
    public double shareLost() {
      if (routesBefore.isZero()) {
        return 0;
      }
      return 1 - routesAfter.dividedBy(routesBefore).toDouble();
    }
  }

  /**
   * @param lost opportunities left with no route, in map order
   * @param weakened opportunities that keep some routes but lose others, in map order
   * @param valueAtRisk the summed weight of the lost ones
   * @param valueWeakened the summed weight of the weakened ones
   */
  public record Outcome(
      List<Fate> lost, List<Fate> weakened, double valueAtRisk, double valueWeakened) {
    public Outcome {
      lost = List.copyOf(lost);
      weakened = List.copyOf(weakened);
    }
  }

  public static Outcome without(MapGraph g, boolean[] removed) {
    int n = g.nodeCount();
    boolean[] alive = Survival.without(g, removed);
    double[] beforeM = new double[n];
    int[] beforeE = new int[n];
    double[] afterM = new double[n];
    int[] afterE = new int[n];
    boolean[] behindRemoved = new boolean[n];
    ScaledSum b = new ScaledSum();
    ScaledSum a = new ScaledSum();
    for (int v : g.topologicalOrder()) {
      b.reset();
      a.reset();
      if (g.isOrigin(v)) {
        b.add(1, 0);
        if (!removed[v]) {
          a.add(1, 0);
        }
      }
      boolean behind = removed[v];
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        b.add(beforeM[u], beforeE[u]);
        if (!removed[v]) {
          a.add(afterM[u], afterE[u]);
        }
        behind |= behindRemoved[u];
      }
      beforeM[v] = b.mantissa();
      beforeE[v] = b.exponent();
      afterM[v] = a.mantissa();
      afterE[v] = a.exponent();
      behindRemoved[v] = behind;
    }
    List<Fate> lost = new ArrayList<>();
    List<Fate> weakened = new ArrayList<>();
    double atRisk = 0;
    double weak = 0;
    for (int v = 0; v < n; v++) {
      if (!g.isCounted(v) || g.isOrigin(v)) {
        continue;
      }
      Fate f = new Fate(v, new Scaled(beforeM[v], beforeE[v]), new Scaled(afterM[v], afterE[v]));
      if (!alive[v]) {
        lost.add(f);
        atRisk += g.weight(v);
      } else if (behindRemoved[v]) {
        weakened.add(f);
        weak += g.weight(v);
      }
    }
    return new Outcome(lost, weakened, atRisk, weak);
  }
}
