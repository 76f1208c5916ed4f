package networth.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.NodeKind;

/** The cycle finder agrees with brute force on small graphs, and what it finds is a real cycle. */
class CycleFinderProperties {

  @Provide
  Arbitrary<NetworkMap> graphs() {
    return SmallGraphs.maps(8, 14, false, List.of(NodeKind.PERSON));
  }

  @Property(tries = 500)
  void findsACycleExactlyWhenOneExists(@ForAll("graphs") NetworkMap map) {
    Optional<List<String>> cycle = CycleFinder.find(MapGraph.of(map));
    assertThat(cycle.isPresent()).isEqualTo(bruteForceHasCycle(map));
    cycle.ifPresent(
        c -> {
          assertThat(c.get(0)).isEqualTo(c.get(c.size() - 1));
          assertThat(new HashSet<>(c.subList(0, c.size() - 1))).hasSize(c.size() - 1);
          for (int i = 0; i + 1 < c.size(); i++) {
            String from = c.get(i);
            String to = c.get(i + 1);
            assertThat(map.links()).anyMatch(l -> l.from().equals(from) && l.to().equals(to));
          }
        });
  }

  /** A cycle exists iff some link's target reaches its source. */
  private static boolean bruteForceHasCycle(NetworkMap map) {
    for (Link l : map.links()) {
      if (reaches(map, l.to(), l.from())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reaches(NetworkMap map, String from, String to) {
    Set<String> seen = new HashSet<>(List.of(from));
    List<String> todo = new ArrayList<>(List.of(from));
    while (!todo.isEmpty()) {
      String v = todo.remove(todo.size() - 1);
      if (v.equals(to)) {
        return true;
      }
      map.links().stream()
          .filter(l -> l.from().equals(v))
          .map(Link::to)
          .filter(seen::add)
          .forEach(todo::add);
    }
    return false;
  }
}
