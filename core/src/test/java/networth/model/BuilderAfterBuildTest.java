package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A map shares its link columns with the builder that made it (a large map is not copied): what the
 * builder is given afterwards never changes a map it built before.
 */
class BuilderAfterBuildTest {

  @Test
  void linksAddedAfterABuildAreNotInTheMapBuiltBefore() {
    NetworkMap.Builder b =
        NetworkMap.builder().expectNodes(100).expectLinks(100).link("a", "b").link("b", "c");
    NetworkMap first = b.build();
    b.link(new Link("c", "d", "met", Optional.of(new PartialDate(2020, 5, 0)), "late", Map.of()));
    b.link(new Link("a", "c", "", Optional.empty(), "", Map.of("source", "sheet")));
    NetworkMap second = b.build();

    assertThat(first.links()).containsExactly(Link.of("a", "b"), Link.of("b", "c"));
    assertThat(first.nodes()).extracting(Node::id).containsExactly("a", "b", "c");
    assertThat(second.links()).hasSize(4);
    assertThat(second.linkNote(2)).isEqualTo("late");
    assertThat(second.linkAttributes(3)).isEqualTo(Map.of("source", "sheet"));
    assertThat(first.links().stream().map(Link::attributes).toList())
        .isEqualTo(List.of(Map.of(), Map.of()));
  }

  @Test
  void aNodeDeclaredAfterItWasReferredKeepsTheEarlierMapsNumbering() {
    NetworkMap.Builder b = NetworkMap.builder().link("x", "y");
    NetworkMap first = b.build();
    b.node(Node.of("y", NodeKind.CLIENT));
    NetworkMap second = b.build();
    // In the second map the declared node comes first, so its links are renumbered.
    assertThat(first.nodes()).extracting(Node::id).containsExactly("x", "y");
    assertThat(second.nodes()).extracting(Node::id).containsExactly("y", "x");
    assertThat(first.links()).containsExactly(Link.of("x", "y"));
    assertThat(second.links()).containsExactly(Link.of("x", "y"));
    assertThat(second.nodes().get(second.fromIndex(0)).id()).isEqualTo("x");
  }
}
