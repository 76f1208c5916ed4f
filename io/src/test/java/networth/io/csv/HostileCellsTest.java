package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Cells a spreadsheet would run as formulas, and ids with blanks around them: written so that a
 * spreadsheet shows them as text and networth reads back exactly what it wrote.
 */
class HostileCellsTest {

  private static ReadResult readBack(CsvMapWriter.Sheets sheets) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", sheets.elements())),
        Optional.of(CsvMapReader.Sheet.of("connections.csv", sheets.connections())));
  }

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.PERSON).withLabel("=HYPERLINK(\"http://x\")"))
            .node(Node.of("b", NodeKind.PERSON).withNote("+44 20 7946 0000"))
            .node(Node.of("-c", NodeKind.PERSON).withLabel("@SUM(A1)"))
            .link(new Link("a", "-c", "=cmd|' /C calc'!A0", Optional.empty(), "-2+3"))
            .build();
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    // OWASP: no cell starts with = + - @ tab or carriage return; a ' in front makes it text. A cell
    // holding a quote is quoted as CSV quotes it, the quote written twice.
    assertThat(sheets.elements().lines())
        .containsExactly(
            "ID,Label,Type,Tags,Value,Probability,Stage,Date,Description",
            "a,\"'=HYPERLINK(\"\"http://x\"\")\",person,,,,,,",
            "b,b,person,,,,,,'+44 20 7946 0000",
            "'-c,'@SUM(A1),person,,,,,,");
    assertThat(sheets.connections().lines())
        .containsExactly("From,To,Type,Note,Date", "a,'-c,'=cmd|' /C calc'!A0,'-2+3,");
    ReadResult back = readBack(sheets);
    assertThat(back.problems()).isEmpty();
    assertThat(back.map()).isEqualTo(map);
  }

  @Test
  void aTextThatReallyStartsWithAQuoteSurvives() {
    // The rule: reading takes one ' off a cell whose ' is followed by = + - @ tab, CR or another ';
    // writing puts one in front of exactly the texts that reading would otherwise change.
    List<String> labels =
        List.of("'=x", "''", "'", "'Tis", "''=1", "\tindented", "\rreturn", "'\tx", "a'=b");
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i < labels.size(); i++) {
      b.node(Node.of("n" + i, NodeKind.PERSON).withLabel(labels.get(i)));
    }
    NetworkMap map = b.build();
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    // Split at LF only: the carriage return is inside a quoted cell.
    assertThat(
            java.util.Arrays.stream(sheets.elements().split("\n"))
                .skip(1)
                .map(l -> l.split(",")[1])
                .toList())
        .containsExactly(
            "''=x", "'''", "'", "'Tis", "'''=1", "'\tindented", "\"'\rreturn\"", "''\tx", "a'=b");
    ReadResult back = readBack(sheets);
    assertThat(back.problems()).isEmpty();
    assertThat(back.map().nodes().stream().map(Node::label).toList()).isEqualTo(labels);
  }

  @Test
  void idsWithBlanksAroundThemAreQuotedAndReadBackTheSame() {
    List<String> ids = List.of(" lead", "trail ", "form\f", "\u2003em space", "plain");
    NetworkMap.Builder b = NetworkMap.builder();
    ids.forEach(id -> b.node(Node.of(id, NodeKind.PERSON)));
    // "trail " and "trail" are two nodes: once trimmed they would be one id twice.
    b.node(Node.of("trail", NodeKind.PERSON));
    b.link(" lead", "trail ").link("form\f", "trail");
    NetworkMap map = b.build();
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    assertThat(sheets.connections().lines())
        .containsExactly(
            "From,To,Type,Note,Date", "\" lead\",\"trail \",,,", "\"form\f\",trail,,,");
    ReadResult back = readBack(sheets);
    assertThat(back.problems()).isEmpty();
    assertThat(back.map()).isEqualTo(map);
  }

  @Test
  void blanksAroundAnUnquotedCellAreNotPartOfIt() {
    ReadResult r =
        CsvMapReader.read(
            Optional.of(
                CsvMapReader.Sheet.of(
                    "elements.csv", "ID,Label\n  Emily , Emily Lee\t\n\" Roger \" , \"R\"\n")),
            Optional.empty());
    assertThat(r.problems()).isEmpty();
    // Unquoted: trimmed. Quoted: exactly what is between the quotes; blanks outside them ignored.
    assertThat(r.map().nodes().stream().map(n -> n.id() + "|" + n.label()).toList())
        .containsExactly("Emily|Emily Lee", " Roger |R");
  }
}
