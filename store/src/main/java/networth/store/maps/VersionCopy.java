package networth.store.maps;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Makes version {@code next} of a map equal to an earlier version {@code t} (a restore or an undo)
 * by touching only the rows that differ, in SQL, without reading the map: the cost is the size of
 * what changed since, not of the map.
 *
 * <p>Rows never change once written, and at any version each part of the map (a node, a link, a
 * group...) has one row. So the rows current now that already held at {@code t} are kept; a current
 * row made after {@code t} is closed; and a row that held at {@code t} but was closed since is
 * copied, with its attributes, later deals or members, as a row holding from {@code next}.
 */
final class VersionCopy {

  /** A table of a map's parts: its key, its columns of content, and its child tables. */
  private record Part(String table, String key, String columns, List<Child> children) {}

  /** A table whose rows belong to one row of a part, joined on the part's key. */
  private record Child(String table, String parentKey, String key, String columns) {}

  private static final List<Part> PARTS =
      List.of(
          new Part(
              "map_settings",
              "",
              "title, currency, hourly_rate_amount, hourly_rate_currency",
              List.of()),
          new Part(
              "nodes",
              "node_id",
              "position, label, kind, dated, until, note, value_amount, value_currency,"
                  + " probability, stage, next_step, next_date, cost_amount, cost_currency,"
                  + " cost_every, hours, hours_every, rate_amount, rate_currency",
              List.of(
                  new Child("node_attributes", "node_id", "node_id", "position, name, value"),
                  new Child(
                      "later_deals",
                      "node_id",
                      "node_id",
                      "position, outcome, dated, value_amount, value_currency, probability,"
                          + " stage, next_step, next_date"))),
          new Part(
              "links",
              "seq",
              "from_node, to_node, kind, dated, note",
              List.of(new Child("link_attributes", "seq", "seq", "position, name, value"))),
          new Part(
              "map_groups",
              "name",
              "position",
              List.of(new Child("group_members", "name", "group_name", "position, node_id"))),
          new Part(
              "affiliations", "seq", "person, organisation, role, since, until, note", List.of()));

  // A row that held at :t and has been closed since.
  private static final String CLOSED_SINCE =
      "p.map_id = :m AND p.from_version <= :t AND p.to_version IS NOT NULL AND p.to_version > :t";

  private VersionCopy() {}

  static void copy(Handle h, String mapId, long t, long next) {
    for (Part part : PARTS) {
      String keys = part.key().isEmpty() ? "map_id" : "map_id, " + part.key();
      h.createUpdate(
              "INSERT INTO "
                  + part.table()
                  + " ("
                  + keys
                  + ", from_version, "
                  + part.columns()
                  + ") SELECT "
                  + aliased("p", keys)
                  + ", :next, "
                  + aliased("p", part.columns())
                  + " FROM "
                  + part.table()
                  + " p WHERE "
                  + CLOSED_SINCE)
          .bind("m", mapId)
          .bind("t", t)
          .bind("next", next)
          .execute();
      for (Child c : part.children()) {
        String childKeys = "map_id, " + c.key();
        h.createUpdate(
                "INSERT INTO "
                    + c.table()
                    + " ("
                    + childKeys
                    + ", from_version, "
                    + c.columns()
                    + ") SELECT "
                    + aliased("c", childKeys)
                    + ", :next, "
                    + aliased("c", c.columns())
                    + " FROM "
                    + c.table()
                    + " c JOIN "
                    + part.table()
                    + " p ON p.map_id = c.map_id AND p."
                    + c.parentKey()
                    + " = c."
                    + c.key()
                    + " AND p.from_version = c.from_version WHERE "
                    + CLOSED_SINCE)
            .bind("m", mapId)
            .bind("t", t)
            .bind("next", next)
            .execute();
      }
      // Current rows made after t did not hold at t (the copies just made hold from next).
      h.createUpdate(
              "UPDATE "
                  + part.table()
                  + " SET to_version = :next WHERE map_id = :m AND to_version IS NULL"
                  + " AND from_version > :t AND from_version < :next")
          .bind("m", mapId)
          .bind("t", t)
          .bind("next", next)
          .execute();
    }
  }

  /** "a, b" as "x.a, x.b". */
  private static String aliased(String alias, String columns) {
    return java.util.Arrays.stream(columns.split(","))
        .map(c -> alias + "." + c.strip())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
