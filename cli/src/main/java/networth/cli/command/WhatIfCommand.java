package networth.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import networth.analysis.whatif.WhatIf;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.OutputFormat;
import networth.engine.NodeRefs;
import networth.engine.json.ResultJson;
import networth.engine.options.WhatIfOptions;
import networth.model.Node;
import networth.render.report.Tables;
import networth.render.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth whatif MAP --without X}: what would be lost without some nodes. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    header = "What would be lost without some nodes.",
    description = {
      "What would be lost without some channels, people or groups. An opportunity is lost when no",
      "route from an origin to it is left, and weakened when it keeps some routes but loses others.",
      "A node with several links into it survives while any of them comes from a node that",
      "survives; the map's origins (nodes nothing leads to) stay."
    },
    footer = {
      "%nExamples:",
      "  networth whatif examples/power-of-the-network.netmap --without LinkedIn",
      "  networth whatif examples/power-of-the-network.netmap --without group:social --format json",
      "  networth whatif examples/power-of-the-network.netmap --without Emily,\"My blog\""
    })
public final class WhatIfCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FormatOption output;

  @Option(
      names = "--without",
      required = true,
      split = ",",
      paramLabel = "NODE",
      description =
          "Nodes to take away, by id or label, or group:NAME for a group's members; separated by commas.")
  List<String> without;

  @Override
  public Integer call() throws Exception {
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          if (output.format == OutputFormat.JSON) {
            var out = spec.commandLine().getOut();
            out.print(
                ResultJson.write(a.engine.whatIf(new WhatIfOptions(without, a.period.period()))));
            out.flush();
            return ExitCodes.OK;
          }
          List<Node> removed = NodeRefs.many(a.map, without);
          boolean[] taken = new boolean[a.graph.nodeCount()];
          removed.forEach(n -> taken[a.index(n.id())] = true);
          WhatIf.Outcome outcome = Timings.phase("whatif", () -> WhatIf.without(a.graph, taken));
          var out = spec.commandLine().getOut();
          out.print(render(a, removed, outcome));
          out.flush();
          return ExitCodes.OK;
        });
  }

  private String render(Analysis a, List<Node> removed, WhatIf.Outcome o) {
    double total = a.totalWeight();
    TextTable t = Tables.whatIf(a.words, a.graph, o);
    if (output.format == OutputFormat.CSV) {
      return t.csv();
    }
    String names = String.join(", ", removed.stream().map(n -> a.label(a.index(n.id()))).toList());
    String headline = a.words.whatIf(names, o, total);
    if (output.format == OutputFormat.MD) {
      return "# Without "
          + names
          + "\n\n"
          + headline
          + "\n\n"
          + (o.lost().isEmpty() && o.weakened().isEmpty() ? "" : t.markdown());
    }
    return headline
        + "\n"
        + (o.lost().isEmpty() && o.weakened().isEmpty() ? "" : "\n" + t.render());
  }
}
