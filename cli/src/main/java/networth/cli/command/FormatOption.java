package networth.cli.command;

import networth.cli.output.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format text|json|csv|md}, shared by the analysis commands. */
public final class FormatOption {

  /** Every format the analysis commands accept, as their help lists them. */
  static final String FORMATS = "text (default), json, csv or md";

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = FORMATS + ". JSON keys: docs/json-output.md.")
  OutputFormat format;
}
