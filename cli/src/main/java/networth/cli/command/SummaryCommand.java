package networth.cli.command;

import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.OutputFormat;
import networth.cli.output.SummaryView;
import networth.io.ReadResult;
import networth.reach.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth summary MAP}: which groups and channels played a part in which opportunities. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    header = "Which groups and channels played a part, and in what.",
    description = {
      "For each group and each channel: the opportunities it played a part in (it is an ancestor of",
      "the opportunity through links), directly (it links straight to it) or only indirectly, their",
      "number and value, and the sentence a person would say.",
      "Clients count at their value, prospects at value × probability; lost opportunities are not counted."
    },
    footer = {
      "%nExamples:",
      "  networth summary examples/power-of-the-network.netmap",
      "  networth summary examples/power-of-the-network.netmap --format json"
    })
public final class SummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = FormatOption.FORMATS + ". JSON keys: docs/json-output.md.")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    ReadResult read = input.read(spec.commandLine().getErr());
    if (read.hasErrors()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    Summary summary = Summary.of(read.map(), read.graph());
    var out = spec.commandLine().getOut();
    out.print(new SummaryView(read.map(), summary).render(format));
    out.flush();
    return ExitCodes.OK;
  }
}
