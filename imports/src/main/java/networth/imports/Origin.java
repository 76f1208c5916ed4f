package networth.imports;

import java.util.Objects;

/**
 * Where in the files an imported item was found: the file as the user named it (a zip's entry as
 * {@code export.zip/Connections.csv}) and the row: for a sheet, the row number a spreadsheet
 * program shows (the file's line, any preamble counted); for XML, JSON and vCards, the line where
 * the item begins.
 *
 * @param file the file, as messages and the {@code source} attribute name it
 * @param row the row or line, from 1
 */
public record Origin(String file, long row) {

  public Origin {
    Objects.requireNonNull(file, "file");
    if (row < 1) {
      throw new IllegalArgumentException("rows count from 1: " + row);
    }
  }

  /** "Connections.csv row 12": how the map's {@code source} attribute and the summary say it. */
  @Override
  public String toString() {
    return file + " row " + row;
  }
}
