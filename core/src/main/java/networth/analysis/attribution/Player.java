package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.NodeKind;
import networth.reach.SourceFinder;

/**
 * A player of the Shapley game: a node, a group or a kind, standing for a set of nodes.
 *
 * @param name how it is shown: the node's id, the group's name or the kind's keyword
 * @param nodes the indexes of its nodes
 */
public record Player(String name, List<Integer> nodes) {
  public Player {
    nodes = List.copyOf(nodes);
  }

  /**
   * Every origin that starts a route, each on its own: the default by node. With all of them
   * playing, nothing is reached without a player, so the values add up to all the value reached, as
   * every other model's credits do.
   */
  public static List<Player> origins(MapGraph g) {
    boolean[] origin = SourceFinder.origins(g);
    List<Integer> chosen = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (origin[v]) {
        chosen.add(v);
      }
    }
    return of(g, chosen);
  }

  /** Every channel, each on its own: value reached without passing a channel goes to no one. */
  public static List<Player> channels(MapGraph g) {
    List<Integer> chosen = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.kind(v) == NodeKind.CHANNEL) {
        chosen.add(v);
      }
    }
    return of(g, chosen);
  }

  /** Every node with a cost (opportunities aside), each on its own: what was paid for. */
  public static List<Player> costed(NetworkMap map, MapGraph g) {
    List<Integer> chosen = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      var node = map.nodes().get(v);
      if (!node.isOpportunity() && !node.cost().isEmpty()) {
        chosen.add(v);
      }
    }
    return of(g, chosen);
  }

  /** The given nodes, each a player of its own, in the order given. */
  public static List<Player> of(MapGraph g, List<Integer> nodes) {
    return nodes.stream().distinct().map(v -> new Player(g.id(v), List.of(v))).toList();
  }
}
