package networth.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class NetworkGeneratorTest {

  @Test
  void makesTheSizesAskedForAcyclicAndEveryNodeReachable() {
    NetworkMap map = new NetworkGenerator(5_000, 30_000, 800, 6, 7).generate();
    MapGraph g = MapGraph.of(map);
    assertThat(g.isAcyclic()).isTrue();
    assertThat(map.nodesOfKind(NodeKind.CHANNEL)).hasSize(6);
    assertThat(map.opportunities()).hasSize(800);
    assertThat(map.nodes()).hasSize(6 + 5 + 5_000 + 800);
    assertThat(map.links().size()).isBetween(29_000, 30_000);
    assertThat(g.linkCount()).as("no link is made twice").isEqualTo(map.links().size());
    int origins = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.isOrigin(v)) {
        origins++;
        assertThat(g.kind(v)).isIn(NodeKind.CHANNEL, NodeKind.JOB);
      }
    }
    assertThat(origins).isEqualTo(6 + 5);
    assertThat(map.links()).allMatch(l -> l.date().isPresent());
  }

  @Test
  void fanOutIsHeavyTailed() {
    MapGraph g = MapGraph.of(new NetworkGenerator(20_000, 100_000, 2_000, 8, 3).generate());
    int max = 0;
    long sum = 0;
    int people = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.kind(v) == NodeKind.PERSON) {
        max = Math.max(max, g.outDegree(v));
        sum += g.outDegree(v);
        people++;
      }
    }
    double mean = (double) sum / people;
    assertThat(max)
        .as("the busiest person leads to far more than the average")
        .isGreaterThan((int) (20 * mean));
  }

  @Test
  void theSameSeedGivesTheSameNetwork() {
    NetworkMap a = new NetworkGenerator(2_000, 8_000, 300, 8, 11).generate();
    NetworkMap b = new NetworkGenerator(2_000, 8_000, 300, 8, 11).generate();
    NetworkMap c = new NetworkGenerator(2_000, 8_000, 300, 8, 12).generate();
    assertThat(a).isEqualTo(b);
    assertThat(a.links()).isNotEqualTo(c.links());
    Map<NodeKind, Long> kinds = new HashMap<>();
    a.opportunities().stream().map(Node::kind).forEach(k -> kinds.merge(k, 1L, Long::sum));
    assertThat(kinds.get(NodeKind.CLIENT)).isBetween(150L, 210L);
  }
}
