package networth.cli.command;

import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.cli.output.PathsView;
import networth.engine.options.PathsOptions;
import networth.engine.result.PathsResult;
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
          PathsResult paths = a.engine.paths(asked);
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            Json.print(out, paths);
          } else {
            out.print(new PathsView(paths, a.within).render(output.format));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }
}
