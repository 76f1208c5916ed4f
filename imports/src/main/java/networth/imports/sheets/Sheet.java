package networth.imports.sheets;

import java.util.Optional;
import networth.imports.ImportException;

/**
 * A sheet read row by row: a CSV file, or one sheet of a workbook. The first row that is not blank
 * is the header; {@link #next} gives the rows after it, blank ones left out.
 */
interface Sheet extends AutoCloseable {

  /** How messages and origins cite it: {@code elements.csv}, {@code map.xlsx/Connections}. */
  String name();

  /** The header, or nothing when the sheet holds no row at all. */
  Optional<Row> header() throws ImportException;

  /** The next row under the header, or nothing at the end. */
  Optional<Row> next() throws ImportException;

  @Override
  void close();
}
