package networth.store.maps;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import networth.model.NetworkMap;
import networth.store.Ids;
import networth.store.Role;
import networth.store.StoreException;
import networth.store.User;
import networth.store.db.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Maps kept with their history, for several users at once.
 *
 * <p>Every write is one transaction and makes one new version. A write names the version it is
 * based on and is refused with {@link StoreException.Stale}, changing nothing, when the map has
 * moved on since, so that two people editing at once never overwrite each other unseen. A user sees
 * only the maps they own or that are shared with them; any other map is {@link
 * StoreException.NotFound}, exactly as one that does not exist.
 */
public final class MapStore {

  private final Jdbi jdbi;
  private final Clock clock;

  /** Made by {@code Store}; one serves every thread. */
  public MapStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Stores a new map, owned by {@code user}, at version 1; returns its id. */
  public String create(User user, NetworkMap map) {
    String id = Ids.next();
    return Sql.write(
        jdbi,
        "storing a new map",
        h -> {
          long now = clock.millis();
          h.createUpdate(
                  "INSERT INTO maps (id, owner_id, version, created_at) VALUES (:id, :u, 1, :now)")
              .bind("id", id)
              .bind("u", user.id())
              .bind("now", now)
              .execute();
          h.createUpdate("INSERT INTO map_access (map_id, user_id, role) VALUES (:id, :u, 'owner')")
              .bind("id", id)
              .bind("u", user.id())
              .execute();
          MapRows.write(h, id, 1, map);
          recordVersion(h, id, 1, user, "created", 0);
          return id;
        });
  }

  /** The maps {@code user} may see, the most recently changed first. */
  public List<MapListing> list(User user) {
    return Sql.read(
        jdbi,
        "listing maps",
        h ->
            h.createQuery(
                    "SELECT m.id, m.version, a.role, o.name AS owner, s.title, v.made_at"
                        + " FROM map_access a JOIN maps m ON m.id = a.map_id"
                        + " JOIN users o ON o.id = m.owner_id"
                        + " JOIN map_versions v ON v.map_id = m.id AND v.version = m.version"
                        + " JOIN map_settings s ON s.map_id = m.id AND s.from_version <= m.version"
                        + " AND (s.to_version IS NULL OR s.to_version > m.version)"
                        + " WHERE a.user_id = :u ORDER BY v.made_at DESC, m.id")
                .bind("u", user.id())
                .map(
                    (rs, ctx) ->
                        new MapListing(
                            rs.getString("id"),
                            rs.getString("title"),
                            rs.getLong("version"),
                            Role.of(rs.getString("role")),
                            rs.getString("owner"),
                            Instant.ofEpochMilli(rs.getLong("made_at"))))
                .list());
  }

  /** The map as it is now, with its version. */
  public StoredMap read(User user, String id) {
    return Sql.read(
        jdbi,
        "reading map " + id,
        h -> {
          Lookups.role(h, user, id);
          long version = Lookups.version(h, id);
          return new StoredMap(id, version, MapRows.read(h, id, version));
        });
  }

  /** The map's version now: what a server compares an {@code If-Match} with, cheaply. */
  public long version(User user, String id) {
    return Sql.read(
        jdbi,
        "reading map " + id,
        h -> {
          Lookups.role(h, user, id);
          return Lookups.version(h, id);
        });
  }

  /** How {@code user} may use the map. */
  public Role role(User user, String id) {
    return Sql.read(jdbi, "reading map " + id, h -> Lookups.role(h, user, id));
  }

  /** The map as it was at an earlier {@code version}. */
  public StoredMap asOf(User user, String id, long version) {
    return Sql.read(
        jdbi,
        "reading map " + id,
        h -> {
          Lookups.role(h, user, id);
          Lookups.checkVersion(h, id, version);
          return new StoredMap(id, version, MapRows.read(h, id, version));
        });
  }

