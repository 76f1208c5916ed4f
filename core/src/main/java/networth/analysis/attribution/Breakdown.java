package networth.analysis.attribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import networth.graph.MapGraph;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.NodeKind;

/**
 * Credit by node, by kind, or by the user's groups; and the players of the Shapley game for each:
 * the channels, the kinds of the nodes that lead to work, or the groups.
 */
public final class Breakdown {

  /** What credit is given to. */
  public enum By {
    NODE,
    KIND,
    GROUP;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The name of the row that gathers nodes in no group. */
  public static final String NO_GROUP = "(no group)";

  /**
   * One line of a breakdown.
   *
   * @param id the node id, kind keyword or group name
   * @param label how it is shown
   */
  public record Key(String id, String label) {
    /**
     * The id's hash alone: ids are unique within a breakdown, and a node's label is most often its
     * id, which the record's own hash (31 × id + label) would turn into 32 × id, whose low bits are
     * all zero, putting a million nodes in a few of a hash table's buckets.
     */
    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  private Breakdown() {}

  /**
   * What each node, kind or group is credited with. By group, a node in two groups counts in both,
   * and the credit of nodes in no group is gathered under {@link #NO_GROUP}.
   */
  public static Map<Key, Double> of(NetworkMap map, MapGraph g, double[] perNode, By by) {
    Map<Key, Double> rows = new LinkedHashMap<>();
    switch (by) {
      case NODE -> {
        for (int v = 0; v < g.nodeCount(); v++) {
          rows.put(new Key(g.id(v), map.label(g.id(v))), perNode[v]);
        }
      }
      case KIND -> {
        for (NodeKind k : NodeKind.values()) {
          double sum = 0;
          boolean any = false;
          for (int v = 0; v < g.nodeCount(); v++) {
            if (g.kind(v) == k) {
              sum += perNode[v];
              any = true;
            }
          }
          if (any) {
            rows.put(new Key(k.keyword(), k.keyword()), sum);
          }
        }
      }
      case GROUP -> {
        boolean[] grouped = new boolean[g.nodeCount()];
        for (Group group : map.groups()) {
          double sum = 0;
          for (String id : group.members()) {
            int v = g.indexOf(id).orElseThrow();
            sum += perNode[v];
            grouped[v] = true;
          }
          rows.put(new Key(group.name(), group.title()), sum);
        }
        double rest = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
          rest += grouped[v] ? 0 : perNode[v];
        }
        rows.put(new Key(NO_GROUP, NO_GROUP), rest);
      }
    }
    return rows;
  }

  /**
   * The players of the Shapley game: each origin that starts a route (see {@link Player#origins}),
   * each kind of non-opportunity node, or each group.
   */
  public static List<Player> players(NetworkMap map, MapGraph g, By by) {
    List<Player> players = new ArrayList<>();
    switch (by) {
      case NODE -> players.addAll(Player.origins(g));
      case KIND -> {
        for (NodeKind k : NodeKind.values()) {
          if (k.isOpportunity()) {
            continue;
          }
          List<Integer> nodes = new ArrayList<>();
          for (int v = 0; v < g.nodeCount(); v++) {
            if (g.kind(v) == k) {
              nodes.add(v);
            }
          }
          if (!nodes.isEmpty()) {
            players.add(new Player(k.keyword(), nodes));
          }
        }
      }
      case GROUP -> {
        for (Group group : map.groups()) {
          players.add(
              new Player(
                  group.name(),
                  group.members().stream().map(id -> g.indexOf(id).orElseThrow()).toList()));
        }
      }
    }
    return players;
  }
}
