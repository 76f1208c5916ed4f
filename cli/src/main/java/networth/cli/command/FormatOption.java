package networth.cli.command;

import networth.cli.output.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format text|json|csv|md}, shared by the analysis commands. */
public final class FormatOption {

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), json, csv or md. JSON keys: docs/json-output.md.")
  OutputFormat format;
}
