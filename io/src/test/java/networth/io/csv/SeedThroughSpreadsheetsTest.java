package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;
import networth.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed example, through the spreadsheet pair and back, keeps everything a spreadsheet holds.
 */
class SeedThroughSpreadsheetsTest {

  static final Path SEED = Path.of("../examples/power-of-the-network.netmap");

  @Test
  void csvPairAndBackKeepsIdsKindsTagsValuesNotesAndDates(@TempDir Path dir) throws Exception {
    NetworkMap seed = MapFiles.read(List.of(SEED)).map();
    MapFiles.write(seed, networth.io.Layout.NONE, dir.resolve("sheets"));
    ReadResult fromCsv =
        MapFiles.read(
            List.of(dir.resolve("sheets/elements.csv"), dir.resolve("sheets/connections.csv")));
    assertThat(fromCsv.problems()).isEmpty();
    Path netmap = dir.resolve("back.netmap");
    MapFiles.write(fromCsv.map(), networth.io.Layout.NONE, netmap);
    NetworkMap back = MapFiles.read(List.of(netmap)).map();

    assertThat(ids(back)).isEqualTo(ids(seed));
    for (Node n : seed.nodes()) {
      Node b = back.node(n.id()).orElseThrow();
      assertThat(b.kind()).as(n.id()).isEqualTo(n.kind());
      assertThat(b.label()).as(n.id()).isEqualTo(n.label());
      assertThat(b.date()).as(n.id()).isEqualTo(n.date());
      assertThat(b.note()).as(n.id()).isEqualTo(n.note());
      assertThat(b.deal()).as(n.id()).isEqualTo(n.deal());
      assertThat(b.cost()).as(n.id()).isEqualTo(n.cost());
      assertThat(back.groupsOf(n.id())).as(n.id()).isEqualTo(seed.groupsOf(n.id()));
    }
    assertThat(back.links()).isEqualTo(seed.links());
    assertThat(
            Files.readString(dir.resolve("sheets/elements.csv")).lines().findFirst().orElseThrow())
        .isEqualTo(
            "ID,Label,Type,Tags,Value,Currency,Probability,Stage,Date,Description,Next,Next Date,Cost,Hours");
    assertThat(NetmapWriter.write(back))
        .contains("\nclient \"Client 1\"  value 50k GBP won 2014-03\n")
        .contains("group social = LinkedIn, Twitter, \"My blog\"");
  }

  private static List<String> ids(NetworkMap m) {
    return m.nodes().stream().map(Node::id).sorted().collect(Collectors.toList());
  }
}
