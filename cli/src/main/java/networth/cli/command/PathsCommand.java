package networth.cli.command;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import networth.analysis.routes.RouteCount;
import networth.analysis.routes.RouteFinder;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.OutputFormat;
import networth.engine.NodeRefs;
import networth.engine.json.ResultJson;
import networth.engine.options.PathsOptions;
import networth.model.Node;
import networth.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code networth paths MAP OPPORTUNITY}: every route to an opportunity, shortest first. */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    header = "The routes to an opportunity, shortest first.",
    description = {
      "The routes to an opportunity: every chain of links from an origin (a node nothing leads to)",
      "to it, shortest first, up to --limit, with the exact number of all routes (counted, not listed)."
    },
    footer = {
      "%nExamples:",
      "  networth paths examples/power-of-the-network.netmap \"Client 1\"",
      "  networth paths examples/power-of-the-network.netmap \"Client 1\" --limit 100 --format json"
    })
public final class PathsCommand implements Callable<Integer> {

  public static final int LIMIT_DEFAULT = PathsOptions.LIMIT_DEFAULT;

  @Spec CommandSpec spec;
  @Mixin OneMapInput input;
  @Mixin FormatOption output;

  @Parameters(
      index = "1",
      paramLabel = "OPPORTUNITY",
      description = "The opportunity, by id or label.")
  String opportunity;

  @Option(
      names = "--limit",
      defaultValue = "" + LIMIT_DEFAULT,
      description = "How many routes to list at most (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    PathsOptions asked = new PathsOptions(opportunity, limit);
    return Analysis.with(
        input.files(),
        spec.commandLine().getErr(),
        a -> {
          if (output.format == OutputFormat.JSON) {
            var out = spec.commandLine().getOut();
            out.print(ResultJson.write(a.engine.paths(asked)));
            out.flush();
            return ExitCodes.OK;
          }
          Node target = NodeRefs.opportunity(a.map, opportunity);
          int o = a.index(target.id());
          BigInteger count = Timings.phase("count", () -> RouteCount.to(a.graph, o));
          List<int[]> routes =
              Timings.phase("list", () -> new RouteFinder(a.graph).shortest(o, limit));
          var out = spec.commandLine().getOut();
          out.print(render(a, target, count, routes));
          out.flush();
          return ExitCodes.OK;
        });
  }

  private String render(Analysis a, Node target, BigInteger count, List<int[]> routes) {
    OutputFormat format = output.format;
    if (format == OutputFormat.CSV) {
      TextTable t = new TextTable("route", "position", "id", "label");
      for (int i = 0; i < routes.size(); i++) {
        int[] r = routes.get(i);
        for (int k = 0; k < r.length; k++) {
          t.row(String.valueOf(i + 1), String.valueOf(k + 1), a.id(r[k]), a.label(r[k]));
        }
      }
      return t.csv();
    }
    StringBuilder s = new StringBuilder();
    String heading =
        target.label()
            + ": "
            + routes(count)
            + (count.signum() == 0 ? "" : shown(count, routes.size()));
    s.append(format == OutputFormat.MD ? "# " + heading + "\n\n" : heading + "\n");
    if (count.signum() == 0) {
      s.append("Nothing leads to it: add the links that brought it.\n");
    }
    for (int i = 0; i < routes.size(); i++) {
      int[] r = routes.get(i);
      List<String> labels = new ArrayList<>();
      for (int v : r) {
        labels.add(a.label(v));
      }
      String line =
          String.join(" → ", labels)
              + "  ("
              + (r.length - 1)
              + (r.length == 2 ? " link)" : " links)");
      s.append(format == OutputFormat.MD ? (i + 1) + ". " : String.format("%3d. ", i + 1))
          .append(line)
          .append('\n');
    }
    return s.toString();
  }

  private static String routes(BigInteger count) {
    return count.equals(BigInteger.ONE) ? "1 route" : count + " routes";
  }

  private static String shown(BigInteger count, int listed) {
    return BigInteger.valueOf(listed).equals(count)
        ? ", shortest first"
        : ", the " + listed + " shortest listed (use --limit for more)";
  }
}
