package networth.cli.command;

import java.util.ArrayList;
import java.util.List;
import networth.engine.NodeRefs;
import networth.graph.Neighbourhood;
import networth.model.NetworkMap;
import picocli.CommandLine.Option;

/** {@code --focus NODE [--depth N]}: one node's story instead of the whole map. */
public final class FocusOption {

  @Option(
      names = "--focus",
      paramLabel = "NODE",
      description = "Only this node (id or label), what led to it and what it led to.")
  String focus;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description = "With --focus: at most N links away (default: no limit).")
  Integer depth;

  /** Refuses a depth without a focus, or below 0, before anything is read. */
  void check() {
    if (depth != null && (depth < 0 || focus == null)) {
      throw new BadArgumentException(
          depth < 0 ? "--depth must be 0 or more, was " + depth : "--depth goes with --focus");
    }
  }

  /** The map, or the part of it around the focus. */
  NetworkMap apply(NetworkMap map) {
    if (focus == null) {
      return map;
    }
    String id = NodeRefs.node(map, focus, "node").id();
    // Where further deals are counted apart (Bloom Coffee#2…), the client's story holds them too.
    List<String> centres = new ArrayList<>(List.of(id));
    map.nodes().stream()
        .filter(n -> n.isOpportunity() && n.id().startsWith(id + "#"))
        .forEach(n -> centres.add(n.id()));
    return Neighbourhood.around(map, centres, depth == null ? Neighbourhood.ANY_DEPTH : depth);
  }
}
