package networth.cli.command;

import java.util.concurrent.Callable;
import networth.analysis.attribution.Model;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.options.RoiOptions;
import networth.engine.result.RoiResult;
import networth.render.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth roi MAP}: credited value against what each source and group costs. */
@Command(
    name = "roi",
    mixinStandardHelpOptions = true,
    header = "Credited value against the cost of each channel, costed node and group.",
    description = {
      "Return on networking: for each channel, each other node with a cost (an event, a job...) and",
      "each group, the value an attribution model credits it with, against its cost: money spent",
      "(cost) plus hours spent (hours) at the hourly rate (the node's rate, else the map's); and the",
      "deals it touched that were lost, with its win rate, won / (won + lost), by count and by value.",
      "Nodes come most credited first, then the groups. Costs and values are totals over the period",
      "the map's dates span."
    },
    footer = {
      "%nExamples:",
      "  networth roi examples/power-of-the-network.netmap",
      "  networth roi examples/power-of-the-network.netmap --model position --format json"
    })
public final class RoiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FormatOption output;

  @Option(
      names = "--model",
      defaultValue = "linear",
      paramLabel = "MODEL",
      description =
          "The attribution model that credits value: first, last, linear (default), position, time-decay or markov.")
  String model;

  @Override
  public Integer call() throws Exception {
    Model m = RoiOptions.model(model);
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          RoiResult roi = a.engine.roi(new RoiOptions(m, a.period.period()));
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, roi);
          } else if (output.format == OutputFormat.TEXT) {
            out.print(
                "Return on networking, "
                    + m.word()
                    + " credit, over "
                    + roi.span()
                    + ".\n\n"
                    + Tables.roi(a.words, roi).render()
                    + "\nRETURN is credited value per unit of cost; hours are valued at the hourly rate ("
                    + a.map
                        .settings()
                        .hourlyRate()
                        .map(r -> a.money(r.amount().doubleValue()) + " an hour")
                        .orElse("none set: add 'rate 80' to the map")
                    + ").\n"
                    + Tables.WIN_RATE_BASIS
                    + ".\n");
          } else {
            out.print(output.format.table(Tables.roi(a.words, roi)));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }
}
