package networth.imports.graphs;

import static networth.imports.graphs.Graphs.ids;
import static networth.imports.graphs.Graphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.io.Progress;
import org.junit.jupiter.api.Test;

class GraphSizeAndNestingTest {

  @Test
  void aGexfNodeInsideAnotherOrNamingItsParentNamesItsGroup() throws Exception {
    String gexf =
        String.join(
            "\n",
            "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph>",
            "<nodes>",
            "  <node id=\"c\" label=\"Cielo\">",
            "    <nodes><node id=\"a\" label=\"Andy\"/></nodes>",
            "  </node>",
            "  <node id=\"b\" label=\"Bea\" pid=\"c\"/>",
            "  <node id=\"d\" label=\"Dev\"><parents><parent for=\"c\"/></parents></node>",
            "</nodes>",
            "</graph></gexf>");
    Found found =
        new GexfImporter()
            .read(
                List.of(ImportFile.of("nested.gexf", gexf.getBytes(StandardCharsets.UTF_8))),
                Progress.NONE);
    assertThat(ids(found)).containsExactly("Cielo", "Andy", "Bea", "Dev");
    assertThat(node(found, "Andy").item().attributes()).containsExactly(entry("group", "Cielo"));
    assertThat(node(found, "Andy").origin().row()).isEqualTo(4);
    assertThat(node(found, "Bea").item().attributes()).containsExactly(entry("group", "Cielo"));
    assertThat(node(found, "Dev").item().attributes()).containsExactly(entry("group", "Cielo"));
    assertThat(node(found, "Cielo").item().attributes()).isEmpty();
  }

  @Test
  void tenThousandNodesAndTwentyThousandEdgesAreReadInSecondsNotMinutes() throws Exception {
    // A random directed graph: many of its edges close cycles, which makes each one a search.
    int n = 10_000;
    Random random = new Random(7);
    StringBuilder xml = new StringBuilder();
    xml.append("<gexf xmlns=\"http://gexf.net/1.3\"><graph defaultedgetype=\"directed\"><nodes>\n");
    for (int i = 0; i < n; i++) {
      xml.append("<node id=\"").append(i).append("\" label=\"Person ").append(i).append("\"/>\n");
    }
    xml.append("</nodes><edges>\n");
    for (int i = 0; i < 2 * n; i++) {
      xml.append("<edge source=\"")
          .append(random.nextInt(n))
          .append("\" target=\"")
          .append(random.nextInt(n))
          .append("\"/>\n");
    }
    xml.append("</edges></graph></gexf>\n");
    ImportFile file = ImportFile.of("big.gexf", xml.toString().getBytes(StandardCharsets.UTF_8));
    List<Long> heard = new ArrayList<>();
    new GexfImporter().read(List.of(file), (f, rows, done) -> heard.add(rows)); // warm up
    heard.clear();
    long start = System.nanoTime();
    Found found = new GexfImporter().read(List.of(file), (f, rows, done) -> heard.add(rows));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(found.nodes()).hasSize(n);
    // Every edge is either a link or skipped, with why.
    assertThat(found.links().size() + found.skipped().size()).isEqualTo(2 * n);
    // Told every 10,000 elements and at the end: 10,000, 20,000, 30,000, then 30,000 done.
    assertThat(heard).containsExactly(10_000L, 20_000L, 30_000L, 30_000L);
    // 2.2 s on two cores under a load of 20 (seven builds at once); a search of the whole graph
    // for each edge took 37 s there. The bound catches a return to that, not a slow machine.
    assertThat(millis).as("milliseconds for 30,000 elements").isLessThan(15_000);
  }
}
