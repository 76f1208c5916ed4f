package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A sheet that is not valid CSV, names a column twice, or has cells past its last column: every
 * problem says where (file:line:column, and the row and column as a spreadsheet shows them) in
 * plain words, and the rows that are fine are still read.
 */
class BrokenSheetsTest {

  private static ReadResult elements(String text) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", text)), Optional.empty());
  }

  private static List<String> rendered(ReadResult r) {
    return r.problems().stream()
        .map(p -> p.position() + " " + p.severity() + " " + p.message())
        .toList();
  }

  @Test
  void aQuoteNeverClosedIsReportedWhereItOpens() {
    // Line 3, third cell (column C): the quote opens there and the sheet ends inside it.
    assertThat(rendered(elements("ID,Label,Description\na,A,\nb,B,\"says hi\nand more\n")))
        .containsExactly(
            "elements.csv:3:3 ERROR not valid CSV: a quoted cell is never closed: the sheet ends"
                + " inside it (row 3, column C)");
  }

  @Test
  void anEmptySheetIsPointedAtWhereItsHeaderShouldStand() {
    assertThat(rendered(elements(""))).containsExactly("elements.csv:1:1 ERROR the sheet is empty");
  }

  @Test
  void aCharacterAfterAClosingQuoteIsReportedAndTheOtherRowsAreRead() {
    ReadResult r = elements("ID,Label\na,\"Ann\"x\nb,\"Bo \"\"B\"\"\"\n");
    assertThat(rendered(r))
        .containsExactly(
            "elements.csv:2:2 ERROR not valid CSV: the quoted cell is followed by 'x' before the"
                + " next comma (row 2, column B)");
    assertThat(r.map().nodes())
        .extracting(n -> n.id() + "=" + n.label())
        .containsExactly("b=Bo \"B\"");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirCell() {
    byte[] bytes = "ID,Label\na,Ann\nb,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ReadResult r =
        CsvMapReader.read(
            Optional.of(
                new CsvMapReader.Sheet("elements.csv", () -> new ByteArrayInputStream(bytes))),
            Optional.empty());
    assertThat(rendered(r))
        .containsExactly(
            "elements.csv:3:2 ERROR not valid CSV: this cell is not UTF-8 text (row 3, column B)");
    assertThat(r.map().nodes()).extracting(n -> n.id()).containsExactly("a");
  }

  @Test
  void aColumnNamedTwiceIsAnError() {
    assertThat(rendered(elements("ID,ID\na,b\n")))
        .containsExactly(
            "elements.csv:1:2 ERROR the column 'ID' is named twice: column A is 'ID' (row 1,"
                + " column B)");
    // Found ignoring case and spaces, as every column is.
    assertThat(
            rendered(
                CsvMapReader.read(
                    Optional.empty(),
                    Optional.of(
                        CsvMapReader.Sheet.of("connections.csv", "From,To,Note,note\na,b,x,y\n")))))
        .containsExactly(
            "connections.csv:1:4 ERROR the column 'note' is named twice: column C is 'Note' (row"
                + " 1, column D)");
    // Blank header cells, as spreadsheet programs leave after the last column, may repeat.
    assertThat(elements("ID,Label,,\na,A,,\n").problems()).isEmpty();
  }

  @Test
  void cellsPastTheLastColumnAreAWarningAndTheRowIsStillRead() {
    ReadResult r = elements("ID,Label,Description\na,A,met in London, UK\nb,B,,,\n");
    // Row 2 has a fourth cell (" UK", a comma not quoted); row 3's extra cells are empty: nothing.
    assertThat(rendered(r))
        .containsExactly(
            "elements.csv:2:4 WARNING this row has more cells than the first row names columns:"
                + " the cells from column D on are not read (row 2, column D)");
    assertThat(r.map().node("a").orElseThrow().note()).isEqualTo("met in London");
    assertThat(r.map().node("b")).isPresent();
  }

  /**
   * Brute force over broken sheets: a valid pair with quotes, commas, line breaks and stray bytes
   * put in at random places. Whatever the damage, reading ends with problems that each have a line
   * and a column and no Java internals in their words.
   */
  @Test
  void everyBrokenSheetIsReportedWithAPlace() {
    String elements =
        "ID,Label,Type,Description\na,Ann,person,\"likes, commas\"\nb,\"Bo \"\"B\"\"\",person,\n"
            + "c,Cy,client,\"two\nlines\"\n";
    String connections = "From,To,Type,Note\na,b,introduced,\"x, y\"\nb,c,,\n";
    String[] damage = {"\"", ",", "\n", "\r", "\"\"", "\u00ff", "\u0000", " \"", "\"x"};
    Random random = new Random(11);
    int tried = 0;
    for (int i = 0; i < 1_000; i++) {
      String e = damaged(elements, damage, random);
      String c = damaged(connections, damage, random);
      ReadResult r =
          CsvMapReader.read(
              Optional.of(CsvMapReader.Sheet.of("elements.csv", e)),
              Optional.of(CsvMapReader.Sheet.of("connections.csv", c)));
      for (Problem p : r.problems()) {
        assertThat(p.position().line()).as(e + "\n---\n" + c).isPositive();
        assertThat(p.position().column()).as(e + "\n---\n" + c).isPositive();
        assertThat(p.message()).doesNotContain("Exception").doesNotContain("org.");
      }
      tried++;
    }
    assertThat(tried).isEqualTo(1_000);
  }

  private static String damaged(String text, String[] damage, Random random) {
    StringBuilder s = new StringBuilder(text);
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      s.insert(random.nextInt(s.length() + 1), damage[random.nextInt(damage.length)]);
    }
    return s.toString();
  }
}
