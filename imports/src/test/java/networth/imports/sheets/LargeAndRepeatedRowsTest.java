package networth.imports.sheets;

import static networth.imports.sheets.Sheets.node;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Origin;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/** A sheet of ten thousand rows, and an element listed twice. */
class LargeAndRepeatedRowsTest {

  @Test
  void tenThousandConnectionsAreReadAndTheProgressHearsOfThemAsTheyCome() throws Exception {
    // A chain: Person 1 → Person 2 → … → Person 10001, one connection a row, no element sheet.
    StringBuilder csv = new StringBuilder("From,To,Type\n");
    for (int i = 1; i <= 10_000; i++) {
      csv.append("Person ").append(i).append(",Person ").append(i + 1).append(",knows\n");
    }
    List<String> heard = new ArrayList<>();
    Found found =
        new KumuImporter()
            .read(
                List.of(
                    ImportFile.of("chain.csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                (source, rows, done) -> heard.add(source + " " + rows + " " + done));

    assertThat(found.links()).hasSize(10_000);
    assertThat(found.nodes()).hasSize(10_001);
    assertThat(found.skipped()).isEmpty();
    // Every node is made by the first row that names it: Person 10001 by the last row, line 10001.
    assertThat(node(found, "Person 10001").origin()).isEqualTo(new Origin("chain.csv", 10_001));
    assertThat(heard).containsExactly("chain.csv 10000 false", "chain.csv 10000 true");
  }

  @Test
  void anElementListedTwiceIsOneNodeWithTheLaterRowsCellsOverTheEarlier() throws Exception {
    String csv =
        """
        Label,Type,Description,Phone,City
        Emily Carter,,Producer,0123,London
        Emily Carter,Person,,,Leeds
        """;
    Found found = read("kumu", ImportFile.of("elements.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(found.nodes()).hasSize(1);
    var emily = node(found, "Emily Carter");
    assertThat(emily.item().kind()).isEqualTo(NodeKind.PERSON);
    // The second row's empty Description leaves the first's; its City replaces London.
    assertThat(emily.item().note()).isEqualTo("Producer");
    assertThat(emily.item().attributes())
        .containsExactly(Map.entry("Phone", "0123"), Map.entry("City", "Leeds"));
    assertThat(emily.origin()).isEqualTo(new Origin("elements.csv", 2));
  }

  @Test
  void anIdColumnTellsApartTwoElementsOfOneLabelAndConnectionsUseIt() throws Exception {
    String elements =
        """
        ID,Label,Type
        p1,Andy Reid,Person
        p2,Andy Reid,Person
        """;
    String connections =
        """
        From,To
        p1,p2
        p1,Andy Reid
        """;
    Found found =
        read(
            "kumu",
            ImportFile.of("elements.csv", elements.getBytes(StandardCharsets.UTF_8)),
            ImportFile.of("connections.csv", connections.getBytes(StandardCharsets.UTF_8)));
    assertThat(found.nodes().stream().map(e -> e.item().id()))
        .containsExactly("Andy Reid", "Andy Reid (2)");
    assertThat(Sheets.ends(found)).containsExactly("Andy Reid → Andy Reid (2)");
    // Row 3: "p1" is the first Andy by ID, and "Andy Reid" by label the first of that label: the
    // same element, so the row would link it to itself.
    assertThat(found.skipped())
        .extracting(s -> s.reason())
        .containsExactly("a connection from an element to itself");
  }
}
