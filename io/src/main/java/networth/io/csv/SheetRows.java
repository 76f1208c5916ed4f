package networth.io.csv;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.Progress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a sheet row by row: reads its header, hands each row on, reports an empty sheet or CSV
 * that cannot be read, and tells the progress how far it has come.
 */
final class SheetRows {

  /** Reads a sheet's header; gives what to do with each row, or nothing when it is wrong. */
  interface Body {
    Optional<Consumer<SheetRow>> start(Columns columns);
  }

  private SheetRows() {}

  static void read(CsvMapReader.Sheet sheet, Body body, Problems problems, Progress progress) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (Reader reader = sheet.opener().open();
        CSVParser parser = CSVParser.parse(withoutBom(reader), format);
        RecordStream records = new RecordStream(parser, sheet.name())) {
      Optional<Consumer<SheetRow>> handler = Optional.empty();
      boolean header = true;
      while (records.hasNext()) {
        RecordStream.Numbered numbered = records.next();
        CSVRecord r = numbered.record();
        if (header) {
          header = false;
          handler = body.start(new Columns(r.toList()));
          if (handler.isEmpty()) {
            return;
          }
        } else {
          handler.get().accept(new SheetRow(sheet.name(), r, numbered.line(), problems));
          long rows = r.getRecordNumber() - 1;
          if (rows % Progress.EVERY == 0) {
            progress.read(sheet.name(), rows, false);
          }
        }
      }
      if (lastRecord(parser) >= Progress.EVERY) {
        progress.read(sheet.name(), lastRecord(parser), true);
      }
      if (header) {
        problems.add(
            Problem.error(
                SourcePosition.of(sheet.name()),
                "the sheet is empty",
                "the first row names the columns, e.g. ID,Label,Type"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      String message = e.getMessage() == null ? "the sheet is not valid CSV" : e.getMessage();
      problems.add(
          Problem.error(
              SourcePosition.of(sheet.name()),
              "not valid CSV: " + message,
              "check the quotes: a quoted cell ends with a quote, and a quote inside it is written twice"));
    }
  }

  private static long lastRecord(CSVParser parser) {
    return parser.getRecordNumber() - 1;
  }

  /** Skips a byte-order mark, which spreadsheet programs put at the start of UTF-8 files. */
  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader r = new PushbackReader(reader, 1);
    int first = r.read();
    if (first != -1 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }
}
