package networth.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.exact.Flow;
import networth.engine.options.FlowOptions;
import networth.graph.MapGraph;

/** The flow from origins to work: first-touch credit per origin and opportunity. */
final class FlowAnswer {

  private FlowAnswer() {}

  static Flow of(Within w, FlowOptions o, Phases phases) {
    return phases.phase("flow", () -> of(w, o));
  }

  private static Flow of(Within w, FlowOptions o) {
    MapGraph g = w.graph();
    Attribution attribution = new Attribution(g);
    boolean[] all = attribution.allOpportunities();
    List<Integer> shown = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isCounted(v)) {
        shown.add(v);
      }
    }
    shown.sort(Comparator.comparingDouble((Integer v) -> -g.weight(v)));
    List<Integer> drawn = shown.subList(0, Math.min(o.drawn(), shown.size()));
    // What each origin starts over all the work at once; then the opportunities drawn one by one
    // (only those: one credit each), and what is left is the rest's, gathered.
    double[] bySource = attribution.credits(Model.FIRST, all).perNode();
    double[] rest = bySource.clone();
    Map<Integer, double[]> perTarget = new LinkedHashMap<>();
    for (int t : drawn) {
      double[] first = attribution.credits(Model.FIRST, attribution.only(t)).perNode();
      perTarget.put(t, first);
      for (int v = 0; v < first.length; v++) {
        rest[v] -= first[v];
      }
    }
    List<Integer> sources = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (bySource[v] > 0) {
        sources.add(v);
      }
    }
    sources.sort(Comparator.comparingDouble((Integer v) -> -bySource[v]));
    List<Flow.Opportunity> opportunities = new ArrayList<>();
    for (int t : drawn) {
      double[] first = perTarget.get(t);
      List<Flow.Band> bands = new ArrayList<>();
      for (int v : sources) {
        if (first[v] > 0) {
          bands.add(new Flow.Band(w.id(v), first[v]));
        }
      }
      opportunities.add(new Flow.Opportunity(w.id(t), g.weight(t), bands));
    }
    List<Flow.Band> toOthers = new ArrayList<>();
    if (shown.size() > drawn.size()) {
      double noise = g.totalWeight() * 1e-9;
      for (int v : sources) {
        // The subtraction leaves ~1e-12 of the total where nothing is left.
        if (rest[v] > noise) {
          toOthers.add(new Flow.Band(w.id(v), rest[v]));
        }
      }
    }
    return new Flow(
        sources.stream().map(v -> new Flow.Origin(w.id(v), bySource[v])).toList(),
        opportunities,
        shown.size() - drawn.size(),
        toOthers);
  }
}
