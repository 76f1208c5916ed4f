package networth.cli.command;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import networth.cli.ExitCodes;
import networth.graph.MapGraph;
import networth.io.ReadResult;
import networth.model.NetworkMap;
import networth.text.MapWords;

/** A map read for analysis: checked, indexed, and able to show its nodes and amounts. */
final class Analysis {

  static final String WEIGHT_BASIS = MapWords.WEIGHT_BASIS;

  final NetworkMap map;
  final MapGraph graph;

  final MapWords words;

  private Analysis(NetworkMap map, MapGraph graph) {
    this.map = map;
    this.graph = graph;
    this.words = new MapWords(map, graph);
  }

  /** What a command does with a map that has no errors. */
  interface Body {
    int run(Analysis a) throws Exception;
  }

  /**
   * Reads the map and runs the body on it; when the map has errors, prints them and answers {@link
   * ExitCodes#INPUT_PROBLEMS} without running it.
   */
  static int with(List<Path> files, PrintWriter err, Body body) throws Exception {
    Optional<Analysis> opened = open(files, err);
    return opened.isEmpty() ? ExitCodes.INPUT_PROBLEMS : body.run(opened.get());
  }

  /** The map, or empty (after printing its errors) when it has any. */
  private static Optional<Analysis> open(List<Path> files, PrintWriter err) throws Exception {
    ReadResult read = MapInput.read(files, err);
    return read.hasErrors()
        ? Optional.empty()
        : Optional.of(new Analysis(read.map(), read.graph()));
  }

  /** The analysis of part of this map (a node's neighbourhood, say). */
  Analysis of(NetworkMap part) {
    return part == map ? this : new Analysis(part, MapGraph.of(part));
  }

  String id(int v) {
    return graph.id(v);
  }

  /** The node's label, with its id when another node has the same label: "Andy (AndyC)". */
  String label(int v) {
    return words.label(v);
  }

  int index(String id) {
    return graph.indexOf(id).orElseThrow();
  }

  String currency() {
    return map.settings().currency();
  }

  /** An amount to show: £12,345.50. */
  String money(double amount) {
    return words.money(amount);
  }

  /** An amount for JSON: rounded to cents. */
  static BigDecimal cents(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /**
   * The sentence that names the opportunities time decay credited as linear: "Time decay: 2
   * opportunities (A, B) have no dated link on their routes; they are credited as linear."
   */
  static String linearFallback(java.util.Collection<String> ids) {
    return "Time decay: "
        + MapWords.count(ids.size(), "opportunity", "opportunities")
        + " ("
        + String.join(", ", ids)
        + (ids.size() == 1 ? ") has" : ") have")
        + " no dated link on "
        + (ids.size() == 1 ? "its" : "their")
        + " routes, so "
        + (ids.size() == 1 ? "it is" : "they are")
        + " credited as linear does.";
  }

  /** The total weight of the counted opportunities. */
  double totalWeight() {
    return graph.totalWeight();
  }
}
