package networth.io.csv;

import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;

/** A record of a sheet with the line it starts on, able to report a problem at one of its cells. */
final class SheetRow {
  private final String sheet;
  private final CsvRecord record;
  private final int line;
  private final Problems problems;

  SheetRow(String sheet, CsvRecord record, int line, Problems problems) {
    this.sheet = sheet;
    this.record = record;
    this.line = line;
    this.problems = problems;
  }

  CsvRecord record() {
    return record;
  }

  SourcePosition at(int column) {
    return new SourcePosition(sheet, line, column + 1);
  }

  /** Reports a problem at a cell; false, so that a caller can keep "still fine" in one line. */
  boolean error(int column, String message, String hint) {
    problems.add(
        Problem.error(
            at(column),
            message + " (row " + record.number() + ", column " + letters(column) + ")",
            hint));
    return false;
  }

  /** Reports a warning at a cell: the row is still read. */
  void warning(int column, String message, String hint) {
    problems.add(
        Problem.warning(
            at(column),
            message + " (row " + record.number() + ", column " + letters(column) + ")",
            hint));
  }

  /** A column as a spreadsheet names it: A, B, … Z, AA. */
  static String letters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}