  /** Every version of the map, the first first. */
  public List<MapVersion> history(User user, String id) {
    return Sql.read(
        jdbi,
        "reading the history of map " + id,
        h -> {
          Lookups.role(h, user, id);
          return h.createQuery(
                  "SELECT v.version, v.made_at, u.name, v.description"
                      + " FROM map_versions v JOIN users u ON u.id = v.user_id"
                      + " WHERE v.map_id = :id ORDER BY v.version")
              .bind("id", id)
              .map(
                  (rs, ctx) ->
                      new MapVersion(
                          rs.getLong("version"),
                          Instant.ofEpochMilli(rs.getLong("made_at")),
                          rs.getString("name"),
                          rs.getString("description")))
              .list();
        });
  }

  /**
   * Replaces the whole map; returns the new version. Only the rows that differ are written, so
   * saving a large map with a small change costs the change.
   */
  public long replace(User user, String id, long basedOn, NetworkMap map) {
    return replace(user, id, basedOn, map, "replaced the whole map");
  }

  /**
   * Replaces the whole map as {@link #replace(User, String, long, NetworkMap)} does, with the line
   * the history shows for it ("imported from linkedin: 3 people, 2 links").
   */
  public long replace(User user, String id, long basedOn, NetworkMap map, String description) {
    return write(
        user,
        id,
        basedOn,
        description,
        (h, next) -> {
          Replacement.write(h, id, next, map);
          return basedOn;
        });
  }

  /** Applies one edit; returns the new version. */
  public long apply(User user, String id, long basedOn, MapChange change) {
    return write(
        user,
        id,
        basedOn,
        change.describe(),
        (h, next) -> {
          new ChangeWriter(h, id, next).apply(change);
          return basedOn;
        });
  }

  /** Makes a new version equal to an earlier one; returns the new version. */
  public long restore(User user, String id, long basedOn, long version) {
    return write(
        user,
        id,
        basedOn,
        "restored version " + version,
        (h, next) -> {
          Lookups.checkVersion(h, id, version);
          copy(h, id, version, next);
          return basedOn;
        });
  }

  /**
   * Takes back the latest change: makes a new version equal to the one before it. After an undo,
   * another undo steps back once more (it does not undo the undo); a restore is undone like any
   * change.
   *
   * @throws StoreException.Invalid when the map is as it was created
   */
  public long undo(User user, String id, long basedOn) {
    return Sql.write(
        jdbi,
        "undoing a change to map " + id,
        h -> {
          Lookups.role(h, user, id);
          // A stale undo is said to be stale, not "nothing to undo" about an old version.
          long current = Lookups.version(h, id);
          if (current != basedOn) {
            throw new StoreException.Stale(id, basedOn, current);
          }
          long target = Lookups.undoTo(h, id, basedOn);
          if (target < 1) {
            throw new StoreException.Invalid(
                "there is nothing to undo: map " + id + " is as it was created");
          }
          // The change taken back is the one that followed the version gone back to.
          String undone = Lookups.description(h, id, target + 1);
          return write(
              h,
              user,
              id,
              basedOn,
              "undid: " + undone,
              (hh, next) -> {
                copy(hh, id, target, next);
                return Lookups.undoTo(hh, id, target);
              });
        });
  }

  /** Lets another user see ({@link Role#VIEWER}) or change ({@link Role#EDITOR}) the map. */
  public void share(User owner, String id, String userName, Role role) {
    if (role == Role.OWNER) {
      throw new StoreException.Invalid("a map has one owner: share it as editor or viewer");
    }
    Sql.write(
        jdbi,
        "sharing map " + id,
        h -> {
          Lookups.ownerOnly(h, owner, id, "share");
          String other = Lookups.userId(h, userName);
          if (other.equals(owner.id())) {
            throw new StoreException.Invalid("you own map " + id + " already");
          }
          h.createUpdate("DELETE FROM map_access WHERE map_id = :id AND user_id = :u")
              .bind("id", id)
              .bind("u", other)
              .execute();
          h.createUpdate("INSERT INTO map_access (map_id, user_id, role) VALUES (:id, :u, :r)")
              .bind("id", id)
              .bind("u", other)
              .bind("r", role.word())
              .execute();
          return null;
        });
  }

