package networth.imports.linkedin;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportFile;
import networth.io.Progress;

/**
 * One CSV file of an export, its header found by its columns within the first {@link
 * ExportSheet#HEADER_WITHIN} lines (so the notes current exports put before it are passed over,
 * whatever their length) and its rows handed out one by one.
 */
final class SheetFile implements AutoCloseable {

  /** How many problems of one file are shown; a wrong file would otherwise flood the terminal. */
  static final int MAX_PROBLEMS = 20;

  private static final long PROGRESS_EVERY = 10_000;

  private final ImportFile file;
  private final CsvRecords records;
  private final Header header;

  private SheetFile(ImportFile file, CsvRecords records, Header header) {
    this.file = file;
    this.records = records;
    this.header = header;
  }

  /**
   * Opens a file and finds its header.
   *
   * @return the file positioned after its header, or empty when no line near its top is the header
   *     of a sheet networth reads; then {@link #diagnose} says why
   */
  static Optional<SheetFile> open(ImportFile file) throws IOException {
    CsvRecords records = new CsvRecords(file.open());
    try {
      for (int i = 0; i < ExportSheet.HEADER_WITHIN; i++) {
        Optional<CsvRecords.Row> next = records.next();
        if (next.isEmpty()) {
          break;
        }
        CsvRecords.Row row = next.get();
        for (ExportSheet sheet : ExportSheet.values()) {
          Optional<Header> h = Header.of(sheet, row);
          if (h.isPresent()) {
            return Optional.of(new SheetFile(file, records, h.get()));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      records.close();
      throw e;
    }
    records.close();
    return Optional.empty();
  }

  /**
   * Why a file that should be an export sheet has no header: the row nearest to one (naming two of
   * its columns or more) and what it lacks, or that none was found.
   *
   * @param expected the sheet its name says it is, if any
   */
  static Problem diagnose(ImportFile file, Optional<ExportSheet> expected) throws IOException {
    try (CsvRecords records = new CsvRecords(file.open())) {
      CsvRecords.Row best = null;
      ExportSheet bestSheet = null;
      int bestCount = 1;
      for (int i = 0; i < ExportSheet.HEADER_WITHIN; i++) {
        Optional<CsvRecords.Row> next = records.next();
        if (next.isEmpty()) {
          break;
        }
        for (ExportSheet sheet : ExportSheet.values()) {
          if (expected.isPresent() && expected.get() != sheet) {
            continue;
          }
          int has = sheet.required().size() - Header.missing(sheet, next.get()).size();
          // More than half the columns: a header gone wrong, not another file that shares a name.
          if (has > bestCount && 2 * has > sheet.required().size()) {
            best = next.get();
            bestSheet = sheet;
            bestCount = has;
          }
        }
      }
      if (best != null) {
        List<String> missing = Header.missing(bestSheet, best);
        Problem p =
            Problem.error(
                new SourcePosition(file.name(), best.line(), 0),
                "the header of a LinkedIn "
                    + bestSheet.fileName()
                    + " has no "
                    + quoted(missing)
                    + (missing.size() == 1 ? " column" : " columns"),
                "LinkedIn writes it as: "
                    + bestSheet.header()
                    + "; export the file again, or put the column's name back");
        return p.showing(best.text(best.line()), 1);
      }
      String what =
          expected.map(s -> "a LinkedIn " + s.fileName()).orElse("a file of a LinkedIn export");
      String columns =
          expected
              .map(s -> "the columns " + String.join(", ", s.required()))
              .orElse("the header of Connections.csv, Invitations.csv or Positions.csv");
      return Problem.error(
          new SourcePosition(file.name(), 1, 0),
          "not "
              + what
              + ": no line among the first "
              + ExportSheet.HEADER_WITHIN
              + " has "
              + columns,
          "give the export's zip as LinkedIn sent it, or its Connections.csv, Invitations.csv or"
              + " Positions.csv");
    }
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  ExportSheet sheet() {
    return header.sheet();
  }

  /**
   * Hands each data row to {@code each}, passing over blank lines; a row with more values than the
   * header or a quote left open is reported and not handed out.
   *
   * @return the problems found, at most {@link #MAX_PROBLEMS} and a line saying how many more
   */
  List<Problem> rows(Progress progress, Consumer<Cells> each) throws IOException {
    Problems problems = new Problems(MAX_PROBLEMS);
    long count = header.line();
    while (true) {
      Optional<CsvRecords.Row> next = records.next();
      if (next.isEmpty()) {
        break;
      }
      CsvRecords.Row row = next.get();
      if (++count % PROGRESS_EVERY == 0) {
        progress.read(file.name(), count, false);
      }
      Cells cells = new Cells(file.name(), header, row, problems);
      if (row.unclosed()) {
        CsvRecords.Field last = row.fields().get(row.fields().size() - 1);
        cells.at(
            last,
            "a quoted value is not closed: the file ends inside it",
            "the file may be cut short: download the export again");
        continue;
      }
      if (row.blank()) {
        continue;
      }
      if (extra(row)) {
        cells.at(
            row.fields().get(header.width()),
            "this row has "
                + row.fields().size()
                + " values but the header names "
                + header.width()
                + " columns",
            "a value holding a comma must be in double quotes, as LinkedIn writes it");
        continue;
      }
      each.accept(cells);
    }
    progress.read(file.name(), count, true);
    return problems.list();
  }

  /** Whether a row has a value beyond the header's last column (empty ones do no harm). */
  private boolean extra(CsvRecords.Row row) {
    for (int i = header.width(); i < row.fields().size(); i++) {
      if (!row.fields().get(i).value().isBlank()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    records.close();
  }
}
