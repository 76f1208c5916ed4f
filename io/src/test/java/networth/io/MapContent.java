package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Compares what two maps say, leaving out what no format promises to keep: the order of nodes that
 * were only referred to, and the order of groups and of their members. Links and affiliations keep
 * their order; the order of a link's attributes is {@link #attributeOrder}'s to compare.
 */
public final class MapContent {

  private MapContent() {}

  public static void assertSameContent(
      NetworkMap actual, NetworkMap expected, boolean withSettings) {
    if (withSettings) {
      assertThat(actual.settings()).isEqualTo(expected.settings());
    }
    assertThat(byId(actual)).isEqualTo(byId(expected));
    assertThat(actual.links()).containsExactlyElementsOf(expected.links());
    assertThat(groups(actual)).isEqualTo(groups(expected));
    assertThat(actual.affiliations()).containsExactlyElementsOf(expected.affiliations());
  }

  /** The keys of each link's attributes in order, which a map's equality leaves unchecked. */
  public static List<List<String>> attributeOrder(NetworkMap m) {
    return m.links().stream().map(l -> List.copyOf(l.attributes().keySet())).toList();
  }

  private static Map<String, Node> byId(NetworkMap m) {
    return m.nodes().stream()
        .collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  private static Map<String, Set<String>> groups(NetworkMap m) {
    Map<String, Set<String>> g = new TreeMap<>();
    for (Group group : m.groups()) {
      if (!group.members().isEmpty()) {
        g.put(group.name(), new HashSet<>(group.members()));
      }
    }
    return g;
  }
}
