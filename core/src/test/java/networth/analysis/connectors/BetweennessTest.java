package networth.analysis.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import networth.analysis.Python;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Betweenness equals JGraphT's and networkx's on random acyclic graphs, small and large. */
class BetweennessTest {

  /** A random layered graph: each node links from a few of the 40 before it. */
  static MapGraph random(int n, long seed) {
    Random random = new Random(seed);
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i < n; i++) {
      b.node(Node.of("v" + i, NodeKind.PERSON));
    }
    for (int i = 1; i < n; i++) {
      int parents = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(3);
      for (int k = 0; k < parents; k++) {
        b.link("v" + Math.max(0, i - 1 - random.nextInt(Math.min(i, 40))), "v" + i);
      }
    }
    return MapGraph.of(b.build());
  }

  static double[] jgrapht(MapGraph g) {
    Graph<Integer, DefaultEdge> jg =
        GraphTypeBuilder.<Integer, DefaultEdge>directed()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .edgeClass(DefaultEdge.class)
            .buildGraph();
    for (int v = 0; v < g.nodeCount(); v++) {
      jg.addVertex(v);
    }
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int k = 0; k < g.outDegree(v); k++) {
        jg.addEdge(v, g.out(v, k));
      }
    }
    double[] b = new double[g.nodeCount()];
    new BetweennessCentrality<>(jg, false).getScores().forEach((v, s) -> b[v] = s);
    return b;
  }

  @Test
  void equalsJgraphtOnSmallAndTwoThreadedGraphs() {
    // 300 nodes run on one thread; 2,500 split their sources between two.
    for (int n : new int[] {12, 300, 2_500}) {
      for (long seed = 1; seed <= (n > 1_000 ? 1 : 3); seed++) {
        MapGraph g = random(n, seed);
        double[] expected = jgrapht(g);
        double[] actual = Betweenness.of(g);
        for (int v = 0; v < n; v++) {
          assertThat(actual[v])
              .as("n=%d seed=%d v%d", n, seed, v)
              .isCloseTo(expected[v], within(1e-6 * Math.max(1, expected[v])));
        }
      }
    }
  }

  @Test
  void aChainOfThreeCountsTheMiddleOnce() {
    NetworkMap map = NetworkMap.builder().link("a", "b").link("b", "c").build();
    MapGraph g = MapGraph.of(map);
    assertThat(Betweenness.of(g)).containsExactly(0, 1, 0);
  }

  private static final String SCRIPT =
      """
      import sys, networkx as nx
      g = nx.DiGraph()
      n = int(sys.stdin.readline())
      g.add_nodes_from(range(n))
      for line in sys.stdin:
          a, b = map(int, line.split())
          g.add_edge(a, b)
      bc = nx.betweenness_centrality(g, normalized=False)
      print("\\n".join(repr(bc[v]) for v in range(n)))
      """;

  @Test
  void equalsNetworkx(@TempDir Path dir) throws Exception {
    Python.require("networkx");
    MapGraph g = random(2_500, 7);
    StringBuilder edges = new StringBuilder().append(g.nodeCount()).append('\n');
    for (int v = 0; v < g.nodeCount(); v++) {
      for (int k = 0; k < g.outDegree(v); k++) {
        edges.append(v).append(' ').append(g.out(v, k)).append('\n');
      }
    }
    List<String> expected = Python.run(dir, SCRIPT, edges.toString());
    double[] actual = Betweenness.of(g);
    for (int v = 0; v < g.nodeCount(); v++) {
      double e = Double.parseDouble(expected.get(v));
      assertThat(actual[v]).as("v%d", v).isCloseTo(e, within(1e-6 * Math.max(1, e)));
    }
  }
}
