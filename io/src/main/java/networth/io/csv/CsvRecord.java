package networth.io.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One record of a sheet as the lexer read it: its number (the header is record 1, as a spreadsheet
 * numbers rows), the line it starts on, its cells (unquoted cells stripped of surrounding blanks,
 * quoted cells exactly as written, a formula guard taken off: see {@link CellText}), and the first
 * mistake in its characters, if any.
 */
final class CsvRecord {

  /** A mistake in a record's characters: where it is, what it is and what to do. */
  record Mistake(int line, int cell, String message, String hint) {}

  private final long number;
  private final int line;
  private final String[] cells;
  private final Mistake mistake;

  CsvRecord(long number, int line, String[] cells, Optional<Mistake> mistake) {
    this.number = number;
    this.line = line;
    this.cells = cells;
    this.mistake = mistake.orElse(null);
  }

  long number() {
    return number;
  }

  int line() {
    return line;
  }

  int size() {
    return cells.length;
  }

  /** The cell in that column; empty past the last cell of the record. */
  String get(int column) {
    return column < cells.length ? cells[column] : "";
  }

  /** Replaces a cell by an equal string (one shared by every row that holds it). */
  void share(int column, String equal) {
    cells[column] = equal;
  }

  List<String> cells() {
    return Arrays.asList(cells);
  }

  Optional<Mistake> mistake() {
    return Optional.ofNullable(mistake);
  }
}
