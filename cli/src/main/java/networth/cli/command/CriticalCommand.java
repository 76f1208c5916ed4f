package networth.cli.command;

import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.options.CriticalOptions;
import networth.engine.result.CriticalResult;
import networth.render.report.Tables;
import networth.render.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code networth critical MAP}: the nodes every route passes through. */
@Command(
    name = "critical",
    mixinStandardHelpOptions = true,
    header = "The nodes every route passes through; the keystones.",
    description = {
      "For each opportunity, its critical nodes: those every route from an origin to it passes",
      "through (its dominators), in route order. Then the keystones of the whole map: the nodes",
      "ranked by the value they alone hold, that is, the value lost without that node alone."
    },
    footer = {
      "%nExamples:",
      "  networth critical examples/power-of-the-network.netmap",
      "  networth critical examples/power-of-the-network.netmap --format json"
    })
public final class CriticalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FormatOption output;

  @Mixin TopOption top;

  @Override
  public Integer call() throws Exception {
    int limit = top.limit();
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          CriticalResult critical =
              a.engine.critical(new CriticalOptions(limit, a.period.period()));
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, critical);
          } else {
            out.print(render(a, critical));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }

  private String render(Analysis a, CriticalResult result) {
    TextTable critical = Tables.critical(a.words, a.graph, result);
    TextTable keys = Tables.keystones(a.words, a.graph, result);
    if (output.format == OutputFormat.CSV) {
      return critical.csv();
    }
    boolean md = output.format == OutputFormat.MD;
    return (md
            ? "# Critical nodes\n\n" + critical.markdown()
            : "Critical nodes: every route to the opportunity passes through them.\n\n"
                + critical.render())
        + (md
            ? "\n## Keystones\n\n" + keys.markdown()
            : "\nKeystones: the value each node alone holds (lost without it).\n\n"
                + keys.render());
  }
}
