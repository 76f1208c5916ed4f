package networth.cli.output;

/** How a command prints its answer: {@code --format text|json|md}. */
public enum OutputFormat {
  /** Aligned columns and sentences, for a person at a terminal. */
  TEXT,
  /** JSON, for scripts; the keys are documented in docs/json-output.md. */
  JSON,
  /** Markdown, for notes and pull requests. */
  MD,
  /** Comma-separated values of the main table, for spreadsheets. */
  CSV;

  /** The table as this format shows it: Markdown, CSV, or aligned text otherwise. */
  public String table(networth.render.text.TextTable t) {
    return switch (this) {
      case MD -> t.markdown();
      case CSV -> t.csv();
      default -> t.render();
    };
  }
}
