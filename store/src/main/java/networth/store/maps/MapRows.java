package networth.store.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.store.maps.PartRows.Numbered;
import org.jdbi.v3.core.Handle;

/** A whole map as rows: written at one version, read back as of any. */
final class MapRows {

  private MapRows() {}

  /** Writes every part of {@code map} as rows that hold from version {@code v}. */
  static void write(Handle h, String mapId, long v, NetworkMap map) {
    PartRows.insertSettings(h, mapId, v, map.settings());
    List<NodeRows.Placed> nodes = new ArrayList<>(map.nodes().size());
    for (Node n : map.nodes()) {
      nodes.add(new NodeRows.Placed(nodes.size(), n));
    }
    NodeRows.insert(h, mapId, v, nodes);
    PartRows.insertLinks(h, mapId, v, numbered(map.links()));
    PartRows.insertGroups(h, mapId, v, numbered(map.groups()));
    PartRows.insertAffiliations(h, mapId, v, numbered(map.affiliations()));
  }

  /**
   * The map as of version {@code v}. Every node is declared, in its stored order, so the map read
   * back has exactly the nodes written, in the same order.
   */
  static NetworkMap read(Handle h, String mapId, long v) {
    NetworkMap.Builder b = NetworkMap.builder().settings(PartRows.settings(h, mapId, v));
    NodeRows.read(h, mapId, v, Optional.empty()).forEach(p -> b.node(p.node()));
    PartRows.groups(h, mapId, v).forEach(g -> b.group(g.value()));
    PartRows.links(h, mapId, v).forEach(l -> b.link(l.value()));
    PartRows.affiliations(h, mapId, v).forEach(a -> b.affiliation(a.value()));
    return b.build();
  }

  private static <T> List<Numbered<T>> numbered(List<T> values) {
    List<Numbered<T>> out = new ArrayList<>(values.size());
    for (T t : values) {
      out.add(new Numbered<>(out.size(), t));
    }
    return out;
  }
}
