package networth.io.csv;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import networth.io.Progress;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connections sheet lexed in parts: cut anywhere, it reads as it does in one go. */
class LexedPartsTest {

  private static final String ELEMENTS = "ID,Label\na,Ann\nb,Ben\nc,Cy\n";

  // A byte-order mark; notes whose quoted cells hold line feeds, a CRLF and a comma; a blank line;
  // CRLF line ends; a bad date on line 13 (row 8), after three line breaks inside cells and two
  // blank lines; an end no element declares.
  private static final String CONNECTIONS =
      "\uFEFFFrom,To,Note,Date\r\n"
          + "a,b,\"first line\nsecond line\",2020\r\n"
          + "b,c,plain,2021-03\n"
          + "\n"
          + "c,a,\"one\r\ntwo, and \"\"three\"\"\",2022-01-05\n"
          + "a,c,,\n"
          + "\r\n"
          + "b,a,\"\n\",2019\n"
          + "a,b,again,2023\n"
          + "c,b,bad,20x\n"
          + "a,zed,,2024\n";

  @Test
  void cutAtEveryByteTheSheetReadsAsInOneGo() {
    assertThat(readsInPartsAsInOneGo(ELEMENTS, CONNECTIONS).map().links()).hasSize(7);
  }

  /**
   * Reads the pair with its connections sheet lexed in one go, then cut into parts of every size up
   * to half the sheet, and holds each reading to the first: the same problems, map and places. The
   * reading in one go.
   */
  static ReadResult readsInPartsAsInOneGo(String elements, String connections) {
    ReadResult whole = read(elements, connections, Integer.MAX_VALUE / 2);
    int size = connections.getBytes(StandardCharsets.UTF_8).length;
    for (int part = 1; part <= size / 2; part++) {
      ReadResult inParts = read(elements, connections, part);
      assertThat(said(inParts)).as("parts of %d bytes", part).isEqualTo(said(whole));
      assertThat(inParts.map()).as("parts of %d bytes", part).isEqualTo(whole.map());
      assertThat(places(inParts)).as("parts of %d bytes", part).isEqualTo(places(whole));
    }
    return whole;
  }

  @Test
  void linesAndRowsAreCountedAcrossParts() {
    ReadResult r = read(CONNECTIONS, 7);

    // Counted by hand: the header is line 1; the cells of lines 2-3, 6-7 and 10-11 hold breaks;
    // lines 5 and 9 are blank.
    assertThat(said(r))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith("connections.csv:13:4 bad Date")
                    .contains("(row 8, column D)"));
    assertThat(r.map().links()).hasSize(7);
    assertThat(r.map().links().get(2).note()).isEqualTo("one\r\ntwo, and \"three\"");
    assertThat(r.locations().link(2).map(p -> p.line())).contains(6);
    assertThat(r.locations().link(4).map(p -> p.line())).contains(10);
    assertThat(r.locations().link(6).map(p -> p.line())).contains(14);
    assertThat(r.locations().of("zed").map(p -> p.line())).contains(14);
  }

  @Test
  void aQuoteNeverClosedIsReportedWhereItOpens() {
    String sheet = "From,To,Note\na,b,x\nb,c,\"open\na,c,y\nc,a,z\n";
    for (int part = 1; part < sheet.length() / 2; part++) {
      assertThat(said(read(sheet, part)))
          .as("parts of %d bytes", part)
          .isEqualTo(said(read(sheet, Integer.MAX_VALUE / 2)))
          .anyMatch(
              p ->
                  p.startsWith("connections.csv:3:")
                      && p.contains("a quoted cell is never closed"));
    }
  }

  @Test
  void aFileIsReadInPartsAndItsThreadsStop(@TempDir Path dir) throws Exception {
    StringBuilder elements = new StringBuilder("ID\n");
    StringBuilder connections = new StringBuilder("From,To,Note\n");
    for (int i = 0; i < 2000; i++) {
      elements.append("n").append(i).append('\n');
      String note = i % 7 == 0 ? "\"line\nbreak " + i + "\"" : "note " + i;
      connections.append("n").append(i).append(",n").append((i * 7 + 1) % 2000).append(',');
      connections.append(note).append('\n');
    }
    Path e = Files.writeString(dir.resolve("elements.csv"), elements);
    Path c = Files.writeString(dir.resolve("connections.csv"), connections);

    ReadResult whole = readFiles(e, c, Integer.MAX_VALUE / 2);
    ReadResult inParts = readFiles(e, c, 1000);

    assertThat(inParts.map().links()).hasSize(2000);
    assertThat(inParts.map().links().get(1999).note()).isEqualTo("note 1999");
    assertThat(inParts.locations().link(1999).map(p -> p.line())).contains(2001 + 1999 / 7 + 1);
    assertThat(inParts.map()).isEqualTo(whole.map());
    assertThat(places(inParts)).isEqualTo(places(whole));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("networth-csv") && t.isAlive());
  }

  @Test
  void aLargeConnectionsSheetIsLexedInPartsAndAnElementsSheetInOneGo() throws Exception {
    IdStrings ids = new IdStrings(networth.model.NetworkMap.builder());
    CsvMapReader.Sheet sheet = CsvMapReader.Sheet.of("connections.csv", CONNECTIONS);
    try (Records connections =
            Records.of(sheet, new RecordSharing(ids, ConnectionSheet.ID_COLUMNS), 16);
        Records elements =
            Records.of(sheet, new RecordSharing(ids, IdStrings.Columns.none()), 16)) {
      assertThat(connections)
          .isInstanceOf(LexedParts.THREADS > 1 ? LexedParts.class : RecordStream.class);
      assertThat(elements).isInstanceOf(RecordStream.class);
    }
  }

  private static ReadResult read(String connections, int partBytes) {
    return read(ELEMENTS, connections, partBytes);
  }

  private static ReadResult read(String elements, String connections, int partBytes) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", elements)),
        Optional.of(CsvMapReader.Sheet.of("connections.csv", connections)),
        Progress.NONE,
        partBytes);
  }

  private static ReadResult readFiles(Path elements, Path connections, int partBytes) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.file(elements)),
        Optional.of(CsvMapReader.Sheet.file(connections)),
        Progress.NONE,
        partBytes);
  }
}
