package networth.analysis.attribution;

import java.util.List;

/**
 * A player of the Shapley game: a channel, a group or a kind, standing for a set of nodes.
 *
 * @param name how it is shown
 * @param nodes the indexes of its nodes
 */
public record Player(String name, List<Integer> nodes) {
  public Player {
    nodes = List.copyOf(nodes);
  }
}
