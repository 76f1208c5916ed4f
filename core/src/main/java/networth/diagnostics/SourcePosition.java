package networth.diagnostics;

/**
 * Where something stands in an input: a file (or other source), a line and a column, both from 1.
 * For a spreadsheet the line is the row's line in the file and the column the field's number.
 *
 * @param source the file name as the user gave it
 * @param line 1-based line, or 0 when the whole source is meant
 * @param column 1-based column, or 0 when the whole line is meant
 */
public record SourcePosition(String source, int line, int column) {

  public static SourcePosition of(String source) {
    return new SourcePosition(source, 0, 0);
  }

  /** {@code file:line:column}, leaving out what is not known. */
  @Override
  public String toString() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }
}
