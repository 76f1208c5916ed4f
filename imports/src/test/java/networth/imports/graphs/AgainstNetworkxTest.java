package networth.imports.graphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import networth.imports.Found;
import networth.model.Link;
import networth.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gephi export read by networkx, the reference reader of GEXF: the same nodes, the same
 * attribute values by title, the same edges with the same weights. Skipped (failed under CI, where
 * {@code .ci/run} installs it) without python3 and networkx.
 */
class AgainstNetworkxTest {

  private static final String SCRIPT =
      String.join(
          "\n",
          "import networkx as nx, sys",
          "g = nx.read_gexf(sys.argv[1], version='1.3')",
          "for n, d in g.nodes(data=True):",
          "    print('node', d['label'], d['Modularity Class'], d['Degree'], sep='|')",
          "for a, b, d in g.edges(data=True):",
          "    ends = sorted([g.nodes[a]['label'], g.nodes[b]['label']])",
          "    print('edge', ends[0], ends[1], float(d.get('weight', 1.0)), sep='|')");

  @Test
  void theGephiExportHoldsWhatNetworkxReadsInIt(@TempDir Path dir) throws Exception {
    need(works("python3", "-c", "import networkx"), "python3 with networkx is not installed");
    Path gexf = dir.resolve("gephi-0.10.gexf");
    try (InputStream in = getClass().getResourceAsStream("/graphs/gephi-0.10.gexf")) {
      Files.write(gexf, in.readAllBytes());
    }
    Process p =
        new ProcessBuilder("python3", "-c", SCRIPT, gexf.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    Found found = Graphs.read("gexf", "gephi-0.10.gexf");
    TreeSet<String> ours = new TreeSet<>();
    for (Found.Entry<Node> e : found.nodes()) {
      Node n = e.item();
      ours.add(
          "node|"
              + n.label()
              + "|"
              + n.attributes().get("Modularity Class")
              + "|"
              + n.attributes().get("Degree"));
    }
    for (Found.Entry<Link> e : found.links()) {
      Link l = e.item();
      // An undirected edge has no way to compare; a weight of 1 is one networth leaves unsaid.
      List<String> ends = new TreeSet<>(List.of(l.from(), l.to())).stream().toList();
      double weight = Double.parseDouble(l.attributes().getOrDefault("weight", "1"));
      ours.add("edge|" + ends.get(0) + "|" + ends.get(1) + "|" + weight);
    }
    assertThat(ours).containsExactlyElementsOf(new TreeSet<>(out.strip().lines().toList()));
    assertThat(ours).hasSize(6);
  }

  /** Goes on when the tool is there; else skips, or fails under CI. */
  private static void need(boolean available, String missing) {
    if (available) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail(missing + " (required under CI: .ci/run installs it)");
    }
    assumeTrue(false, missing);
  }

  private static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
