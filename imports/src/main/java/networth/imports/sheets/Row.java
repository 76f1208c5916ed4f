package networth.imports.sheets;

import java.util.List;

/**
 * One row of a sheet: its cells as text, stripped, and the row number a spreadsheet program shows
 * (for CSV, the line the row starts on).
 */
record Row(long line, List<String> cells) {

  Row {
    cells = List.copyOf(cells);
  }

  /** The cell of a column, or "" when the row is shorter. */
  String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  boolean isBlank() {
    return cells.stream().allMatch(String::isEmpty);
  }
}
