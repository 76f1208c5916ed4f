package networth.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.graph.MapGraph;
import networth.graph.SmallGraphs;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * What a set of nodes touched equals what brute force finds by walking back from each opportunity.
 */
class TouchFinderProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    List<NodeKind> kinds =
        List.of(
            NodeKind.PERSON, NodeKind.CHANNEL, NodeKind.CLIENT, NodeKind.PROSPECT, NodeKind.LOST);
    return SmallGraphs.maps(10, 20, true, kinds).map(TouchFinderProperties::withValues);
  }

  /** Gives each opportunity v<i> a value of 1000(i+1) and a probability of 50%. */
  private static NetworkMap withValues(NetworkMap map) {
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i < map.nodes().size(); i++) {
      Node node = map.nodes().get(i);
      if (node.isOpportunity()) {
        node =
            node.withDeal(Deal.NONE.withValue(Money.of(1000L * (i + 1), "")).withProbability(0.5));
      }
      b.node(node);
    }
    map.links().forEach(b::link);
    return b.build();
  }

  @Property(tries = 300)
  void touchedMeansAnAncestorAndDirectMeansALink(
      @ForAll("maps") NetworkMap map, @ForAll("subsets") Set<Integer> pick) {
    List<String> members =
        pick.stream().filter(i -> i < map.nodes().size()).map(i -> "v" + i).toList();
    Touch t = new TouchFinder(map, MapGraph.of(map)).touch("g", "G", "G", members);
    List<String> direct = new ArrayList<>();
    List<String> indirect = new ArrayList<>();
    BigDecimal value = BigDecimal.ZERO;
    List<String> lost = new ArrayList<>();
    int won = 0;
    for (Node o : map.opportunities()) {
      Set<String> ancestors = ancestors(map, o.id());
      if (o.kind() == NodeKind.LOST) {
        if (members.stream().anyMatch(ancestors::contains)) {
          lost.add(o.id());
        }
        continue;
      }
      boolean isDirect =
          map.links().stream().anyMatch(l -> l.to().equals(o.id()) && members.contains(l.from()));
      if (members.stream().anyMatch(ancestors::contains)) {
        (isDirect ? direct : indirect).add(o.id());
        value = value.add(o.deal().weight(o.kind()));
        won += o.kind() == NodeKind.CLIENT ? 1 : 0;
      }
    }
    assertThat(t.lost()).isEqualTo(lost);
    assertThat(t.winRate().won()).isEqualTo(won);
    assertThat(t.winRate().lost()).isEqualTo(lost.size());
    assertThat(t.direct()).isEqualTo(direct);
    assertThat(t.indirect()).isEqualTo(indirect);
    assertThat(t.value()).isEqualByComparingTo(value);
  }

  @Provide
  Arbitrary<Set<Integer>> subsets() {
    return Arbitraries.integers().between(0, 9).set().ofMaxSize(3);
  }

  private static Set<String> ancestors(NetworkMap map, String id) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String v = todo.remove(todo.size() - 1);
      map.links().stream()
          .filter(l -> l.to().equals(v))
          .map(Link::from)
          .filter(seen::add)
          .forEach(todo::add);
    }
    return seen;
  }

  @Provide
  Arbitrary<List<Set<Integer>>> manySubsets() {
    return subsets().list().ofMinSize(1).ofMaxSize(70);
  }

  /**
   * Many sets at once (64 to a pass, some holding opportunities) touch what each touches alone,
   * which the property above holds to brute force.
   */
  @Property(tries = 200)
  void manySetsAtOnceTouchWhatEachTouchesAlone(
      @ForAll("maps") NetworkMap map, @ForAll("manySubsets") List<Set<Integer>> picks) {
    TouchFinder finder = new TouchFinder(map, MapGraph.of(map));
    List<TouchFinder.Asked> asked = new ArrayList<>();
    for (Set<Integer> pick : picks) {
      List<String> members =
          pick.stream().filter(i -> i < map.nodes().size()).map(i -> "v" + i).toList();
      asked.add(new TouchFinder.Asked("s" + asked.size(), "S", "S", members));
    }
    List<Touch> together = finder.touches(asked);
    for (int i = 0; i < asked.size(); i++) {
      TouchFinder.Asked a = asked.get(i);
      assertThat(together.get(i))
          .isEqualTo(finder.touch(a.name(), a.title(), a.subject(), a.members()));
    }
  }
}
