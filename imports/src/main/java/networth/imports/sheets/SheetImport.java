package networth.imports.sheets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Origin;
import networth.io.Progress;

/**
 * Reads one program's pair of tables (elements and connections), from CSV files and workbooks, and
 * Kumu's blueprints, into what they hold. Which sheet is which is told by its header, or in a
 * workbook by its name; every elements sheet is read before any connections sheet, so that a
 * connection finds its elements whatever order the files were given in.
 */
final class SheetImport {

  /** How often, in rows, the progress hears of a sheet: oftener than {@link Progress#EVERY}. */
  static final long REPORT_EVERY = 10_000;

  /** The most problems shown for one import: enough to see a pattern, few enough to read. */
  static final int MAX_PROBLEMS = 20;

  private final Dialect dialect;
  private final Progress progress;
  private final Found.Builder found;
  private final Elements elements;
  private final Routes routes;
  private final Problems problems = new Problems(MAX_PROBLEMS);

  SheetImport(Dialect dialect, Progress progress) {
    this.dialect = dialect;
    this.progress = progress;
    this.found = Found.builder(dialect.source);
    this.elements = new Elements(found);
    this.routes = new Routes(found, dialect);
  }

  /** A sheet whose header has been read, and what it is. */
  private record Opened(
      Sheet sheet, Optional<ElementColumns> elements, Optional<ConnectionColumns> connections) {}

  Found read(List<ImportFile> files) throws ImportException, IOException {
    List<Sheet> all = new ArrayList<>();
    List<ImportFile> blueprints = new ArrayList<>();
    try {
      List<Opened> opened = new ArrayList<>();
      for (ImportFile file : files) {
        if (dialect == Dialect.KUMU && file.fileName().endsWith(".json")) {
          blueprints.add(file);
        } else if (XlsxBook.isWorkbook(file)) {
          XlsxBook book = XlsxBook.open(file);
          List<Sheet> sheets = book.sheets();
          all.addAll(sheets);
          openWorkbook(book, sheets, opened);
        } else {
          CsvSheet sheet = CsvSheet.open(file);
          all.add(sheet);
          open(sheet, true).ifPresent(opened::add);
        }
      }
      failIfAny();
      for (Opened o : opened) {
        if (o.elements().isPresent()) {
          readElements(o.sheet(), o.elements().get());
        }
      }
      for (Opened o : opened) {
        if (o.connections().isPresent()) {
          readConnections(o.sheet(), o.connections().get());
        }
      }
      for (ImportFile blueprint : blueprints) {
        new Blueprint(blueprint, elements, routes, found, problems).read(progress);
      }
      failIfAny();
      return found.build();
    } finally {
      all.forEach(Sheet::close);
    }
  }

  /**
   * Takes a workbook's sheets named as the program names them ("Elements", "Connections", any
   * case); failing those, every sheet whose header says what it is. Other sheets (Kumu's Loops, a
   * page of notes) are left alone.
   */
  private void openWorkbook(XlsxBook book, List<Sheet> sheets, List<Opened> opened)
      throws ImportException {
    List<Sheet> named =
        sheets.stream()
            .filter(
                s ->
                    XlsxBook.sheetName(s).equalsIgnoreCase(dialect.elementsSheet)
                        || XlsxBook.sheetName(s).equalsIgnoreCase(dialect.connectionsSheet))
            .toList();
    int before = opened.size();
    for (Sheet s : named.isEmpty() ? sheets : named) {
      open(s, !named.isEmpty()).ifPresent(opened::add);
    }
    if (opened.size() == before && problems.list().isEmpty()) {
      problems.add(
          Problem.error(
              SourcePosition.of(book.name()),
              "the workbook has no "
                  + dialect.elementsSheet
                  + " or "
                  + dialect.connectionsSheet
                  + " sheet",
              "name the sheets "
                  + dialect.elementsSheet
                  + " and "
                  + dialect.connectionsSheet
                  + ", or give their first rows the columns Label and "
                  + dialect.fromName()
                  + ", "
                  + dialect.toName()));
    }
  }

