package networth.imports.sheets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file read as a sheet, streaming: rows are numbered by the line they start on. */
final class CsvSheet implements Sheet {

  // Blank lines are kept by the parser (and left out here) so that every line is counted.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  private final String name;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long linesBefore;
  private boolean headerRead;

  private CsvSheet(String name, CSVParser parser) {
    this.name = name;
    this.parser = parser;
    this.records = parser.iterator();
  }

  static CsvSheet open(ImportFile file) throws IOException {
    Reader reader =
        new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16);
    return new CsvSheet(file.name(), CSVParser.parse(withoutBom(reader), FORMAT));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Row> header() throws ImportException {
    if (headerRead) {
      throw new IllegalStateException("the header is read once");
    }
    headerRead = true;
    return next();
  }

  @Override
  public Optional<Row> next() throws ImportException {
    while (true) {
      long line = linesBefore + 1;
      CSVRecord r;
      try {
        if (!records.hasNext()) {
          return Optional.empty();
        }
        r = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new ImportException(
            Problem.error(
                new SourcePosition(name, (int) line, 0),
                "this row is not valid CSV: a quoted cell is not closed, or a quote inside one is"
                    + " not doubled",
                "a quoted cell ends with a quote, and a quote inside it is written twice (\"\")"));
      }
      linesBefore = parser.getCurrentLineNumber();
      List<String> cells = new ArrayList<>(r.size());
      for (String v : r) {
        String s = v.strip();
        cells.add(s.isEmpty() ? "" : s);
      }
      Row row = new Row(line, cells);
      if (!row.isBlank()) {
        return Optional.of(row);
      }
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written: a file that will not close after reading has nothing more to say.
    }
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
