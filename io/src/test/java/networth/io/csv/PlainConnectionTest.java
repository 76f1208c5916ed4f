package networth.io.csv;

import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The plain rows of a connections sheet, read from their bytes by the threads that lex it: which
 * rows are plain (each one a row the full reader reads without a word), what they say, and that a
 * sheet of plain rows and others, cut into parts anywhere, reads exactly as when it is lexed in one
 * go.
 */
class PlainConnectionTest {

  private static final String HEADER = "From,To,Type,Note,Date,Until,Affiliation,weight,";

  private final PlainConnection plain = reader(HEADER);

  private static PlainConnection reader(String header) {
    Columns columns = new Columns(Arrays.asList(header.split(",", -1)));
    return new PlainConnection(ConnectionColumns.of(columns).orElseThrow(), columns.size());
  }

  private String row;

  private boolean read(PlainConnection reader, String text) {
    row = "##" + text;
    byte[] bytes = (row + "\n").getBytes(StandardCharsets.UTF_8);
    return reader.read(bytes, 2, bytes.length - 1);
  }

  @Test
  void aLinkBetweenTwoIdsWithAKindAndADateIsPlain() {
    assertThat(read(plain, "job-7,person-0,introduced me,,2010-06-19")).isTrue();
    assertThat(row.substring(plain.fromStart, plain.fromEnd)).isEqualTo("job-7");
    assertThat(row.substring(plain.toStart, plain.toEnd)).isEqualTo("person-0");
    assertThat(plain.kind).isEqualTo("introduced me");
    assertThat(plain.date).contains(PartialDate.parse("2010-06-19"));

    assertThat(read(plain, "a,b")).as("cells left out are empty").isTrue();
    assertThat(plain.kind).isEmpty();
    assertThat(plain.date).isEmpty();
    assertThat(read(plain, "a,b,,,2014")).isTrue();
    assertThat(plain.date).contains(PartialDate.parse("2014"));
    assertThat(read(plain, "a,b,,,2014-03,,,,")).isTrue();
    assertThat(plain.date).contains(PartialDate.parse("2014-03"));
    assertThat(read(plain, "b,a,,,,,,,anything in a column without a name")).isTrue();
  }

  @Test
  void gephisDirectionsAreNoKind() {
    assertThat(read(plain, "a,b,Directed")).isTrue();
    assertThat(plain.kind).isEmpty();
    assertThat(read(plain, "a,b,UNDIRECTED")).isTrue();
    assertThat(plain.kind).isEmpty();
    assertThat(read(plain, "a,b,directedly")).isTrue();
    assertThat(plain.kind).isEqualTo("directedly");
  }

  @Test
  void aKindMetAgainIsTheSameString() {
    assertThat(read(plain, "a,b,job")).isTrue();
    String first = plain.kind;
    assertThat(read(plain, "b,a,job")).isTrue();
    assertThat(plain.kind).isSameAs(first);
  }

  @Test
  void everyOtherRowIsLeftToTheFullReader() {
    for (String row :
        List.of(
            ",b",
            "a,",
            " a,b", // blanks the full reader strips
            "a,b ",
            "a,b,job ",
            "a,b, job",
            "'a,b", // a formula guard: the id is =a (CellText)
            "a,b,'=job",
            "\"a\",b", // any quote
            "a,b,x\"y",
            "a,b,,a note",
            "a,b,,,2014-13-01", // no such date
            "a,b,,,2014-3-01",
            "a,b,,,0000",
            "a,b,,,next week",
            "a,b,,,,2015", // an Until
            "a,b,,,,,works at",
            "a,b,,,,,,3", // an attribute
            "a,b,,,,,,,,", // more cells than the header names
            "a,b,caf\u00e9", // not ASCII
            "a,b,tab\there")) {
      assertThat(read(plain, row)).as(row).isFalse();
    }
  }

  @Test
  void gephisColumnsReadAsTheFullReaderReadsThem() {
    PlainConnection gephi = reader("Source,Target,Type,Id,Label,Weight");
    assertThat(read(gephi, "a,b,Directed,e1,mentor,")).isTrue();
    assertThat(gephi.kind).isEqualTo("mentor");
    assertThat(read(gephi, "a,b,Directed,e1,mentor,2.5")).as("an attribute").isFalse();
  }

  // Rows of every kind, plain and not, with CRLF, CR and LF line ends and blank lines between.
  // '=q is an id whose cell is written ''=q: a cell '=q names =q (CellText), which no element has.
  private static final String ELEMENTS = "ID,Label\na,Ann\nb,Ben\nc,Cy\njob-7,Job\n''=q,Q\n";
  private static final String CONNECTIONS =
      "From,To,Type,Note,Date,Until,Affiliation,weight\r\n"
          + "a,b,introduced,,2010-06-19\r\n"
          + "b,c,Directed,,2011\r"
          + "c,a,,,2012-05\n"
          + "\n"
          + "a,c,,,2014-13-01\n"
          + "Ann,c\n"
          + "job-7,a,,a note,2013-01-02\n"
          + "a,zed\n"
          + "b,a,,,,,,2.5\n"
          + "\r\n"
          + "c,b, kind ,,2015\n"
          + "a,job-7,,,,,,,\n"
          + "b,job-7,,\"quoted\nnote\",2016\n"
          + "job-7,b,introduced,,2010-06-19\n"
          + "a,b,'=x\n"
          + "b,c,,,2017-02-30\n"
          + "'=q,b\n"
          + "''=q,a\n"
          + "c,job-7\n";

  @Test
  void aSheetOfPlainRowsAndOthersReadsInPartsAsInOneGo() {
    ReadResult whole = LexedPartsTest.readsInPartsAsInOneGo(ELEMENTS, CONNECTIONS);
    assertThat(whole.map().links()).hasSize(15);
    assertThat(whole.map().links().get(12)).isEqualTo(Link.of("=q", "b"));
    assertThat(whole.map().links().get(13)).isEqualTo(Link.of("'=q", "a"));
    assertThat(said(whole))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("connections.csv:6:") && p.contains("bad Date"))
        .anyMatch(p -> p.startsWith("connections.csv:18:") && p.contains("bad Date"));
  }

  @Test
  void plainRowsSayWhatTheFullReaderSays() {
    ReadResult r = readCsv(CONNECTIONS, 40);
    List<Link> links = r.map().links();
    assertThat(links.get(0))
        .isEqualTo(
            new Link("a", "b", "introduced", Optional.of(PartialDate.parse("2010-06-19")), ""));
    assertThat(links.get(1)).isEqualTo(Link.of("b", "c").withDate(PartialDate.parse("2011")));
    assertThat(r.locations().link(1).map(p -> p.line() + ":" + p.column())).contains("3:1");
    assertThat(r.locations().link(2).map(p -> p.line() + ":" + p.column())).contains("4:1");
    assertThat(links.get(links.size() - 1)).isEqualTo(Link.of("c", "job-7"));
    assertThat(r.locations().link(links.size() - 1).map(p -> p.line())).contains(21);
  }

  private static ReadResult readCsv(String connections, int partBytes) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", ELEMENTS)),
        Optional.of(CsvMapReader.Sheet.of("connections.csv", connections)),
        Progress.NONE,
        partBytes);
  }
}
