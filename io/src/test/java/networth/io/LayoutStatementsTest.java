package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Built statements share their builder's arrays (a large map's layout is not copied): what the
 * builder is given afterwards never changes statements it built before, and they end where they
 * ended.
 */
class LayoutStatementsTest {

  @Test
  void statementsAddedAfterABuildAreNotInTheStatementsBuiltBefore() {
    NetworkMap.Builder map = NetworkMap.builder().node(Node.of("a", NodeKind.PERSON));
    map.link("a", "b");
    LayoutStatements.Builder b = LayoutStatements.builder().expect(10);
    b.plainDeclaration(0).plainLink(0);
    LayoutStatements first = b.build(map.build());
    map.link("b", "c");
    b.plainLink(1).add(new Layout.NodeLine("c", List.of("# later"), ""));
    LayoutStatements second = b.build(map.build());

    assertThat(first)
        .containsExactly(
            new Layout.NodeLine("a", List.of(), ""),
            new Layout.ChainLine(List.of(List.of("a"), List.of("b")), 0, List.of(), ""));
    assertThat(second).hasSize(4);
    assertThat(second.get(2))
        .isEqualTo(new Layout.ChainLine(List.of(List.of("b"), List.of("c")), 1, List.of(), ""));
    assertThat(second.get(3)).isEqualTo(new Layout.NodeLine("c", List.of("# later"), ""));
    assertThatThrownBy(() -> first.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void plainLinesAreTheMapsOwnLinksAndNodesAndOnlyTheMapTheyWereReadWithIsTheirs() {
    NetworkMap.Builder map =
        NetworkMap.builder()
            .node(Node.of("a", NodeKind.PERSON))
            .node(Node.of("b", NodeKind.CLIENT));
    map.link("b", "a");
    LayoutStatements kept =
        LayoutStatements.builder()
            .plainDeclaration(1)
            .add(new Layout.NodeLine("a", List.of(""), ""))
            .plainLink(0)
            .build(map.build());

    assertThat(kept.plainNode(0)).isEqualTo(1);
    assertThat(kept.plainLink(0)).isEqualTo(-1);
    assertThat(kept.plainNode(1)).isEqualTo(-1);
    assertThat(kept.plainLink(1)).isEqualTo(-1);
    assertThat(kept.plainLink(2)).isEqualTo(0);
    assertThat(kept.get(0)).isEqualTo(new Layout.NodeLine("b", List.of(), ""));
    assertThat(kept.get(2))
        .isEqualTo(new Layout.ChainLine(List.of(List.of("b"), List.of("a")), 0, List.of(), ""));
    assertThat(kept.isOf(map.build())).as("an equal map built again is not the one read").isFalse();
  }
}
