package networth.store.maps;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import networth.model.Affiliation;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.store.StoreException;
import networth.store.maps.MapChange.AddAffiliation;
import networth.store.maps.MapChange.AddLink;
import networth.store.maps.MapChange.AddNode;
import networth.store.maps.MapChange.ChangeAffiliation;
import networth.store.maps.MapChange.ChangeLink;
import networth.store.maps.MapChange.ChangeNode;
import networth.store.maps.MapChange.ChangeSettings;
import networth.store.maps.MapChange.PutGroup;
import networth.store.maps.MapChange.RemoveAffiliation;
import networth.store.maps.MapChange.RemoveGroup;
import networth.store.maps.MapChange.RemoveLink;
import networth.store.maps.MapChange.RemoveNode;
import networth.store.maps.MapChange.SetCost;
import networth.store.maps.PartRows.Numbered;
import org.jdbi.v3.core.Handle;

/**
 * Applies one {@link MapChange} to the rows of a map at version {@code v - 1}, making version
 * {@code v}: it closes the rows the change replaces and adds the new ones, touching nothing else.
 * The result is the map the same edit would make of a map file: a name a link, group or affiliation
 * brings in becomes a node, and an amount without a currency takes the map's.
 */
final class ChangeWriter {

  private final Handle h;
  private final String mapId;
  private final long v;

  ChangeWriter(Handle h, String mapId, long v) {
    this.h = h;
    this.mapId = mapId;
    this.v = v;
  }

  void apply(MapChange change) {
    // A chain of instanceof rather than a switch: patterns in switch are not in Java 17.
    if (change instanceof AddNode c) {
      addNode(c.node());
    } else if (change instanceof ChangeNode c) {
      changeNode(c.node());
    } else if (change instanceof RemoveNode c) {
      removeNode(c.id());
    } else if (change instanceof SetCost c) {
      changeNode(existing(c.id()).node().withCost(c.cost()));
    } else if (change instanceof AddLink c) {
      putLink(PartRows.nextSeq(h, "links", "seq", mapId), c.link());
    } else if (change instanceof ChangeLink c) {
      long seq = seqAt("links", c.index(), "link");
      PartRows.close(h, "links", mapId, v, "seq = :key", seq);
      putLink(seq, c.link());
    } else if (change instanceof RemoveLink c) {
      PartRows.close(h, "links", mapId, v, "seq = :key", seqAt("links", c.index(), "link"));
    } else if (change instanceof PutGroup c) {
      putGroup(c.group());
    } else if (change instanceof RemoveGroup c) {
      if (PartRows.close(h, "map_groups", mapId, v, "name = :key", c.name()) == 0) {
        throw new StoreException.Invalid("the map has no group '" + c.name() + "'");
      }
    } else if (change instanceof AddAffiliation c) {
      putAffiliation(PartRows.nextSeq(h, "affiliations", "seq", mapId), c.affiliation());
    } else if (change instanceof ChangeAffiliation c) {
      long seq = seqAt("affiliations", c.index(), "affiliation");
      PartRows.close(h, "affiliations", mapId, v, "seq = :key", seq);
      putAffiliation(seq, c.affiliation());
    } else if (change instanceof RemoveAffiliation c) {
      long seq = seqAt("affiliations", c.index(), "affiliation");
      PartRows.close(h, "affiliations", mapId, v, "seq = :key", seq);
    } else if (change instanceof ChangeSettings c) {
      changeSettings(c.settings());
    } else {
      throw new IllegalStateException("a change this store does not know: " + change);
    }
  }

  private void putLink(long seq, Link link) {
    ensureNode(link.from(), NodeKind.UNKNOWN);
    ensureNode(link.to(), NodeKind.UNKNOWN);
    PartRows.insertLinks(h, mapId, v, List.of(new Numbered<>(seq, link)));
  }

  private void putAffiliation(long seq, Affiliation a) {
    ensureNode(a.person(), NodeKind.PERSON);
    ensureNode(a.organisation(), NodeKind.ORGANISATION);
    PartRows.insertAffiliations(h, mapId, v, List.of(new Numbered<>(seq, a)));
  }

