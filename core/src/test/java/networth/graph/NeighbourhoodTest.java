package networth.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

  /** a -> b -> c -> d, x -> c, c -> y, z alone; group g = a, z. */
  private static NetworkMap chain() {
    return NetworkMap.builder()
        .node(Node.of("a", NodeKind.CHANNEL))
        .node(Node.of("z", NodeKind.PERSON))
        .group(new Group("g", List.of("a", "z")))
        .link("a", "b")
        .link("b", "c")
        .link("c", "d")
        .link("x", "c")
        .link("c", "y")
        .build();
  }

  private static List<String> ids(NetworkMap m) {
    return m.nodes().stream().map(Node::id).sorted().toList();
  }

  @Test
  void keepsAncestorsAndDescendantsAndTheLinksAmongThem() {
    NetworkMap around = Neighbourhood.around(chain(), "c", Neighbourhood.ANY_DEPTH);
    assertThat(ids(around)).containsExactly("a", "b", "c", "d", "x", "y");
    assertThat(around.links()).hasSize(5);
    assertThat(around.group("g").orElseThrow().members()).containsExactly("a");
  }

  @Test
  void depthLimitsTheLinksAway() {
    assertThat(ids(Neighbourhood.around(chain(), "c", 1))).containsExactly("b", "c", "d", "x", "y");
    assertThat(ids(Neighbourhood.around(chain(), "c", 0))).containsExactly("c");
    assertThat(ids(Neighbourhood.around(chain(), "b", 1))).containsExactly("a", "b", "c");
  }
}
