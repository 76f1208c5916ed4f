package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A built map's nodes: the declared ones in the order declared, then the ones only referred to in
 * the order of their first use, whether that use is a link, a group or an affiliation. Checked
 * against a plain list of first uses, over random sequences of additions.
 */
class NodeOrderProperties {

  /** One addition to a builder: what it is, and the ids it names. */
  private record Step(char what, List<String> ids) {}

  @Property(tries = 300)
  void nodesComeDeclaredFirstThenInOrderOfFirstUse(@ForAll("steps") List<Step> steps) {
    NetworkMap.Builder b = NetworkMap.builder();
    Set<String> declared = new LinkedHashSet<>();
    Set<String> used = new LinkedHashSet<>();
    List<List<String>> links = new ArrayList<>();
    int groups = 0;
    for (Step s : steps) {
      switch (s.what()) {
        case 'd' -> {
          String id = s.ids().get(0);
          if (declared.add(id)) {
            b.node(Node.of(id, NodeKind.PERSON));
            used.add(id);
          }
        }
        case 'l' -> {
          b.link(s.ids().get(0), s.ids().get(1));
          used.addAll(s.ids());
          links.add(s.ids());
        }
        case 'g' -> {
          List<String> members = s.ids().stream().distinct().toList();
          b.group(new Group("g" + groups++, members));
          used.addAll(members);
        }
        default -> {
          b.affiliation(s.ids().get(0), Affiliation.Role.WORKS_AT, s.ids().get(1));
          used.addAll(s.ids());
        }
      }
    }
    List<String> expected = new ArrayList<>(declared);
    used.stream().filter(id -> !declared.contains(id)).forEach(expected::add);

    NetworkMap map = b.build();

    assertThat(map.nodes().stream().map(Node::id).toList()).isEqualTo(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(map.indexOf(expected.get(i))).hasValue(i);
    }
    for (int e = 0; e < links.size(); e++) {
      assertThat(map.fromIndex(e)).isEqualTo(expected.indexOf(links.get(e).get(0)));
      assertThat(map.toIndex(e)).isEqualTo(expected.indexOf(links.get(e).get(1)));
    }
    // Built again, the same map.
    assertThat(b.build()).isEqualTo(map);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<String> id = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h");
    Arbitrary<Step> declare = id.map(i -> new Step('d', List.of(i)));
    Arbitrary<Step> link = id.list().ofSize(2).map(ids -> new Step('l', ids));
    Arbitrary<Step> group = id.list().ofMinSize(1).ofMaxSize(4).map(ids -> new Step('g', ids));
    Arbitrary<Step> affiliation = id.list().ofSize(2).map(ids -> new Step('a', ids));
    return Arbitraries.oneOf(declare, link, group, affiliation).list().ofMaxSize(14);
  }

  /**
   * A map whose groups come first and name nodes declared after them, as a large map's file is
   * written: the builder's numbers are the nodes' places, and the links' ends are not copied.
   */
  @Test
  void groupsBeforeTheDeclarationsKeepTheBuildersNumbers() {
    NetworkMap.Builder b = NetworkMap.builder();
    b.group(new Group("social", List.of("linkedin", "twitter")));
    b.node(Node.of("ann", NodeKind.PERSON));
    b.node(Node.of("linkedin", NodeKind.CHANNEL));
    b.node(Node.of("twitter", NodeKind.CHANNEL));
    b.link("linkedin", "ann");
    b.link("twitter", "ann");

    NetworkMap map = b.build();

    assertThat(map.keptTheBuildersNumbers()).isTrue();
    assertThat(map.nodes().stream().map(Node::id).toList())
        .containsExactly("ann", "linkedin", "twitter");
    assertThat(map.group("social").orElseThrow().members()).containsExactly("linkedin", "twitter");
  }
}
