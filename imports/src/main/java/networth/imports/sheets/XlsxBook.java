package networth.imports.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.model.PartialDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel workbook (.xlsx) read as sheets, with Apache POI. Cells come out as the text a person
 * reads: a whole number without its ".0", a date as {@code YYYY-MM-DD}, a formula as its result.
 */
final class XlsxBook {

  static {
    QuietLibraries.apply();
  }

  private final String name;
  private final XSSFWorkbook book;

  private XlsxBook(String name, XSSFWorkbook book) {
    this.name = name;
    this.book = book;
  }

  /** Whether a file's name says it is a workbook. */
  static boolean isWorkbook(ImportFile file) {
    return file.fileName().endsWith(".xlsx") || file.fileName().endsWith(".xlsm");
  }

  /**
   * Reads a workbook whole (the usermodel keeps it in memory; sheets of people run to thousands of
   * rows, not millions).
   *
   * @throws ImportException when the file is no workbook, an old .xls, or damaged
   */
  static XlsxBook open(ImportFile file) throws ImportException, IOException {
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = in.readAllBytes();
    }
    try {
      return new XlsxBook(file.name(), new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes)));
    } catch (org.apache.poi.poifs.filesystem.OfficeXmlFileException
        | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
      throw unreadable(file, "an old Excel workbook (.xls), which is not read");
    } catch (IOException | RuntimeException e) {
      // POI fails on a damaged zip in many ways (ZipException, NotOfficeXmlFileException,
      // POIXMLException, RecordFormatException); to the user they all mean the same thing.
      throw unreadable(
          file, "not a readable Excel workbook: it is damaged, cut short, or no .xlsx");
    }
  }

  private static ImportException unreadable(ImportFile file, String what) {
    return new ImportException(
        Problem.error(
            SourcePosition.of(file.name()),
            what,
            "open it in a spreadsheet program and save it again as .xlsx (or as one CSV file per"
                + " sheet)"));
  }

  String name() {
    return name;
  }

  /** Every sheet, in the workbook's order. */
  List<Sheet> sheets() {
    List<Sheet> all = new ArrayList<>();
    for (org.apache.poi.ss.usermodel.Sheet s : book) {
      all.add(new One(name + "/" + s.getSheetName(), s));
    }
    return all;
  }

  /** The sheet's own name: "Elements". */
  static String sheetName(Sheet s) {
    return s.name().substring(s.name().lastIndexOf('/') + 1);
  }

  /** One sheet of the workbook; its rows are numbered as the spreadsheet program shows them. */
  private static final class One implements Sheet {
    private final String name;
    private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
    private boolean headerRead;

    One(String name, org.apache.poi.ss.usermodel.Sheet sheet) {
      this.name = name;
      this.rows = sheet.rowIterator();
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Optional<Row> header() {
      if (headerRead) {
        throw new IllegalStateException("the header is read once");
      }
      headerRead = true;
      return next();
    }

    @Override
    public Optional<Row> next() {
      while (rows.hasNext()) {
        org.apache.poi.ss.usermodel.Row r = rows.next();
        List<String> cells = new ArrayList<>(Math.max(0, r.getLastCellNum()));
        for (int i = 0; i < r.getLastCellNum(); i++) {
          Cell c = r.getCell(i);
          cells.add(c == null ? "" : text(c, c.getCellType()));
        }
        Row row = new Row(r.getRowNum() + 1L, cells);
        if (!row.isBlank()) {
          return Optional.of(row);
        }
      }
      return Optional.empty();
    }

    @Override
    public void close() {}
  }

  static String text(Cell c, CellType type) {
    switch (type) {
      case STRING:
        return c.getStringCellValue().strip();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(c)) {
          return PartialDate.of(c.getLocalDateTimeCellValue().toLocalDate()).toString();
        }
        return number(c.getNumericCellValue());
      case BOOLEAN:
        return c.getBooleanCellValue() ? "true" : "false";
      case FORMULA:
        return text(c, c.getCachedFormulaResultType());
      default:
        return "";
    }
  }

  /** 50000.0 as "50000", 0.25 as "0.25": the number as it was typed, not as a double prints. */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