  private void addNode(Node node) {
    if (NodeRows.one(h, mapId, v - 1, node.id()).isPresent()) {
      throw new StoreException.Invalid(
          "the map already has a node '" + node.id() + "': change it instead");
    }
    NodeRows.insert(
        h,
        mapId,
        v,
        List.of(new NodeRows.Placed(NodeRows.nextPosition(h, mapId), inMapCurrency(node))));
  }

  private void changeNode(Node node) {
    NodeRows.Placed old = existing(node.id());
    NodeRows.close(h, mapId, node.id(), v);
    NodeRows.insert(h, mapId, v, List.of(new NodeRows.Placed(old.position(), inMapCurrency(node))));
  }

  private void removeNode(String id) {
    existing(id);
    NodeRows.close(h, mapId, id, v);
    PartRows.close(h, "links", mapId, v, "(from_node = :key OR to_node = :key)", id);
    PartRows.close(h, "affiliations", mapId, v, "(person = :key OR organisation = :key)", id);
    for (Numbered<Group> g : PartRows.groups(h, mapId, v - 1)) {
      if (g.value().members().contains(id)) {
        List<String> rest = g.value().members().stream().filter(m -> !m.equals(id)).toList();
        PartRows.close(h, "map_groups", mapId, v, "name = :key", g.value().name());
        PartRows.insertGroups(
            h, mapId, v, List.of(new Numbered<>(g.seq(), new Group(g.value().name(), rest))));
      }
    }
  }

  private void putGroup(Group group) {
    group.members().forEach(m -> ensureNode(m, NodeKind.UNKNOWN));
    OptionalLong place = OptionalLong.empty();
    for (Numbered<Group> g : PartRows.groups(h, mapId, v - 1)) {
      if (g.value().name().equals(group.name())) {
        place = OptionalLong.of(g.seq());
      }
    }
    if (place.isPresent()) {
      PartRows.close(h, "map_groups", mapId, v, "name = :key", group.name());
    }
    long position =
        place.isPresent()
            ? place.getAsLong()
            : PartRows.nextSeq(h, "map_groups", "position", mapId);
    PartRows.insertGroups(h, mapId, v, List.of(new Numbered<>(position, group)));
  }

  /**
   * New settings are the whole map read again: a currency set where there was none is the currency
   * of every amount that named none, as when a map file gains a currency line; the nodes that
   * changed so are written anew.
   */
  private void changeSettings(MapSettings settings) {
    NetworkMap old = MapRows.read(h, mapId, v - 1);
    NetworkMap.Builder b = NetworkMap.builder().settings(settings);
    old.nodes().forEach(b::node);
    old.groups().forEach(b::group);
    old.links().forEach(b::link);
    old.affiliations().forEach(b::affiliation);
    Replacement.write(h, mapId, v, b.build());
  }

  /** Adds a node of {@code kind} for a name the map does not have yet. */
  private void ensureNode(String id, NodeKind kind) {
    // As of v: the rows this change has already added count, those it closed do not.
    if (NodeRows.one(h, mapId, v, id).isEmpty()) {
      NodeRows.insert(
          h,
          mapId,
          v,
          List.of(new NodeRows.Placed(NodeRows.nextPosition(h, mapId), Node.of(id, kind))));
    }
  }

  private NodeRows.Placed existing(String id) {
    Optional<NodeRows.Placed> found = NodeRows.one(h, mapId, v - 1, id);
    return found.orElseThrow(() -> new StoreException.Invalid("the map has no node '" + id + "'"));
  }

  private long seqAt(String table, int index, String what) {
    OptionalLong seq = PartRows.seqAt(h, table, mapId, index);
    if (seq.isEmpty()) {
      throw new StoreException.Invalid(
          "the map has no " + what + " number " + (index + 1) + " (they are counted from 1)");
    }
    return seq.getAsLong();
  }

  /** The node as the map holds it: an amount that names no currency takes the map's. */
  private Node inMapCurrency(Node node) {
    MapSettings s = PartRows.settings(h, mapId, v - 1);
    return NetworkMap.builder().settings(s).node(node).build().nodes().get(0);
  }
}
