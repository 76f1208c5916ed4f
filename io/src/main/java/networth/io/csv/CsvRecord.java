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

  private long number;
  private int line;
  private final String[] cells;
  private Mistake mistake;
  // The keys (the builder's numbers, see IdStrings) of at most two id cells, by column; -1 where
  // there is none.
  private int keyColumn0 = -1;
  private int key0 = -1;
  private int keyColumn1 = -1;
  private int key1 = -1;

  CsvRecord(long number, int line, String[] cells, Optional<Mistake> mistake) {
    this.number = number;
    this.line = line;
    this.cells = cells;
    this.mistake = mistake.orElse(null);
  }

  /**
   * Moves a record lexed in a part of a sheet (counted from record 1 and line 1 at the part's
   * start) to where it stands in the whole sheet: {@code records} records and {@code lines} lines
   * further.
   */
  void shift(long records, int lines) {
    number += records;
    line += lines;
    if (mistake != null) {
      mistake =
          new Mistake(mistake.line() + lines, mistake.cell(), mistake.message(), mistake.hint());
    }
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

  /**
   * Replaces a cell by an equal string (one shared by every row that holds it), the id whose key is
   * {@code key}; a record keeps the keys of its first two id cells.
   */
  void share(int column, String equal, int key) {
    cells[column] = equal;
    if (keyColumn0 < 0 || keyColumn0 == column) {
      keyColumn0 = column;
      key0 = key;
    } else if (keyColumn1 < 0 || keyColumn1 == column) {
      keyColumn1 = column;
      key1 = key;
    }
  }

  /** Replaces a cell by an equal string (one shared by every row that holds it). */
  void share(int column, String equal) {
    cells[column] = equal;
  }

  /** The key of the id in that column (see {@link #share}), or -1 when it holds none. */
  int idKey(int column) {
    return column == keyColumn0 ? key0 : column == keyColumn1 ? key1 : -1;
  }

  List<String> cells() {
    return Arrays.asList(cells);
  }

  Optional<Mistake> mistake() {
    return Optional.ofNullable(mistake);
  }
}