  /**
   * Who may use the map: its owner first, then its editors and viewers, each by name. Anyone who
   * may see the map may see this; to anyone else the map is not found.
   */
  public List<MapAccess> access(User user, String id) {
    return Sql.read(
        jdbi,
        "reading who may use map " + id,
        h -> {
          Lookups.role(h, user, id);
          return h.createQuery(
                  "SELECT u.name, a.role FROM map_access a JOIN users u ON u.id = a.user_id"
                      + " WHERE a.map_id = :id"
                      + " ORDER BY CASE a.role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1 ELSE 2 END,"
                      + " u.name")
              .bind("id", id)
              .map((rs, ctx) -> new MapAccess(rs.getString(1), Role.of(rs.getString(2))))
              .list();
        });
  }

  /** Stops sharing the map with a user. */
  public void unshare(User owner, String id, String userName) {
    Sql.write(
        jdbi,
        "unsharing map " + id,
        h -> {
          Lookups.ownerOnly(h, owner, id, "unshare");
          h.createUpdate(
                  "DELETE FROM map_access WHERE map_id = :id AND user_id = :u AND role <> 'owner'")
              .bind("id", id)
              .bind("u", Lookups.userId(h, userName))
              .execute();
          return null;
        });
  }

  /** Deletes the map and its whole history. */
  public void delete(User owner, String id) {
    Sql.write(
        jdbi,
        "deleting map " + id,
        h -> {
          Lookups.ownerOnly(h, owner, id, "delete");
          // Children first: SQLite enforces foreign keys only when asked, so nothing relies on it.
          for (String table :
              List.of(
                  "node_attributes",
                  "later_deals",
                  "nodes",
                  "link_attributes",
                  "links",
                  "group_members",
                  "map_groups",
                  "affiliations",
                  "map_settings",
                  "map_versions",
                  "map_access")) {
            h.createUpdate("DELETE FROM " + table + " WHERE map_id = :id").bind("id", id).execute();
          }
          h.createUpdate("DELETE FROM maps WHERE id = :id").bind("id", id).execute();
          return null;
        });
  }

  // ---- the conditional write

  /** What a write does at version {@code next}; returns the version an undo of it goes back to. */
  private interface Body {
    long write(Handle h, long next);
  }

  private long write(User user, String id, long basedOn, String description, Body body) {
    return Sql.write(
        jdbi, "changing map " + id, h -> write(h, user, id, basedOn, description, body));
  }

  private long write(Handle h, User user, String id, long basedOn, String description, Body body) {
    if (!Lookups.role(h, user, id).canEdit()) {
      throw new StoreException.NotAllowed(
          "you may read map " + id + " but not change it: ask its owner to make you an editor");
    }
    long next = basedOn + 1;
    // The version moves only from the one the write was based on: a concurrent writer either
    // finds it moved (and is refused) or waits for this transaction to end and then finds it moved.
    int moved =
        h.createUpdate("UPDATE maps SET version = :next WHERE id = :id AND version = :based")
            .bind("next", next)
            .bind("id", id)
            .bind("based", basedOn)
            .execute();
    if (moved == 0) {
      throw new StoreException.Stale(id, basedOn, Lookups.version(h, id));
    }
    long undoTo = body.write(h, next);
    recordVersion(h, id, next, user, description, undoTo);
    return next;
  }

  /** Makes version {@code next} equal to {@code version}, rewriting only what differs. */
  private static void copy(Handle h, String id, long version, long next) {
    VersionCopy.copy(h, id, version, next);
  }

  private void recordVersion(
      Handle h, String id, long version, User user, String description, long undoTo) {
    h.createUpdate(
            "INSERT INTO map_versions (map_id, version, made_at, user_id, description, undo_to)"
                + " VALUES (:id, :v, :at, :u, :d, :undo)")
        .bind("id", id)
        .bind("v", version)
        .bind("at", clock.millis())
        .bind("u", user.id())
        .bind("d", description)
        .bind("undo", undoTo)
        .execute();
  }
}
