package networth.graph;

import java.util.ArrayDeque;
import java.util.List;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * The part of a map around one node: the node, what led to it (its ancestors) and what it led to
 * (its descendants), each up to a number of links away, with the links among them. So a map of
 * hundreds of nodes can be drawn one story at a time. Two breadth-first searches, O(n + m).
 */
public final class Neighbourhood {

  /** No limit on the distance. */
  public static final int ANY_DEPTH = Integer.MAX_VALUE;

  private Neighbourhood() {}

  public static NetworkMap around(NetworkMap map, String id, int depth) {
    return around(map, List.of(id), depth);
  }

  /**
   * The nodes within {@code depth} links of any of {@code ids}, before or after: one story told
   * around several centres (a client and the further deals it stands for once they are counted
   * apart).
   */
  public static NetworkMap around(NetworkMap map, List<String> ids, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("the depth must be 0 or more, was " + depth);
    }
    MapGraph g = MapGraph.of(map);
    boolean[] keep = new boolean[g.nodeCount()];
    for (String id : ids) {
      int centre =
          g.indexOf(id).orElseThrow(() -> new IllegalArgumentException("no node '" + id + "'"));
      walk(g, centre, depth, keep, true);
      walk(g, centre, depth, keep, false);
    }
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    List<Node> nodes = map.nodes();
    for (int v = 0; v < nodes.size(); v++) {
      if (keep[v]) {
        b.node(nodes.get(v));
      }
    }
    map.links().stream()
        .filter(l -> keep[g.indexOf(l.from()).getAsInt()] && keep[g.indexOf(l.to()).getAsInt()])
        .forEach(b::link);
    for (Group group : map.groups()) {
      List<String> members =
          group.members().stream().filter(m -> keep[g.indexOf(m).getAsInt()]).toList();
      if (!members.isEmpty()) {
        b.group(new Group(group.name(), members));
      }
    }
    // Affiliations between the nodes kept: they belong to the picture, though not to routes.
    map.affiliations().stream()
        .filter(
            x ->
                keep[g.indexOf(x.person()).getAsInt()]
                    && keep[g.indexOf(x.organisation()).getAsInt()])
        .forEach(b::affiliation);
    return b.build();
  }

  private static void walk(MapGraph g, int start, int depth, boolean[] keep, boolean back) {
    int[] distance = new int[g.nodeCount()];
    java.util.Arrays.fill(distance, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    distance[start] = 0;
    keep[start] = true;
    queue.add(start);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      if (distance[v] == depth) {
        continue;
      }
      int degree = back ? g.inDegree(v) : g.outDegree(v);
      for (int k = 0; k < degree; k++) {
        int w = back ? g.in(v, k) : g.out(v, k);
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          keep[w] = true;
          queue.add(w);
        }
      }
    }
  }
}
