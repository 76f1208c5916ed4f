package networth.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.Progress;

/**
 * Streams a sheet row by row: reads its header, hands each row on, reports an empty sheet, a header
 * that names a column twice, a row whose characters are not valid CSV (at its line and cell) and
 * cells beyond the header's last column, and tells the progress how far it has come.
 */
final class SheetRows {

  /** Reads a sheet's header; gives what to do with each row, or nothing when it is wrong. */
  interface Body {
    Optional<Rows> start(Columns columns);
  }

  /** What to do with each row of a sheet. */
  interface Rows extends Consumer<SheetRow> {

    /**
     * What to do with a plain row ({@link PlainConnection}): only a sheet whose rows are links has
     * them.
     */
    default void plain(PartRows.Plain row) {
      throw new IllegalStateException("a plain row in a sheet of other rows");
    }
  }

  private SheetRows() {}

  // fields: the columns the sheet reads as fields, which a header may not name twice (Columns);
  // partBytes: how large the parts of a large sheet lexed side by side are (Records.of).

  static void read(
      CsvMapReader.Sheet sheet,
      IdStrings ids,
      IdStrings.Columns idColumns,
      Body body,
      List<String> fields,
      Problems problems,
      Progress progress,
      int partBytes) {
    try (Records records = Records.of(sheet, new RecordSharing(ids, idColumns), partBytes)) {
      Optional<Rows> handler = Optional.empty();
      Columns columns = null;
      long rows = 0;
      while (records.hasNext()) {
        long last = handler.isPresent() ? records.givePlain(handler.get()) : 0;
        if (last > 0) {
          // Rows numbered from the header's 1.
          for (long at = (rows / Progress.EVERY + 1) * Progress.EVERY;
              at < last;
              at += Progress.EVERY) {
            progress.read(sheet.name(), at, false);
          }
          rows = last - 1;
          continue;
        }
        CsvRecord r = records.next();
        if (columns != null) {
          rows = r.number() - 1;
        }
        SheetRow row = new SheetRow(sheet.name(), r, r.line(), problems);
        if (r.mistake().isPresent()) {
          CsvRecord.Mistake m = r.mistake().get();
          problems.add(
              Problem.error(
                  new SourcePosition(sheet.name(), m.line(), m.cell() + 1),
                  "not valid CSV: "
                      + m.message()
                      + " (row "
                      + r.number()
                      + ", column "
                      + SheetRow.letters(m.cell())
                      + ")",
                  m.hint()));
          if (columns == null) {
            return;
          }
          continue;
        }
        if (columns == null) {
          columns = new Columns(r.cells());
          if (!columns.checkNames(row, fields) || (handler = body.start(columns)).isEmpty()) {
            return;
          }
          continue;
        }
        extraCells(columns, row);
        handler.get().accept(row);
        if (rows % Progress.EVERY == 0) {
          progress.read(sheet.name(), rows, false);
        }
      }
      if (rows >= Progress.EVERY) {
        progress.read(sheet.name(), rows, true);
      }
      if (columns == null) {
        problems.add(
            Problem.error(
                // Where its header row should stand.
                new SourcePosition(sheet.name(), 1, 1),
                "the sheet is empty",
                "the first row names the columns, e.g. ID,Label,Type"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A row with more cells than the header names columns: the cells past the last column are not
   * read, which a user should hear of, for it is usually a comma in a cell that was not quoted.
   * Empty cells there say nothing (spreadsheet programs pad rows with them).
   */
  private static void extraCells(Columns columns, SheetRow row) {
    CsvRecord r = row.record();
    for (int i = columns.size(); i < r.size(); i++) {
      if (!r.get(i).isEmpty()) {
        row.warning(
            i,
            "this row has more cells than the first row names columns: the cells from column "
                + SheetRow.letters(columns.size())
                + " on are not read",
            "quote a cell that holds a comma (\"Smith, John\"), or name the column in the first row");
        return;
      }
    }
  }
}
