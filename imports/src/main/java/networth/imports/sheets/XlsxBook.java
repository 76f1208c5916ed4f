package networth.imports.sheets;

import java.io.ByteArrayInputStream;
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
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An Excel workbook (.xlsx) read as sheets, with Apache POI's streaming reader: the sheets' XML is
 * read as it comes rather than built into POI's object model, which takes seconds on a workbook of
 * ten thousand rows. Cells come out as the text a person reads: a whole number without its ".0", a
 * date as {@code YYYY-MM-DD}, a formula as its result.
 */
final class XlsxBook {

  static {
    QuietLibraries.apply();
  }

  private final String name;
  private final List<Sheet> sheets;

  private XlsxBook(String name, List<Sheet> sheets) {
    this.name = name;
    this.sheets = List.copyOf(sheets);
  }

  /** Whether a file's name says it is a workbook. */
  static boolean isWorkbook(ImportFile file) {
    return file.fileName().endsWith(".xlsx") || file.fileName().endsWith(".xlsm");
  }

  /**
   * Reads every sheet of a workbook.
   *
   * @throws ImportException when the file is no workbook, an old .xls, or damaged
   */
  static XlsxBook open(ImportFile file) throws ImportException, IOException {
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = in.readAllBytes();
    }
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<Sheet> sheets = new ArrayList<>();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          Collected rows = new Collected();
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(
              new XSSFSheetXMLHandler(styles, strings, rows, new AsWritten(), false));
          xml.parse(new InputSource(sheet));
          sheets.add(new Rows(file.name() + "/" + it.getSheetName(), rows.rows));
        }
      }
      return new XlsxBook(file.name(), sheets);
    } catch (OLE2NotOfficeXmlFileException e) {
      throw unreadable(file, "an old Excel workbook (.xls), which is not read");
    } catch (Exception e) {
      // POI fails on a damaged zip in many ways (ZipException, NotOfficeXmlFileException,
      // POIXMLException, SAXException); to the user they all mean the same thing.
      throw unreadable(
          file, "not a readable Excel workbook: it is damaged, cut short, or not .xlsx");
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

  /** Every sheet, in the workbook's order, named {@code book.xlsx/Elements}. */
  List<Sheet> sheets() {
    return sheets;
  }

  /** The sheet's own name: "Elements". */
  static String sheetName(Sheet s) {
    return s.name().substring(s.name().lastIndexOf('/') + 1);
  }

  /** Gathers a sheet's rows, each cell in its column, as the reader hands them over. */
  private static final class Collected implements XSSFSheetXMLHandler.SheetContentsHandler {
    final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      Row row = new Row(rowNum + 1L, cells);
      if (!row.isBlank()) {
        rows.add(row);
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      // Empty cells are not in the XML: the column comes from the cell's reference ("C7").
      int column = reference == null ? cells.size() : column(reference);
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(value == null ? "" : value.strip());
    }
  }

  /** The column a reference names, from 0: "C7" is 2, "AA1" is 26. */
  static int column(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = Character.toUpperCase(reference.charAt(i));
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  /**
   * Numbers as they were typed rather than as the cell's format shows them: 50000.0 (shown as
   * "£50,000") is 50000, a date is {@code YYYY-MM-DD} whatever the locale's format.
   */
  private static final class AsWritten extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return PartialDate.of(DateUtil.getLocalDateTime(value).toLocalDate()).toString();
      }
      return number(value);
    }
  }

  /** 50000.0 as "50000", 0.25 as "0.25": the number as it was typed, not as a double prints. */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /** A sheet read whole. */
  private static final class Rows implements Sheet {
    private final String name;
    private final Iterator<Row> rows;
    private boolean headerRead;

    Rows(String name, List<Row> rows) {
      this.name = name;
      this.rows = rows.iterator();
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
      return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
    }

    @Override
    public void close() {}
  }
}
