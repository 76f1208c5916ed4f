package networth.cli.command;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import networth.cli.output.Amounts;
import networth.graph.MapGraph;
import networth.io.ReadResult;
import networth.model.NetworkMap;

/** A map read for analysis: checked, indexed, and able to show its nodes and amounts. */
final class Analysis {

  static final String WEIGHT_BASIS =
      "clients count at their value, prospects at value × probability (their whole value when no probability is given), lost ones not at all";

  final NetworkMap map;
  final MapGraph graph;

  private final java.util.Set<String> sharedLabels = new java.util.HashSet<>();

  private Analysis(NetworkMap map, MapGraph graph) {
    this.map = map;
    this.graph = graph;
    java.util.Set<String> seen = new java.util.HashSet<>();
    map.nodes()
        .forEach(
            n -> {
              if (!seen.add(n.label())) {
                sharedLabels.add(n.label());
              }
            });
  }

  /** The map, or empty (after printing its errors) when it has any. */
  static Optional<Analysis> open(List<Path> files, PrintWriter err) throws Exception {
    ReadResult read = MapInput.read(files, err);
    return read.hasErrors()
        ? Optional.empty()
        : Optional.of(new Analysis(read.map(), read.graph()));
  }

  String id(int v) {
    return graph.id(v);
  }

  /** The node's label, with its id when another node has the same label: "Andy (AndyC)". */
  String label(int v) {
    String label = map.label(graph.id(v));
    return sharedLabels.contains(label) ? label + " (" + graph.id(v) + ")" : label;
  }

  int index(String id) {
    return graph.indexOf(id).orElseThrow();
  }

  String currency() {
    return map.settings().currency();
  }

  /** An amount to show: £12,345.50. */
  String money(double amount) {
    return Amounts.show(BigDecimal.valueOf(amount), currency());
  }

  /** An amount for JSON: rounded to cents. */
  static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** The total weight of the counted opportunities. */
  double totalWeight() {
    double t = 0;
    for (int v = 0; v < graph.nodeCount(); v++) {
      if (graph.isCounted(v)) {
        t += graph.weight(v);
      }
    }
    return t;
  }
}
