package networth.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.exact.Loss;
import networth.engine.options.WhatIfOptions;
import networth.render.report.WhatIfView;
import networth.render.text.Markup;
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
    if (without.isEmpty() || without.stream().anyMatch(String::isBlank)) {
      // "--without ," would otherwise take nothing away and report that nothing is lost.
      throw new BadArgumentException(
          "--without needs the nodes to take away, separated by commas, none of them blank (was"
              + " \""
              + String.join(",", without)
              + "\"): e.g. --without LinkedIn,group:social");
    }
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          WhatIfOptions asked = new WhatIfOptions(without, a.period.period());
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, a.engine.whatIf(asked));
          } else {
            out.print(render(a, a.engine.loss(asked)));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }

  /** The engine's unrounded answer, each percentage rounded once as it is shown. */
  private String render(Analysis a, Loss o) {
    TextTable t = WhatIfView.table(a.words, a.graph, o);
    if (output.format == OutputFormat.CSV) {
      return t.csv();
    }
    String names = String.join(", ", o.without().stream().map(id -> a.label(a.index(id))).toList());
    String headline = WhatIfView.sentence(a.words, a.graph, names, o);
    if (output.format == OutputFormat.MD) {
      return "# Without "
          + Markup.markdown(names)
          + "\n\n"
          + Markup.markdown(headline)
          + "\n\n"
          + (o.nothing() ? "" : t.markdown());
    }
    return headline + "\n" + (o.nothing() ? "" : "\n" + t.render());
  }
}
