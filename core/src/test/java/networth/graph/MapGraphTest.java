package networth.graph;

import static org.assertj.core.api.Assertions.assertThat;

import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class MapGraphTest {

  @Test
  void indexesLinksBothWaysAndKeepsARepeatedPairOnce() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.CHANNEL))
            .link("a", "b")
            .link("a", "c")
            .link("a", "b")
            .link("c", "b")
            .build();
    MapGraph g = MapGraph.of(map);
    int a = g.indexOf("a").getAsInt();
    int b = g.indexOf("b").getAsInt();
    assertThat(g.nodeCount()).isEqualTo(3);
    assertThat(g.linkCount()).isEqualTo(3);
    assertThat(g.outDegree(a)).isEqualTo(2);
    assertThat(g.inDegree(b)).isEqualTo(2);
    assertThat(g.id(g.in(b, 0))).isEqualTo("a");
    assertThat(g.id(g.in(b, 1))).isEqualTo("c");
    assertThat(g.isOrigin(a)).isTrue();
    assertThat(g.indexOf("zz")).isEmpty();
  }
}
