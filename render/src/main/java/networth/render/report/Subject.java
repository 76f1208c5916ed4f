package networth.render.report;

import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.Within;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Period;
import networth.text.MapWords;

/**
 * The map a report is about (the part it focuses on, in the period asked), as each section words it
 * and as the engine answers about it.
 *
 * @param map the map reported on
 * @param g its index
 * @param w its labels and amounts in words
 * @param within the same map as the engine's answers take it
 * @param period the period asked for
 * @param phases times each part (the command line's --timings)
 */
record Subject(
    NetworkMap map, MapGraph g, MapWords w, Within within, Period period, Phases phases) {

  static Subject of(NetworkMap map, MapGraph g, Phases phases, Period period) {
    return new Subject(map, g, new MapWords(map, g), Within.of(map, g, period), period, phases);
  }

  /** The value of every counted opportunity. */
  double total() {
    return g.totalWeight();
  }

  /** A node's index by id. */
  int index(String id) {
    return g.indexOf(id).orElseThrow();
  }

  /** A node's label by id, as the map words it. */
  String label(String id) {
    return w.label(index(id));
  }
}
