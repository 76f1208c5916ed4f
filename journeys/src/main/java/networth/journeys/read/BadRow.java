package networth.journeys.read;

/**
 * A row that could not be read.
 *
 * @param source the file's name as given ({@code -} for standard input)
 * @param line the line the row starts on, the header being line 1
 * @param column the column at fault, by name (empty when the row as a whole is at fault)
 * @param problem what is wrong and what to do, e.g. {@code "abc" is not a number: write a count}
 */
public record BadRow(String source, long line, String column, String problem) {

  /** {@code paths.csv:3: total_conversions: "abc" is not a number …}. */
  public String describe() {
    return source
        + ":"
        + line
        + ": "
        + (column.isEmpty() ? "" : "column " + column + ": ")
        + problem;
  }
}
