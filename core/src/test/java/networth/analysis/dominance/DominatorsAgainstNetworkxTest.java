package networth.analysis.dominance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import networth.analysis.Python;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The immediate dominators agree with networkx's {@code immediate_dominators}
 * (Cooper–Harvey–Kennedy there too, written independently) on random acyclic graphs of a few
 * thousand nodes. Skipped with a message where python3 with networkx is not installed.
 */
class DominatorsAgainstNetworkxTest {

  private static final String SCRIPT =
      """
      import sys, networkx as nx
      g = nx.DiGraph()
      n = int(sys.stdin.readline())
      g.add_nodes_from(range(n + 1))
      for line in sys.stdin:
          a, b = map(int, line.split())
          g.add_edge(a, b)
      idom = nx.immediate_dominators(g, n)
      print("\\n".join(str(idom.get(v, -2)) for v in range(n)))
      """;

  @Test
  void agreesWithNetworkxOnRandomGraphs(@TempDir Path dir) throws Exception {
    Python.require("networkx");
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      int n = 500 + random.nextInt(2500);
      NetworkMap.Builder b = NetworkMap.builder();
      for (int i = 0; i < n; i++) {
        b.node(Node.of("v" + i, NodeKind.PERSON));
      }
      StringBuilder edges = new StringBuilder().append(n).append('\n');
      List<int[]> links = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        int parents = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(3);
        for (int k = 0; k < parents; k++) {
          int from = Math.max(0, i - 1 - random.nextInt(Math.min(i, 60)));
          links.add(new int[] {from, i});
        }
      }
      for (int[] l : links) {
        b.link("v" + l[0], "v" + l[1]);
      }
      MapGraph g = MapGraph.of(b.build());
      // The virtual root, node n, leads to every origin.
      for (int v = 0; v < n; v++) {
        if (g.isOrigin(v)) {
          edges.append(n).append(' ').append(v).append('\n');
        }
      }
      for (int[] l : links) {
        edges.append(l[0]).append(' ').append(l[1]).append('\n');
      }
      List<String> expected = Python.run(dir, SCRIPT, edges.toString());
      Dominators dom = Dominators.of(g);
      for (int v = 0; v < n; v++) {
        int idom = dom.immediate(v);
        assertThat(idom == Dominators.ROOT ? n : idom)
            .as("idom of v%d", v)
            .isEqualTo(Integer.parseInt(expected.get(v)));
      }
    }
  }
}
