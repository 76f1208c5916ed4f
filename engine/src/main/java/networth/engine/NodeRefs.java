package networth.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.text.NearestNames;

/**
 * Finds the nodes a user names on the command line: by id, or by a label only one node has, in any
 * case; {@code group:NAME} names a group's members. An unknown name gets the nearest names. Each
 * refuses a name the map does not have with a {@link BadOptionException}.
 */
public final class NodeRefs {

  private NodeRefs() {}

  public static Node node(NetworkMap map, String ref, String what) {
    if (map.node(ref).isPresent()) {
      return map.node(ref).get();
    }
    List<Node> byLabel = map.nodes().stream().filter(n -> n.label().equals(ref)).toList();
    if (byLabel.size() == 1) {
      return byLabel.get(0);
    }
    String lower = ref.toLowerCase(Locale.ROOT);
    List<Node> anyCase =
        map.nodes().stream()
            .filter(
                n ->
                    n.id().toLowerCase(Locale.ROOT).equals(lower)
                        || n.label().toLowerCase(Locale.ROOT).equals(lower))
            .toList();
    if (anyCase.size() == 1) {
      return anyCase.get(0);
    }
    if (byLabel.size() > 1 || anyCase.size() > 1) {
      List<Node> same = byLabel.size() > 1 ? byLabel : anyCase;
      throw new BadOptionException(
          "'"
              + ref
              + "' is the label of "
              + same.size()
              + " nodes; name one by its id: "
              + String.join(", ", same.stream().map(Node::id).toList()));
    }
    Set<String> names = new LinkedHashSet<>();
    map.nodes()
        .forEach(
            n -> {
              names.add(n.id());
              names.add(n.label());
            });
    String near = NearestNames.didYouMean(ref, names);
    throw new BadOptionException(
        "no " + what + " '" + ref + "' in the map" + (near.isEmpty() ? "" : "; " + near));
  }

  /** An opportunity, by id or label. */
  public static Node opportunity(NetworkMap map, String ref) {
    Node n = node(map, ref, "opportunity");
    if (!n.isOpportunity()) {
      List<String> opportunities = map.opportunities().stream().map(Node::id).toList();
      String near = NearestNames.didYouMean(ref, opportunities);
      throw new BadOptionException(
          "'"
              + ref
              + "' is a "
              + n.kind().keyword()
              + ", not an opportunity"
              + (near.isEmpty() ? "" : "; " + near));
    }
    return n;
  }

  /** Nodes named by a comma-separated list of ids, labels and group:NAME. */
  public static List<Node> many(NetworkMap map, List<String> refs) {
    Set<Node> nodes = new LinkedHashSet<>();
    for (String ref : refs) {
      if (ref.startsWith("group:")) {
        String name = ref.substring("group:".length());
        Group g =
            map.group(name)
                .orElseThrow(
                    () -> {
                      String near =
                          NearestNames.didYouMean(
                              name, map.groups().stream().map(Group::name).toList());
                      return new BadOptionException(
                          "no group '"
                              + name
                              + "' in the map"
                              + (near.isEmpty() ? "" : "; " + near));
                    });
        g.members().forEach(id -> nodes.add(map.node(id).orElseThrow()));
      } else {
        nodes.add(node(map, ref, "node"));
      }
    }
    return new ArrayList<>(nodes);
  }
}
