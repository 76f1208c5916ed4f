package networth.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.dominance.Dominators;
import networth.engine.options.CriticalOptions;
import networth.engine.result.CriticalResult;
import networth.graph.MapGraph;

/** {@code critical}'s answer: each opportunity's dominators, and the keystones of the map. */
final class CriticalAnswer {

  private CriticalAnswer() {}

  static CriticalResult of(Within w, CriticalOptions o, Phases phases) {
    Dominators dom = phases.phase("dominators", () -> Dominators.of(w.graph()));
    List<Integer> opportunities = counted(w.graph());
    double[] held = phases.phase("keystones", dom::heldValue);
    List<CriticalResult.Opportunity> opps = new ArrayList<>();
    for (int v : opportunities) {
      opps.add(
          new CriticalResult.Opportunity(
              w.id(v), w.label(v), inRouteOrder(dom, v).stream().map(w::id).toList()));
    }
    List<CriticalResult.Keystone> keys = new ArrayList<>();
    for (int k : keystones(held, o.top())) {
      keys.add(
          new CriticalResult.Keystone(
              w.id(k),
              w.label(k),
              Within.cents(held[k]),
              opportunities.stream().filter(v -> dom.critical(v).contains(k)).map(w::id).toList()));
    }
    return new CriticalResult(w.asked(), opps, keys);
  }

  /** The critical nodes of {@code v} from its origin's side to its own. */
  private static List<Integer> inRouteOrder(Dominators dom, int v) {
    List<Integer> chain = new ArrayList<>(dom.critical(v));
    Collections.reverse(chain);
    return chain;
  }

  /** The counted opportunities (clients and open prospects), in the map's order. */
  private static List<Integer> counted(MapGraph g) {
    List<Integer> out = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /** Nodes that alone hold value, most value first (then in map order), at most {@code limit}. */
  private static List<Integer> keystones(double[] held, int limit) {
    List<Integer> keystones = new ArrayList<>();
    for (int v = 0; v < held.length; v++) {
      if (held[v] > 0) {
        keystones.add(v);
      }
    }
    keystones.sort(
        (x, y) -> held[x] != held[y] ? Double.compare(held[y], held[x]) : Integer.compare(x, y));
    return keystones.subList(0, Math.min(limit, keystones.size()));
  }
}
