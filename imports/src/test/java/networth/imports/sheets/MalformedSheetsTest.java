package networth.imports.sheets;

import static networth.imports.sheets.Sheets.file;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import networth.diagnostics.Problem;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Files that are not what Kumu or Gephi write: each is reported with its place and what to do. */
class MalformedSheetsTest {

  static {
    QuietLibraries.apply();
  }

  private static List<Problem> problems(String importer, ImportFile... files) {
    ImportException e = catchThrowableOfType(ImportException.class, () -> read(importer, files));
    assertThat(e).as("an ImportException").isNotNull();
    return e.problems();
  }

  @Test
  void aHeaderWithoutLabelOrFromAndToIsReportedOnItsLineWithTheColumnsFound() {
    List<Problem> p = problems("kumu", file("bad/people.csv"));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).position().toString()).isEqualTo("people.csv:1");
    assertThat(p.get(0).message())
        .isEqualTo(
            "the header names neither an element's Label (or ID) nor a connection's From and To:"
                + " found Person, Role");
    assertThat(p.get(0).hint()).contains("Label,Type,Description,Tags").contains("From,To,Type");
  }

  @Test
  void aConnectionsSheetWithoutItsToColumnSaysWhichIsMissing() {
    List<Problem> p = problems("kumu", file("kumu/elements.csv"), file("bad/connections.csv"));
    assertThat(p)
        .extracting(Problem::render)
        .singleElement()
        .asString()
        .startsWith("connections.csv:1: error: the connections sheet has no To column");
  }

  @Test
  void aQuotedCellNeverClosedIsReportedAtTheRowWhereItOpens() {
    // unclosed.csv: header on line 1, Emily on 2, Roger's description opens a quote on line 3.
    List<Problem> p = problems("kumu", file("bad/unclosed.csv"));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).position().toString()).isEqualTo("unclosed.csv:3");
    assertThat(p.get(0).message()).contains("a quoted cell is not closed");
  }

  @Test
  void brokenJsonIsReportedAtItsLineAndColumnInPlainWords() {
    // Line 4 starts a second element without a comma after the first: col 5 is its '{'.
    List<Problem> p = problems("kumu", file("bad/blueprint.json"));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).position().toString()).isEqualTo("blueprint.json:4:5");
    assertThat(p.get(0).message())
        .startsWith("not valid JSON: ")
        .contains("was expecting comma")
        .doesNotContain("code 123")
        .doesNotContain("Source:");
  }

  @Test
  void jsonThatIsNoBlueprintSaysWhatABlueprintHolds() {
    List<Problem> p = problems("kumu", ImportFile.of("nodes.json", "{\"nodes\": []}".getBytes()));
    assertThat(p.get(0).position().toString()).isEqualTo("nodes.json:1:1");
    assertThat(p.get(0).message()).contains("\"elements\" and \"connections\"");
  }

  @Test
  void aWorkbookCutShortIsReportedAsDamagedNotAsAZipError() throws Exception {
    byte[] whole =
        WorkbookTest.workbook(
            wb -> WorkbookTest.row(wb.createSheet("Elements"), 0, "Label", "Type"));
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    List<Problem> p = problems("kumu", ImportFile.of("network.xlsx", cut));
    assertThat(p)
        .extracting(Problem::render)
        .singleElement()
        .asString()
        .isEqualTo(
            "network.xlsx: error: not a readable Excel workbook: it is damaged, cut short, or not"
                + " .xlsx\n"
                + "  = open it in a spreadsheet program and save it again as .xlsx (or as one CSV"
                + " file per sheet)");
  }

  @Test
  void anOldXlsWorkbookIsNamedAsSuch() {
    // The first bytes of every OLE2 file, as Excel 97–2003 writes .xls.
    byte[] ole2 = new byte[1024];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    List<Problem> p = problems("gephi", ImportFile.of("graph.xlsx", ole2));
    assertThat(p.get(0).message()).isEqualTo("an old Excel workbook (.xls), which is not read");
  }

  @Test
  void aWorkbookWithNeitherSheetSaysHowToNameThem() throws Exception {
    byte[] book =
        WorkbookTest.workbook(
            wb -> {
              Sheet s = wb.createSheet("Budget");
              WorkbookTest.row(s, 0, "Month", "Amount");
            });
    List<Problem> p = problems("gephi", ImportFile.of("budget.xlsx", book));
    assertThat(p.get(0).position().toString()).isEqualTo("budget.xlsx");
    assertThat(p.get(0).message()).isEqualTo("the workbook has no Nodes or Edges sheet");
  }

  @Test
  void aKumuSheetGivenToGephiIsReportedAndEveryBadFileIsListed() {
    List<Problem> p =
        problems("gephi", file("kumu/connections.csv"), ImportFile.of("empty.csv", new byte[0]));
    assertThat(p)
        .extracting(q -> q.position().toString())
        .containsExactly("connections.csv:1", "empty.csv");
    assertThat(p.get(0).message())
        .isEqualTo("From and To are Kumu's columns: edges here name their ends Source and Target");
    assertThat(p.get(0).hint())
        .isEqualTo("import Kumu's sheets with: networth import kumu FILE… --into MAP");
    assertThat(p.get(1).message()).isEqualTo("the sheet is empty");
  }
}