  /**
   * Reads a sheet's header and tells what the sheet is; reports a header that says nothing when the
   * sheet must be one of the two (a CSV file given, a sheet named for it).
   */
  private Optional<Opened> open(Sheet sheet, boolean required) throws ImportException {
    Optional<Row> first = sheet.header();
    if (first.isEmpty()) {
      if (required) {
        problems.add(
            Problem.error(
                SourcePosition.of(sheet.name()),
                "the sheet is empty",
                "the first row names the columns, e.g. Label,Type,Description"));
      }
      return Optional.empty();
    }
    Row row = first.get();
    Header header = new Header(row.cells());
    if (ConnectionColumns.isConnections(dialect, header)) {
      ConnectionColumns c = new ConnectionColumns(dialect, header);
      Optional<String> missing = c.missing();
      if (missing.isPresent()) {
        problems.add(
            Problem.error(
                new SourcePosition(sheet.name(), (int) row.line(), 0),
                "the "
                    + dialect.connectionsSheet.toLowerCase(Locale.ROOT)
                    + " sheet has no "
                    + missing.get()
                    + " column",
                "each row names the two ends of "
                    + dialect.connection
                    + ": its first row has the columns "
                    + dialect.fromName()
                    + " and "
                    + dialect.toName()));
        return Optional.empty();
      }
      return Optional.of(new Opened(sheet, Optional.empty(), Optional.of(c)));
    }
    Dialect other = dialect == Dialect.KUMU ? Dialect.GEPHI : Dialect.KUMU;
    if (ConnectionColumns.isConnections(other, header)) {
      // Without this, Gephi's edge table would pass for Kumu elements (it has Id and Label).
      problems.add(
          Problem.error(
              new SourcePosition(sheet.name(), (int) row.line(), 0),
              other.fromName()
                  + " and "
                  + other.toName()
                  + " are "
                  + (other == Dialect.KUMU ? "Kumu's" : "Gephi's")
                  + " columns: "
                  + dialect.connection.substring(dialect.connection.indexOf(' ') + 1)
                  + "s here name their ends "
                  + dialect.fromName()
                  + " and "
                  + dialect.toName(),
              "import "
                  + (other == Dialect.KUMU ? "Kumu's" : "Gephi's")
                  + " sheets with: networth import "
                  + other.source
                  + " FILE… --into MAP"));
      return Optional.empty();
    }
    ElementColumns e = new ElementColumns(header);
    if (e.named()) {
      return Optional.of(new Opened(sheet, Optional.of(e), Optional.empty()));
    }
    if (required) {
      problems.add(
          Problem.error(
              new SourcePosition(sheet.name(), (int) row.line(), 0),
              "the header names neither "
                  + dialect.element
                  + "'s Label (or ID) nor "
                  + dialect.connection
                  + "'s "
                  + dialect.fromName()
                  + " and "
                  + dialect.toName()
                  + ": found "
                  + String.join(", ", header.names()),
              "the first row names the columns: "
                  + (dialect == Dialect.KUMU ? "Label,Type,Description,Tags" : "Id,Label")
                  + " for the "
                  + dialect.elementsSheet.toLowerCase(Locale.ROOT)
                  + ", "
                  + (dialect == Dialect.KUMU ? "From,To,Type" : "Source,Target,Type,Id,Label")
                  + " for the "
                  + dialect.connectionsSheet.toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  private void readElements(Sheet sheet, ElementColumns columns) throws ImportException {
    long rows = 0;
    for (Optional<Row> r = sheet.next(); r.isPresent(); r = sheet.next()) {
      Origin origin = new Origin(sheet.name(), r.get().line());
      Optional<Element> e = columns.read(r.get());
      if (e.isPresent()) {
        elements.add(e.get(), origin);
      } else {
        found.skip(origin, dialect.element + " without a label");
      }
      if (++rows % REPORT_EVERY == 0) {
        progress.read(sheet.name(), rows, false);
      }
    }
    progress.read(sheet.name(), rows, true);
  }

  private void readConnections(Sheet sheet, ConnectionColumns columns) throws ImportException {
    long rows = 0;
    for (Optional<Row> r = sheet.next(); r.isPresent(); r = sheet.next()) {
      columns.read(r.get(), new Origin(sheet.name(), r.get().line()), elements, routes, found);
      if (++rows % REPORT_EVERY == 0) {
        progress.read(sheet.name(), rows, false);
      }
    }
    progress.read(sheet.name(), rows, true);
  }

  private void failIfAny() throws ImportException {
    if (!problems.list().isEmpty()) {
      throw new ImportException(problems.list());
    }
  }
}
