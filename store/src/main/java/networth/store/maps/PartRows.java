package networth.store.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import networth.model.Affiliation;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The rows of a map's settings, links, groups and affiliations (its nodes are in {@link NodeRows}).
 * Links and affiliations are ordered, and named across versions, by a sequence number; groups by a
 * position. A link's attributes are rows of their own, tied to the link's row as a node's are.
 */
final class PartRows {

  /** An ordered part of a map with the number that orders it. */
  record Numbered<T>(long seq, T value) {}

  private static final String ALIVE =
      "from_version <= :v AND (to_version IS NULL OR to_version > :v)";

  private PartRows() {}

  // ---- settings

  static void insertSettings(Handle h, String mapId, long v, MapSettings s) {
    Columns.money(
            h.createUpdate(
                "INSERT INTO map_settings (map_id, from_version, title, currency,"
                    + " hourly_rate_amount, hourly_rate_currency) VALUES (:m, :v, :title,"
                    + " :currency, :hourly_rate_amount, :hourly_rate_currency)"),
            "hourly_rate",
            s.hourlyRate())
        .bind("m", mapId)
        .bind("v", v)
        .bind("title", s.title())
        .bind("currency", s.currency())
        .execute();
  }

  static MapSettings settings(Handle h, String mapId, long v) {
    return h.createQuery("SELECT * FROM map_settings WHERE map_id = :m AND " + ALIVE)
        .bind("m", mapId)
        .bind("v", v)
        .map(
            (rs, ctx) ->
                new MapSettings(
                    rs.getString("title"),
                    rs.getString("currency"),
                    Columns.money(rs, "hourly_rate")))
        .one();
  }

  // ---- links

