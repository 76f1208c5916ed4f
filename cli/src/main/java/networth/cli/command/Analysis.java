package networth.cli.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.OutputFormat;
import networth.cli.output.PeriodView;
import networth.engine.Engine;
import networth.engine.MapWorkspace;
import networth.engine.Within;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Period;
import networth.model.PeriodMap;
import networth.text.MapWords;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A map read for analysis through the engine (which checks, indexes and answers it), and able to
 * show its nodes and amounts in the text views.
 */
final class Analysis {

  /** One run opens one map: the engine keeps it while the command runs. */
  private static final Engine ENGINE = new Engine(1, Timings.PHASES);

  static final String WEIGHT_BASIS = MapWords.WEIGHT_BASIS;

  final NetworkMap map;
  final MapGraph graph;

  final MapWords words;

  /** The period asked for, and what it left out of the map. */
  final PeriodMap period;

  /** The engine's answers for this map: what JSON output prints. */
  final MapWorkspace engine;

  /** The map as the period counts it, as the engine indexed it. */
  final Within within;

  private Analysis(MapWorkspace engine, Within within) {
    this.engine = engine;
    this.within = within;
    this.map = within.map();
    this.graph = within.graph();
    this.words = new MapWords(map, graph);
    this.period = within.period();
  }

  /** The map opened by the engine, as a period counts it. */
  static Analysis within(MapWorkspace engine, Period period) {
    return new Analysis(engine, engine.within(period));
  }

  /**
   * A command's output, with the period it covers said in the format's own way; JSON carries it
   * already, as every result does.
   */
  String inPeriod(OutputFormat format, String output, PrintWriter err) {
    return format == OutputFormat.JSON ? output : PeriodView.around(format, output, period, err);
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
    Optional<Analysis> opened = open(files, Period.ALWAYS, err);
    return opened.isEmpty() ? ExitCodes.INPUT_PROBLEMS : body.run(opened.get());
  }

  /**
   * The same over the opportunities of the period asked for. The body prints to the command's
   * standard output as usual; what it printed is then shown with the period said (see {@link
   * PeriodView}) in the given format.
   *
   * @throws BadArgumentException for a bad --from or --to, before the map is read
   */
  static int with(
      List<Path> files, PeriodOption option, OutputFormat format, CommandSpec spec, Body body)
      throws Exception {
    Period period = option.period();
    CommandLine cli = spec.commandLine();
    Optional<Analysis> opened = open(files, period, cli.getErr());
    if (opened.isEmpty()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    if (period.isAlways()) {
      return body.run(opened.get());
    }
    PrintWriter out = cli.getOut();
    StringWriter printed = new StringWriter();
    cli.setOut(new PrintWriter(printed));
    int code;
    try {
      code = body.run(opened.get());
    } finally {
      cli.setOut(out);
    }
    out.print(opened.get().inPeriod(format, printed.toString(), cli.getErr()));
    out.flush();
    return code;
  }

  /** The map, or empty (after printing its errors) when it has any. */
  private static Optional<Analysis> open(List<Path> files, Period period, PrintWriter err)
      throws Exception {
    return workspace(files, err).map(w -> within(w, period));
  }

  /**
   * The map opened by the engine (read once per content), its problems printed; empty when it has
   * errors.
   */
  static Optional<MapWorkspace> workspace(List<Path> files, PrintWriter err) throws Exception {
    MapInput.Keyed keyed = MapInput.Keyed.of(files);
    MapWorkspace w = ENGINE.open(keyed.version(), () -> MapInput.readQuietly(keyed, err));
    networth.cli.output.ProblemPrinter.print(w.problems(), err);
    return w.hasErrors() ? Optional.empty() : Optional.of(w);
  }

  /** The analysis of part of this map (a node's neighbourhood, say). */
  Analysis of(NetworkMap part) {
    return part == map ? this : new Analysis(engine, new Within(period, part, MapGraph.of(part)));
  }

  /** The node's label, with its id when another node has the same label: "Andy (AndyC)". */
  String label(int v) {
    return words.label(v);
  }

  int index(String id) {
    return graph.indexOf(id).orElseThrow();
  }

  /** An amount to show: £12,345.50. */
  String money(double amount) {
    return words.money(amount);
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
