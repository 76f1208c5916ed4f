package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Built statements share their builder's arrays (a large map's layout is not copied): what the
 * builder is given afterwards never changes statements it built before, and they end where they
 * ended.
 */
class LayoutStatementsTest {

  @Test
  void statementsAddedAfterABuildAreNotInTheStatementsBuiltBefore() {
    LayoutStatements.Builder b = LayoutStatements.builder().expect(10);
    b.plainDeclaration("a").plainLink("a", "b", 0);
    LayoutStatements first = b.build();
    b.plainLink("b", "c", 1).add(new Layout.NodeLine("c", List.of("# later"), ""));
    LayoutStatements second = b.build();

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
}