  static void insertLinks(Handle h, String mapId, long v, List<Numbered<Link>> links) {
    if (links.isEmpty()) {
      return;
    }
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO links (map_id, seq, from_version, from_node, to_node, kind, dated, note)"
                + " VALUES (:m, :seq, :v, :from, :to, :kind, :dated, :note)");
    PreparedBatch attributes =
        h.prepareBatch(
            "INSERT INTO link_attributes (map_id, seq, from_version, position, name, value)"
                + " VALUES (:m, :seq, :v, :position, :name, :value)");
    for (Numbered<Link> n : links) {
      Link l = n.value();
      b.bind("m", mapId)
          .bind("seq", n.seq())
          .bind("v", v)
          .bind("from", l.from())
          .bind("to", l.to())
          .bind("kind", l.kind())
          .bind("dated", Columns.date(l.date()))
          .bind("note", l.note())
          .add();
      int i = 0;
      for (Map.Entry<String, String> a : l.attributes().entrySet()) {
        attributes
            .bind("m", mapId)
            .bind("seq", n.seq())
            .bind("v", v)
            .bind("position", i++)
            .bind("name", a.getKey())
            .bind("value", a.getValue())
            .add();
      }
    }
    b.execute();
    if (attributes.size() > 0) {
      attributes.execute();
    }
  }

  static List<Numbered<Link>> links(Handle h, String mapId, long v) {
    Map<Long, Map<String, String>> attributes = new HashMap<>();
    h.createQuery(
            "SELECT a.seq, a.name, a.value FROM link_attributes a JOIN links l"
                + " ON l.map_id = a.map_id AND l.seq = a.seq AND l.from_version = a.from_version"
                + " WHERE l.map_id = :m AND l.from_version <= :v"
                + " AND (l.to_version IS NULL OR l.to_version > :v) ORDER BY a.seq, a.position")
        .bind("m", mapId)
        .bind("v", v)
        .map(
            (rs, ctx) ->
                new Attribute(rs.getLong("seq"), rs.getString("name"), rs.getString("value")))
        .forEach(
            a ->
                attributes
                    .computeIfAbsent(a.seq(), k -> new LinkedHashMap<>())
                    .put(a.name(), a.value()));
    return h.createQuery("SELECT * FROM links WHERE map_id = :m AND " + ALIVE + " ORDER BY seq")
        .bind("m", mapId)
        .bind("v", v)
        .map(
            (rs, ctx) ->
                new Numbered<>(
                    rs.getLong("seq"),
                    new Link(
                        rs.getString("from_node"),
                        rs.getString("to_node"),
                        rs.getString("kind"),
                        Columns.date(rs, "dated"),
                        rs.getString("note"),
                        attributes.getOrDefault(rs.getLong("seq"), Map.of()))))
        .list();
  }

  private record Attribute(long seq, String name, String value) {}

  // ---- groups

  static void insertGroups(Handle h, String mapId, long v, List<Numbered<Group>> groups) {
    if (groups.isEmpty()) {
      return;
    }
    PreparedBatch rows =
        h.prepareBatch(
            "INSERT INTO map_groups (map_id, name, from_version, position)"
                + " VALUES (:m, :name, :v, :position)");
    PreparedBatch members =
        h.prepareBatch(
            "INSERT INTO group_members (map_id, group_name, from_version, position, node_id)"
                + " VALUES (:m, :name, :v, :position, :node)");
    for (Numbered<Group> n : groups) {
      Group g = n.value();
      rows.bind("m", mapId).bind("name", g.name()).bind("v", v).bind("position", n.seq()).add();
      int i = 0;
      for (String member : g.members()) {
        members
            .bind("m", mapId)
            .bind("name", g.name())
            .bind("v", v)
            .bind("position", i++)
            .bind("node", member)
            .add();
      }
    }
    rows.execute();
    if (members.size() > 0) {
      members.execute();
    }
  }

  static List<Numbered<Group>> groups(Handle h, String mapId, long v) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    h.createQuery(
            "SELECT g.name, m.node_id FROM map_groups g JOIN group_members m"
                + " ON m.map_id = g.map_id AND m.group_name = g.name"
                + " AND m.from_version = g.from_version WHERE g.map_id = :m"
                + " AND g.from_version <= :v AND (g.to_version IS NULL OR g.to_version > :v)"
                + " ORDER BY g.name, m.position")
        .bind("m", mapId)
        .bind("v", v)
        .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("node_id")))
        .forEach(
            e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return h.createQuery(
            "SELECT name, position FROM map_groups WHERE map_id = :m AND "
                + ALIVE
                + " ORDER BY position")
        .bind("m", mapId)
        .bind("v", v)
        .map(
            (rs, ctx) ->
                new Numbered<>(
                    rs.getLong("position"),
                    new Group(
                        rs.getString("name"),
                        members.getOrDefault(rs.getString("name"), List.of()))))
        .list();
  }

  // ---- affiliations

  static void insertAffiliations(
      Handle h, String mapId, long v, List<Numbered<Affiliation>> affiliations) {
    if (affiliations.isEmpty()) {
      return;
    }
    PreparedBatch b =
        h.prepareBatch(
            "INSERT INTO affiliations (map_id, seq, from_version, person, organisation, role,"
                + " since, until, note) VALUES (:m, :seq, :v, :person, :organisation, :role,"
                + " :since, :until, :note)");
    for (Numbered<Affiliation> n : affiliations) {
      Affiliation a = n.value();
      b.bind("m", mapId)
          .bind("seq", n.seq())
          .bind("v", v)
          .bind("person", a.person())
          .bind("organisation", a.organisation())
          .bind("role", a.role().name())
          .bind("since", Columns.date(a.since()))
          .bind("until", Columns.date(a.until()))
          .bind("note", a.note())
          .add();
    }
    b.execute();
  }

  static List<Numbered<Affiliation>> affiliations(Handle h, String mapId, long v) {
    return h.createQuery(
            "SELECT * FROM affiliations WHERE map_id = :m AND " + ALIVE + " ORDER BY seq")
        .bind("m", mapId)
        .bind("v", v)
        .map(
            (rs, ctx) ->
                new Numbered<>(
                    rs.getLong("seq"),
                    new Affiliation(
                        rs.getString("person"),
                        rs.getString("organisation"),
                        Affiliation.Role.valueOf(rs.getString("role")),
                        Columns.date(rs, "since"),
                        Columns.date(rs, "until"),
                        rs.getString("note"))))
        .list();
  }

  // ---- shared by every ordered part

  /**
   * The number of the {@code index}-th current row of an ordered table (links, affiliations), or
   * empty when there are not so many.
   */
  static OptionalLong seqAt(Handle h, String table, String mapId, int index) {
    if (index < 0) {
      return OptionalLong.empty();
    }
    Optional<Long> seq =
        h.createQuery(
                "SELECT seq FROM "
                    + table
                    + " WHERE map_id = :m AND to_version IS NULL ORDER BY seq LIMIT 1 OFFSET :i")
            .bind("m", mapId)
            .bind("i", index)
            .mapTo(Long.class)
            .findOne();
    return seq.map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /** The next free number after every row a table has ever had for the map. */
  static long nextSeq(Handle h, String table, String column, String mapId) {
    return h.createQuery(
            "SELECT COALESCE(MAX(" + column + "), -1) + 1 FROM " + table + " WHERE map_id = :m")
        .bind("m", mapId)
        .mapTo(Long.class)
        .one();
  }

  /** Closes the current rows of a table that {@code where} picks; returns how many. */
  static int close(Handle h, String table, String mapId, long v, String where, Object key) {
    var u =
        h.createUpdate(
                "UPDATE "
                    + table
                    + " SET to_version = :v WHERE map_id = :m AND to_version IS NULL"
                    + (where.isEmpty() ? "" : " AND " + where))
            .bind("v", v)
            .bind("m", mapId);
    if (!where.isEmpty()) {
      u.bind("key", key);
    }
    return u.execute();
  }
}
