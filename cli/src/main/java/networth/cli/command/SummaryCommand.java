package networth.cli.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.cli.output.SummaryView;
import networth.engine.MapWorkspace;
import networth.engine.options.SummaryOptions;
import networth.engine.result.SummaryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networth summary MAP}: which groups, sources and channels played a part in which
 * opportunities.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    header = "Which groups, sources and channels played a part, and in what.",
    description = {
      "For each group, each source and each channel: the opportunities it played a part in (it is",
      "an ancestor of the opportunity through links), directly (it links straight to it) or only",
      "indirectly, their number and value, the lost deals it touched, and its win rate.",
      "A source is a node nothing leads to that starts a route, or any node with a cost, whatever",
      "its kind (a channel, a former employer, an event...). Sources are ranked by value; the first",
      "sentence names the biggest, and a source that cost something and led to nothing says so.",
      "Clients count at their value, prospects at value × probability; lost opportunities count",
      "apart, at their deal's value. Win rate: won / (won + lost), by count and by value."
    },
    footer = {
      "%nExamples:",
      "  networth summary examples/power-of-the-network.netmap",
      "  networth summary examples/power-of-the-network.netmap --format json"
    })
public final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = FormatOption.FORMATS + ". JSON keys: docs/json-output.md.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    networth.model.Period asked = period.period();
    var err = spec.commandLine().getErr();
    Optional<MapWorkspace> opened = Analysis.workspace(input.files, err);
    if (opened.isEmpty()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    var out = spec.commandLine().getOut();
    SummaryResult summary = opened.get().summary(new SummaryOptions(asked));
    if (format == OutputFormat.JSON) {
      Json.print(out, summary);
    } else {
      Analysis a = Analysis.within(opened.get(), asked);
      out.print(a.inPeriod(format, new SummaryView(a.map, summary).render(format), err));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
