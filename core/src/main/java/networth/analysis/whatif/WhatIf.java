package networth.analysis.whatif;

import java.util.ArrayList;
import java.util.List;
import networth.analysis.routes.Scaled;
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
    Scaled[] before = new Scaled[n];
    Scaled[] after = new Scaled[n];
    boolean[] behindRemoved = new boolean[n];
    for (int v : g.topologicalOrder()) {
      Scaled b = g.isOrigin(v) ? Scaled.ONE : Scaled.ZERO;
      Scaled a = g.isOrigin(v) && !removed[v] ? Scaled.ONE : Scaled.ZERO;
      boolean behind = removed[v];
      for (int k = 0; k < g.inDegree(v); k++) {
        int u = g.in(v, k);
        b = b.plus(before[u]);
        if (!removed[v]) {
          a = a.plus(after[u]);
        }
        behind |= behindRemoved[u];
      }
      before[v] = b;
      after[v] = a;
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
      Fate f = new Fate(v, before[v], after[v]);
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
