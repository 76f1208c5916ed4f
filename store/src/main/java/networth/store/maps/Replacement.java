package networth.store.maps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.store.maps.PartRows.Numbered;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Makes version {@code next} of a map equal to a whole new map (an upload, the text editor saved)
 * by touching only the rows that differ from version {@code next - 1}: a map saved again with one
 * node changed closes one row and adds one, instead of rewriting every node and link. What is
 * written holds exactly the new map, in its order, as of {@code next}; earlier versions keep their
 * rows.
 *
 * <p>The order of nodes and groups is their position, that of links and affiliations their sequence
 * number. A part keeps its row only while the numbers it keeps still rise in the new order; a part
 * that is new, or that moved before one kept, takes a number after every number the map has ever
 * used, and so do the parts after it. So appending, changing or removing parts costs what changed,
 * and inserting in the middle costs the rest of the map. A list of parts (nodes, links...) of which
 * more than half would be closed is closed in one statement and written whole, as a new map is.
 */
final class Replacement {

  private final Handle h;
  private final String mapId;
  private final long next;

  private Replacement(Handle h, String mapId, long next) {
    this.h = h;
    this.mapId = mapId;
    this.next = next;
  }

  /** Writes {@code map} as version {@code next}, over the rows of version {@code next - 1}. */
  static void write(Handle h, String mapId, long next, NetworkMap map) {
    new Replacement(h, mapId, next).write(map);
  }

  private void write(NetworkMap map) {
    long now = next - 1;
    if (!PartRows.settings(h, mapId, now).equals(map.settings())) {
      PartRows.close(h, "map_settings", mapId, next, "", null);
      PartRows.insertSettings(h, mapId, next, map.settings());
    }
    Diff<Node> nodes =
        keyed(
            NodeRows.read(h, mapId, now, Optional.empty()).stream()
                .map(p -> new Numbered<>(p.position(), p.node()))
                .toList(),
            map.nodes(),
            Node::id,
            Replacement::sameNode,
            NodeRows.nextPosition(h, mapId));
    close("nodes", "node_id", nodes);
    NodeRows.insert(
        h,
        mapId,
        next,
        nodes.added().stream().map(n -> new NodeRows.Placed(n.seq(), n.value())).toList());
    Diff<networth.model.Group> groups =
        keyed(
            PartRows.groups(h, mapId, now),
            map.groups(),
            networth.model.Group::name,
            Object::equals,
            PartRows.nextSeq(h, "map_groups", "position", mapId));
    close("map_groups", "name", groups);
    PartRows.insertGroups(h, mapId, next, groups.added());
    Diff<networth.model.Link> links =
        unkeyed(
            PartRows.links(h, mapId, now),
            map.links(),
            Replacement::linkRow,
            PartRows.nextSeq(h, "links", "seq", mapId));
    close("links", "seq", links);
    PartRows.insertLinks(h, mapId, next, links.added());
    Diff<networth.model.Affiliation> affiliations =
        unkeyed(
            PartRows.affiliations(h, mapId, now),
            map.affiliations(),
            a -> a,
            PartRows.nextSeq(h, "affiliations", "seq", mapId));
    close("affiliations", "seq", affiliations);
    PartRows.insertAffiliations(h, mapId, next, affiliations.added());
  }

  /** The rows to close (by their key) and the rows to add (with their number). */
  private record Diff<T>(List<Object> closed, boolean everyOld, List<Numbered<T>> added) {

    /**
     * The diff as it is, or, when it would close more than half the old rows, every old row closed
     * and every new part added, numbered from 0: closing rows one by one costs more than closing
     * them all in one statement and writing the few kept again.
     */
    static <T> Diff<T> of(List<Object> closed, int old, List<T> now, List<Numbered<T>> added) {
      if (closed.size() == old || closed.size() * 2 <= old) {
        return new Diff<>(closed, closed.size() == old, added);
      }
      List<Numbered<T>> all = new ArrayList<>(now.size());
      for (T t : now) {
        all.add(new Numbered<>(all.size(), t));
      }
      return new Diff<>(closed, true, all);
    }
  }

  private interface Same<T> {
    boolean same(T a, T b);
  }

