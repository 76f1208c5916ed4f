package networth.cli.command;

import picocli.CommandLine.Option;

/** {@code --top N}: how many rows of a ranking to show. */
public final class TopOption {

  @Option(
      names = "--top",
      defaultValue = "20",
      paramLabel = "N",
      description = "How many to show, most first (default: ${DEFAULT-VALUE}).")
  int top;

  /** The number asked for, checked. */
  int limit() {
    if (top < 0) {
      throw new BadArgumentException("--top must be 0 or more, was " + top);
    }
    return top;
  }
}
