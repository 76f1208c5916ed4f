package networth.cli.command;

import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.options.ConnectorsOptions;
import networth.engine.result.ConnectorsResult;
import networth.render.report.Tables;
import networth.render.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code networth connectors MAP}: the people who broker the most value. */
@Command(
    name = "connectors",
    mixinStandardHelpOptions = true,
    header = "The people who carried the most value.",
    description = {
      "The people who brokered the most, ranked by the value whose routes they carry (their linear",
      "credit). Beside it: their route share (for each opportunity, the share of its routes through",
      "them, summed: 1.00 is every route of one opportunity) and, on maps of up to 50,000 nodes,",
      "their betweenness centrality over the links (Brandes)."
    },
    footer = {"%nExample:%n  networth connectors examples/power-of-the-network.netmap"})
public final class ConnectorsCommand implements Callable<Integer> {

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
          ConnectorsResult ranked =
              a.engine.connectors(new ConnectorsOptions(limit, a.period.period()));
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, ranked);
          } else {
            TextTable t = Tables.connectors(a.words, a.graph, ranked);
            out.print(
                output.format == OutputFormat.TEXT
                    ? "Connectors: the people who carried the most value.\n\n" + t.render()
                    : output.format.table(t));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }
}
