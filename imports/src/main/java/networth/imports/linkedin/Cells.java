package networth.imports.linkedin;

import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.Origin;

/**
 * One data row of a sheet, read by column name, able to report a problem at one of its cells with
 * the file, line, column and the field's name.
 */
final class Cells {

  private final String file;
  private final Header header;
  private final CsvRecords.Row row;
  private final Problems problems;

  Cells(String file, Header header, CsvRecords.Row row, Problems problems) {
    this.file = file;
    this.header = header;
    this.row = row;
    this.problems = problems;
  }

  /**
   * The trimmed value of a column; empty when the file has no such column or the row stops short.
   */
  String get(String column) {
    int i = header.column(column);
    List<CsvRecords.Field> fields = row.fields();
    return i >= 0 && i < fields.size() ? fields.get(i).value().trim() : "";
  }

  /** Where the row is, as items read from it remember it. */
  Origin origin() {
    return new Origin(file, row.line());
  }

  /** Reports a problem at a column's cell (or at the row's start when the row stops short). */
  void error(String column, String message, String hint) {
    int i = header.column(column);
    List<CsvRecords.Field> fields = row.fields();
    if (i >= 0 && i < fields.size()) {
      at(fields.get(i), message, hint);
    } else {
      problems.add(Problem.error(new SourcePosition(file, row.line(), 0), message, hint));
    }
  }

  /** Reports a problem at one field of the row. */
  void at(CsvRecords.Field f, String message, String hint) {
    Problem p = Problem.error(new SourcePosition(file, f.line(), f.column()), message, hint);
    String text = row.text(f.line());
    problems.add(text.isEmpty() ? p : p.showing(text, f.width()));
  }
}