  /**
   * Parts named by a key (nodes by id, groups by name): a part keeps its row when its content is
   * the same and its number still rises; changed in place, it keeps its number in a new row.
   */
  private static <T> Diff<T> keyed(
      List<Numbered<T>> old, List<T> now, Function<T, Object> key, Same<T> same, long free) {
    Map<Object, Numbered<T>> byKey = new HashMap<>();
    old.forEach(o -> byKey.put(key.apply(o.value()), o));
    List<Object> closed = new ArrayList<>();
    List<Numbered<T>> added = new ArrayList<>();
    long last = -1;
    for (T t : now) {
      Numbered<T> o = byKey.remove(key.apply(t));
      if (o != null && o.seq() > last) {
        last = o.seq();
        if (!same.same(o.value(), t)) {
          closed.add(key.apply(t));
          added.add(new Numbered<>(last, t));
        }
      } else {
        if (o != null) {
          closed.add(key.apply(t));
        }
        last = Math.max(free, last + 1);
        free = last + 1;
        added.add(new Numbered<>(last, t));
      }
    }
    byKey.keySet().forEach(closed::add);
    return Diff.of(closed, old.size(), now, added);
  }

  /**
   * Parts with no name of their own (links, affiliations): a new part keeps the row of an equal old
   * one whose number comes after the last kept, taking the earliest such; the rest are closed.
   */
  private static <T> Diff<T> unkeyed(
      List<Numbered<T>> old, List<T> now, Function<T, Object> row, long free) {
    Map<Object, ArrayDeque<Long>> byValue = new HashMap<>();
    old.forEach(
        o -> byValue.computeIfAbsent(row.apply(o.value()), k -> new ArrayDeque<>()).add(o.seq()));
    Set<Long> kept = new HashSet<>();
    List<Numbered<T>> added = new ArrayList<>();
    long last = -1;
    for (T t : now) {
      ArrayDeque<Long> seqs = byValue.get(row.apply(t));
      while (seqs != null && !seqs.isEmpty() && seqs.peekFirst() <= last) {
        seqs.pollFirst();
      }
      if (seqs != null && !seqs.isEmpty()) {
        last = seqs.pollFirst();
        kept.add(last);
      } else {
        last = Math.max(free, last + 1);
        free = last + 1;
        added.add(new Numbered<>(last, t));
      }
    }
    List<Object> closed = new ArrayList<>();
    old.stream().map(Numbered::seq).filter(s -> !kept.contains(s)).forEach(closed::add);
    return Diff.of(closed, old.size(), now, added);
  }

  /**
   * What a link's rows hold: the link, and the order of its attributes, which {@code equals}
   * ignores.
   */
  private static Object linkRow(networth.model.Link l) {
    return List.of(l, new ArrayList<>(l.attributes().keySet()));
  }

  /** A node's row holds its facts and its attributes in order, which {@code equals} ignores. */
  private static boolean sameNode(Node a, Node b) {
    return a.equals(b)
        && new ArrayList<>(a.attributes().keySet())
            .equals(new ArrayList<>(b.attributes().keySet()));
  }

  /** Closes the current rows the diff names: every one in one statement, or a batch by key. */
  private void close(String table, String keyColumn, Diff<?> diff) {
    List<Object> keys = diff.closed();
    if (keys.isEmpty()) {
      return;
    }
    if (diff.everyOld()) {
      PartRows.close(h, table, mapId, next, "", null);
      return;
    }
    // Each current row is closed by its whole primary key: "AND to_version IS NULL" would let
    // SQLite pick the index of current rows and visit every one of them for each key.
    Map<String, Long> from = new HashMap<>();
    h.createQuery(
            "SELECT "
                + keyColumn
                + ", from_version FROM "
                + table
                + " WHERE map_id = :m AND to_version IS NULL")
        .bind("m", mapId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .forEach(e -> from.put(e.getKey(), e.getValue()));
    PreparedBatch b =
        h.prepareBatch(
            "UPDATE "
                + table
                + " SET to_version = :v WHERE map_id = :m AND "
                + keyColumn
                + " = :key AND from_version = :from");
    for (Object key : keys) {
      b.bind("v", next)
          .bind("m", mapId)
          .bind("key", key)
          .bind("from", from.get(String.valueOf(key)))
          .add();
    }
    b.execute();
  }
}
