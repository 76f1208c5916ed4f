package networth.imports.sheets;

import static networth.imports.sheets.Sheets.ends;
import static networth.imports.sheets.Sheets.link;
import static networth.imports.sheets.Sheets.node;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Origin;
import networth.model.NodeKind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An .xlsx workbook as Kumu exports it: an Elements and a Connections sheet. A workbook cannot be
 * typed by hand, so each test builds one with POI's low-level API, cell by cell, as another program
 * would write it: numbers as numbers, dates as date-formatted numbers, sheets in any order.
 */
class WorkbookTest {

  static {
    // The test writes workbooks with POI before the importer is loaded: keep its log quiet too.
    QuietLibraries.apply();
  }

  @Test
  void elementsAndConnectionsSheetsAreReadWithNumbersAndDatesAsAPersonReadsThem() throws Exception {
    byte[] book =
        workbook(
            wb -> {
              Sheet notes = wb.createSheet("Read me");
              notes.createRow(0).createCell(0).setCellValue("Exported from Kumu");
              Sheet connections = wb.createSheet("CONNECTIONS");
              row(connections, 0, "From", "To", "Type", "Since");
              Row c = row(connections, 1, "Emily Carter", "Roger Hale | Andy Reid", "introduced");
              date(wb, c, 3, LocalDate.of(2013, 6, 4));
              Sheet elements = wb.createSheet("Elements");
              row(elements, 0, "Label", "Type", "Tags", "Revenue", "Met on", "Share");
              Row e = row(elements, 1, "Emily Carter", "Person", "media | tv");
              e.createCell(3).setCellValue(50000.0);
              date(wb, e, 4, LocalDate.of(2012, 11, 30));
              e.createCell(5).setCellValue(0.25);
              // Row 3 left empty, as people leave gaps; the next element is on row 4.
              row(elements, 3, "Cielo Ltd", "Organization");
            });
    Found found = read("kumu", ImportFile.of("network.xlsx", book));

    assertThat(found.nodes().stream().map(n -> n.item().id()))
        .containsExactly("Emily Carter", "Cielo Ltd", "Roger Hale", "Andy Reid");
    var emily = node(found, "Emily Carter");
    assertThat(emily.item().kind()).isEqualTo(NodeKind.PERSON);
    // 50000.0 in the cell is 50000 to whoever typed it; a date cell is the date, not 41243.
    assertThat(emily.item().attributes())
        .containsExactly(
            Map.entry("tags", "media, tv"),
            Map.entry("Revenue", "50000"),
            Map.entry("Met on", "2012-11-30"),
            Map.entry("Share", "0.25"));
    assertThat(emily.origin()).isEqualTo(new Origin("network.xlsx/Elements", 2));
    assertThat(node(found, "Cielo Ltd").origin()).isEqualTo(new Origin("network.xlsx/Elements", 4));
    assertThat(node(found, "Cielo Ltd").item().kind()).isEqualTo(NodeKind.ORGANISATION);

    assertThat(ends(found))
        .containsExactly("Emily Carter → Roger Hale", "Emily Carter → Andy Reid");
    var introduced = link(found, "Emily Carter", "Andy Reid");
    assertThat(introduced.item().kind()).isEqualTo("introduced");
    assertThat(introduced.item().attributes()).containsExactly(Map.entry("Since", "2013-06-04"));
    assertThat(introduced.origin()).isEqualTo(new Origin("network.xlsx/CONNECTIONS", 2));
  }

  @Test
  void withoutSheetNamesTheHeadersTellWhichIsWhich() throws Exception {
    byte[] book =
        workbook(
            wb -> {
              row(wb.createSheet("Sheet1"), 0, "Source", "Target", "Type", "Id", "Label", "Weight");
              row(wb.getSheet("Sheet1"), 1, "a", "b", "Undirected", "0", "knows");
              row(wb.createSheet("Sheet2"), 0, "Id", "Label");
              row(wb.getSheet("Sheet2"), 1, "a", "Ann Lee");
              row(wb.getSheet("Sheet2"), 2, "b", "Ben Ong");
            });
    Found found = read("gephi", ImportFile.of("graph.xlsx", book));
    assertThat(ends(found)).containsExactly("Ann Lee → Ben Ong");
    assertThat(link(found, "Ann Lee", "Ben Ong").item().attributes())
        .containsExactly(Map.entry("direction", "undirected"));
  }

  @Test
  void aFormulaIsReadAsTheResultTheSpreadsheetShows() throws Exception {
    byte[] book =
        workbook(
            wb -> {
              Sheet s = wb.createSheet("Elements");
              row(s, 0, "Label", "Size");
              Row r = row(s, 1, "Cielo Ltd");
              r.createCell(1).setCellFormula("2*3000");
              wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    Found found = read("kumu", ImportFile.of("book.xlsx", book));
    assertThat(node(found, "Cielo Ltd").item().attributes())
        .containsExactly(Map.entry("Size", "6000"));
  }

  interface Filler {
    void fill(XSSFWorkbook wb) throws IOException;
  }

  static byte[] workbook(Filler filler) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      filler.fill(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  static Row row(Sheet sheet, int index, String... cells) {
    Row r = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      r.createCell(i).setCellValue(cells[i]);
    }
    return r;
  }

  static void date(XSSFWorkbook wb, Row row, int column, LocalDate date) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    var cell = row.createCell(column);
    cell.setCellValue(date);
    cell.setCellStyle(style);
  }
}
