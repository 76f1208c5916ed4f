package networth.imports.sheets;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The elements read so far, and how a connection's From or To finds one: by its ID, else by its
 * label; a name no element has becomes an element of unknown kind, as Kumu and Gephi create it.
 *
 * <p>A node's id is its label; a second element of the same label (another ID) is "A (2)", so that
 * ids stay unique. A row whose element is already here (the same ID, or the same label when the
 * sheet has no IDs) adds to it, the later cells winning, as a re-import does in Kumu.
 */
final class Elements {

  private final Found.Builder found;
  private final Map<String, String> byKey = new HashMap<>();
  private final Map<String, String> byLabel = new HashMap<>();

  Elements(Found.Builder found) {
    this.found = found;
  }

  void add(Element e, Origin origin) {
    Node n = e.node();
    Optional<String> known =
        e.key().isPresent()
            ? Optional.ofNullable(byKey.get(e.key().get()))
            : Optional.ofNullable(byLabel.get(n.label()));
    if (known.isPresent()) {
      Node was = found.node(known.get()).orElseThrow();
      found.replace(combined(was, n));
      return;
    }
    String id = unique(n.label());
    found.node(id.equals(n.id()) ? n : rename(n, id), origin);
    e.key().ifPresent(k -> byKey.put(k, id));
    byLabel.putIfAbsent(n.label(), id);
  }

  /** The id of the element a From or To cell names, made when no element has that name. */
  String refer(String name, Origin origin) {
    String id = byKey.get(name);
    if (id == null) {
      id = byLabel.get(name);
    }
    if (id == null) {
      id = unique(name);
      found.node(Node.of(id, NodeKind.UNKNOWN).withLabel(name), origin);
      byLabel.put(name, id);
    }
    return id;
  }

  private String unique(String label) {
    if (found.node(label).isEmpty()) {
      return label;
    }
    for (int n = 2; ; n++) {
      String id = label + " (" + n + ")";
      if (found.node(id).isEmpty()) {
        return id;
      }
    }
  }

  private static Node rename(Node n, String id) {
    return new Node(
        id, n.label(), n.kind(), n.date(), n.until(), n.note(), n.deal(), n.cost(), n.attributes());
  }

  /** The element as a later row leaves it: its cells over the earlier ones. */
  private static Node combined(Node was, Node later) {
    Map<String, String> attributes = new LinkedHashMap<>(was.attributes());
    attributes.putAll(later.attributes());
    boolean typed = later.kind() != NodeKind.UNKNOWN || later.attributes().containsKey(Kinds.TYPE);
    if (typed && later.kind() != NodeKind.UNKNOWN) {
      attributes.remove(Kinds.TYPE);
    }
    return new Node(
        was.id(),
        was.label(),
        typed ? later.kind() : was.kind(),
        was.date(),
        was.until(),
        later.note().isEmpty() ? was.note() : later.note(),
        was.deal(),
        was.cost(),
        attributes);
  }
}
