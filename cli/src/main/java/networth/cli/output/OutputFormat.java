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
  CSV
}
