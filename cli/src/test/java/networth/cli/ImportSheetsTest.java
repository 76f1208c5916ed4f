package networth.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth import kumu|gephi …} from the command line, into a map file on disk. */
class ImportSheetsTest {

  @TempDir Path dir;

  // Written by hand from Kumu's import guide: a multi-target To, tags, a quoted comma.
  private static final String ELEMENTS =
      """
      Label,Type,Description,Tags,Email
      Emily Carter,Person,"Producer, Channel 4 News",media | tv,emily@example.org
      Cielo Ltd,Company,,client,
      """;
  private static final String CONNECTIONS =
      """
      From,To,Type,Direction
      Emily Carter,Roger Hale | Cielo Ltd,introduced,
      Roger Hale,Cielo Ltd,works at,
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  @Test
  void kumuSheetsMakeANewMapAndImportingThemAgainChangesNoByte() throws Exception {
    Path elements = write("elements.csv", ELEMENTS);
    Path connections = write("connections.csv", CONNECTIONS);
    Path map = dir.resolve("network.netmap");

    Run first = Run.of("import", "kumu", "" + elements, "" + connections, "--into", "" + map);
    assertThat(first.exit()).as(first.err()).isZero();
    // Emily, Roger (made by the connection), Cielo; Emily → Roger and Emily → Cielo; Roger works
    // at Cielo (a role is an affiliation, not a link).
    assertThat(first.out())
        .contains("added      1 person, 1 organisation, 1 node, 2 links, 1 affiliation");
    String text = Files.readString(map);
    assertThat(text)
        .contains("person \"Emily Carter\"  note \"Producer, Channel 4 News\" tags=\"media, tv\"")
        .contains("email=emily@example.org")
        .contains("source=\"" + elements + " row 2\"")
        .contains("organisation \"Cielo Ltd\"")
        .contains("\"Emily Carter\" -[introduced]-> \"Roger Hale\"")
        .contains("\"Roger Hale\" works at \"Cielo Ltd\"");

    byte[] once = Files.readAllBytes(map);
    Run again = Run.of("import", "kumu", "" + connections, "" + elements, "--into", "" + map);
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("added      nothing");
    assertThat(Files.readAllBytes(map)).isEqualTo(once);
  }

  @Test
  void aBrokenSheetIsReportedWithItsPlaceAndTheMapIsNotTouched() throws Exception {
    Path map = dir.resolve("network.netmap");
    Path elements = write("elements.csv", ELEMENTS);
    assertThat(Run.of("import", "kumu", "" + elements, "--into", "" + map).exit()).isZero();
    byte[] before = Files.readAllBytes(map);

    // Line 3 opens a quote it never closes.
    Path broken =
        write("more.csv", "Label,Type\nAnn Lee,Person\nBen Ong,\"Person\nCy Park,Person\n");
    Run run = Run.of("import", "kumu", "" + broken, "--into", "" + map);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(broken + ":3: error: this row is not valid CSV")
        .contains("was not changed")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void gephisHeaderGivenToKumuIsAWrongHeaderWithItsLine() throws Exception {
    Path edges = write("edges.csv", "Source,Target,Type,Id,Label,Weight\n0,1,Directed,0,,1.0\n");
    Path map = dir.resolve("network.netmap");
    Run run = Run.of("import", "kumu", "" + edges, "--into", "" + map);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            edges
                + ":1: error: Source and Target are Gephi's columns: connections here name their"
                + " ends From and To")
        .contains("= import Gephi's sheets with: networth import gephi FILE… --into MAP");
    assertThat(map).doesNotExist();
  }

  @Test
  void aWorkbookIsReadWithNumbersAndDatesAsTypedAndNoLibraryLogReachesTheTerminal()
      throws Exception {
    Path book = Files.write(dir.resolve("network.xlsx"), handWrittenWorkbook());
    Path map = dir.resolve("network.netmap");

    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    Run run;
    try {
      System.setOut(new PrintStream(stray, true, UTF_8));
      System.setErr(new PrintStream(stray, true, UTF_8));
      run = Run.of("import", "gephi", "" + book, "--into", "" + map);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(run.exit()).as(run.err()).isZero();
    // Apache POI logs through Log4j, which without a logging implementation complains on the
    // terminal; nothing of it may show.
    assertThat(stray.toString(UTF_8)).isEmpty();
    assertThat(run.err()).doesNotContain("Log4j").doesNotContain("StatusLogger");
    String text = Files.readString(map);
    // 50000 as typed (not 50000.0); serial 41243 in a date-formatted cell is 2012-11-30.
    assertThat(text)
        .contains("person \"Ann Lee\"  Revenue=50000 \"Met on\"=2012-11-30")
        .contains("source=\"" + book + "/Nodes row 2\"")
        .contains("\"Ann Lee\" -[knows]-> \"Ben Ong\"")
        .contains("\"Ann Lee\" -[knows]-> \"Cy Park\"");
  }

  /**
   * An .xlsx written part by part, as a program that writes SpreadsheetML itself would: inline
   * strings, a number, a date as a serial number in a cell styled with the built-in date format 14,
   * and the edges' first row left empty.
   */
  private static byte[] handWrittenWorkbook() throws IOException {
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
    String sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
            + sheetType
            + "\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\""
            + sheetType
            + "\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<Relationships xmlns=\""
            + pkg
            + "\"><Relationship Id=\"rId1\" Type=\""
            + rel
            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + main
            + "\" xmlns:r=\""
            + rel
            + "\"><sheets><sheet name=\"Nodes\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "<sheet name=\"Edges\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\""
            + pkg
            + "\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + rel
            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\""
            + rel
            + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\""
            + rel
            + "/styles\" Target=\"styles.xml\"/></Relationships>");
    parts.put(
        "xl/styles.xml",
        "<styleSheet xmlns=\""
            + main
            + "\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
            + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
            + "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    parts.put(
        "xl/worksheets/sheet1.xml",
        sheet(
            main,
            "<row r=\"1\">"
                + text("A1", "Id")
                + text("B1", "Label")
                + text("C1", "Type")
                + text("D1", "Revenue")
                + text("E1", "Met on")
                + "</row><row r=\"2\">"
                + text("A2", "a")
                + text("B2", "Ann Lee")
                + text("C2", "Person")
                + "<c r=\"D2\"><v>50000</v></c><c r=\"E2\" s=\"1\"><v>41243</v></c></row>"
                + "<row r=\"3\">"
                + text("A3", "b")
                + text("B3", "Ben Ong")
                + "</row>"));
    parts.put(
        "xl/worksheets/sheet2.xml",
        sheet(
            main,
            "<row r=\"2\">"
                + text("A2", "Source")
                + text("B2", "Target")
                + text("C2", "Label")
                + "</row><row r=\"3\">"
                + text("A3", "a")
                + text("B3", "b | Cy Park")
                + text("C3", "knows")
                + "</row>"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + part.getValue())
                .getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sheet(String ns, String rows) {
    return "<worksheet xmlns=\"" + ns + "\"><sheetData>" + rows + "</sheetData></worksheet>";
  }

  private static String text(String cell, String value) {
    return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }
}
