package networth.imports.graphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.io.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMistakesTest {

  private static List<Problem> problems(String importer, String file) {
    ImportException e =
        catchThrowableOfType(ImportException.class, () -> Graphs.read(importer, file));
    assertThat(e).as(file + " is refused").isNotNull();
    return e.problems();
  }

  @Test
  void brokenXmlIsReportedWhereTheParserStoppedInPlainWords() {
    List<Problem> p = problems("gexf", "broken.gexf");
    assertThat(p).hasSize(1);
    // Line 6: label="Smith & Jones"; the bare & is at column 33, the parser stops after it.
    assertThat(p.get(0).position()).isEqualTo(new SourcePosition("broken.gexf", 6, 34));
    assertThat(p.get(0).message()).startsWith("the XML is broken: ").contains("'&'");
    assertThat(p.get(0).render()).contains("Smith & Jones").doesNotContain("ParseError");
  }

  @Test
  void aFileCutShortOrEmptySaysSo() {
    // The first 300 bytes of attributes.gexf: seven lines and the end of the last.
    assertThat(problems("gexf", "truncated.gexf").get(0).render())
        .startsWith(
            "truncated.gexf:8:1: error: the XML is broken: the file ends before its elements are"
                + " closed (is it cut short?)");
    assertThat(problems("graphml", "empty.graphml").get(0).render())
        .startsWith(
            "empty.graphml:1:1: error: the XML is broken: the file is empty, or ends before its"
                + " first element");
  }

  @Test
  void everyMistakeOfAFileIsReportedAtOnceInTheOrderOfItsLines() {
    List<Problem> p = problems("gexf", "mistakes.gexf");
    assertThat(p)
        .extracting(x -> x.position().toString())
        .containsExactly("mistakes.gexf:6:39", "mistakes.gexf:7:16", "mistakes.gexf:11:31");
    assertThat(p.get(0).message())
        .isEqualTo(
            "bad start '10/02/2011' of 'Roger Hale': expected a date like 2026-02-08 (or 2026-02,"
                + " or 2026)");
    assertThat(p.get(1).message()).isEqualTo("node id '0' is declared twice (first on line 5)");
    assertThat(p.get(2).message()).isEqualTo("edge '1' goes to '7', which no node declares");
    assertThat(p.get(2).hint())
        .isEqualTo("declare a node with id \"7\", or correct the edge's target");
  }

  @Test
  void aGraphmlFileGivenAsGexfNamesTheImporterToUseAndTheOtherWayRound() {
    Problem graphml = problems("gexf", "plain.graphml").get(0);
    assertThat(graphml.position()).isEqualTo(new SourcePosition("plain.graphml", 2, 1));
    assertThat(graphml.message())
        .isEqualTo("expected a GEXF file, whose root element is <gexf>, but found <graphml>");
    assertThat(graphml.hint()).contains("networth import graphml plain.graphml");
    Problem gexf = problems("graphml", "attributes.gexf").get(0);
    assertThat(gexf.hint()).contains("networth import gexf attributes.gexf");
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityReadsALocalFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "the-secret-words");
    String hostile =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE gexf [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes>\n"
            + "<node id=\"0\" label=\"&s;\"/>\n"
            + "</nodes></graph></gexf>\n";
    ImportFile file = ImportFile.of("hostile.gexf", hostile.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new GexfImporter().read(List.of(file), Progress.NONE))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("hostile.gexf:2:1: error: the file declares a DOCTYPE")
        .hasMessageNotContaining("the-secret-words");

    // Even read past the DOCTYPE, the reader itself resolves no entity: the secret never shows.
    List<String> seen = new ArrayList<>();
    try {
      XMLStreamReader r = XmlInput.open(new SourceText("hostile.gexf", hostile.getBytes()));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          for (int i = 0; i < r.getAttributeCount(); i++) {
            seen.add(r.getAttributeValue(i));
          }
        }
      }
    } catch (XMLStreamException | ImportException refused) {
      seen.add(String.valueOf(refused.getMessage()));
    }
    assertThat(String.join(" ", seen)).doesNotContain("the-secret-words");
  }

  @Test
  void entitiesThatWouldExpandWithoutBoundAreRefusedAtOnce() {
    // A billion laughs: nine levels of ten, 10^9 "lol"s if expanded.
    long start = System.nanoTime();
    Problem p = problems("graphml", "laughs.graphml").get(0);
    assertThat(p.position()).isEqualTo(new SourcePosition("laughs.graphml", 2, 1));
    assertThat(p.message()).startsWith("the file declares a DOCTYPE, which is not read");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void theXxeFileOfTheTestsIsRefusedWithoutReadingEtcPasswd() {
    Problem p = problems("gexf", "xxe.gexf").get(0);
    assertThat(p.render()).startsWith("xxe.gexf:2:1: error: the file declares a DOCTYPE");
    assertThat(p.render()).doesNotContain("root:");
  }
}
