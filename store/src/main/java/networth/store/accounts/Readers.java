package networth.store.accounts;

import java.time.Clock;
import java.util.Optional;
import networth.store.Role;
import networth.store.User;
import networth.store.db.Sql;
import org.jdbi.v3.core.Jdbi;

/**
 * Who is reading a map, whether they may, and the map's version, in one query: what the server
 * needs before it answers a read from what it keeps by version. Done as three lookups (the session
 * by its token, the caller's access to the map, the map's version) it was three round trips to the
 * database on every request; here it is one, still asked of the database every time, so that
 * servers sharing one database agree at once on an ended session, a revoked share or a new version.
 */
public final class Readers {

  // The session's user first; failing that, on a loopback server, the local user, while no account
  // that signs in exists. The local user's own session holds only as long as that, too. The map's
  // access and version are joined on either, and are NULL when the user may not see the map (or
  // there is no such map: the two are not told apart).
  private static final String QUERY =
      "SELECT 0 AS preference, u.id, u.name, s.csrf_hash, a.role, m.version"
          + " FROM sessions s JOIN users u ON u.id = s.user_id"
          + " LEFT JOIN map_access a ON a.map_id = :map AND a.user_id = u.id"
          + " LEFT JOIN maps m ON m.id = a.map_id"
          + " WHERE s.token_hash = :token AND s.expires_at > :now"
          + " AND (u.name <> :local OR (:loopback AND NOT EXISTS"
          + " (SELECT 1 FROM users o WHERE o.name <> :local)))"
          + " UNION ALL"
          + " SELECT 1 AS preference, u.id, u.name, NULL, a.role, m.version"
          + " FROM users u"
          + " LEFT JOIN map_access a ON a.map_id = :map AND a.user_id = u.id"
          + " LEFT JOIN maps m ON m.id = a.map_id"
          + " WHERE :loopback AND u.name = :local"
          + " AND NOT EXISTS (SELECT 1 FROM users o WHERE o.name <> :local)"
          + " ORDER BY preference";

  private final Jdbi jdbi;
  private final Clock clock;

  /** Made by {@code Store}. */
  public Readers(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * The reader of map {@code mapId}: the user of the session whose token is {@code token}, or, when
   * {@code loopback} and there is no such session, the local user while nobody else has an account.
   * Empty when there is neither (including a local user not yet made: {@code Accounts.local()}
   * makes it).
   */
  public Optional<Reader> find(Optional<String> token, boolean loopback, String mapId) {
    return Sql.read(
        jdbi,
        "looking up the reader of map " + mapId,
        h ->
            h.createQuery(QUERY)
                .bind("token", token.map(Sessions::hash).orElse(""))
                .bind("now", clock.millis())
                .bind("map", mapId)
                .bind("local", Accounts.LOCAL)
                .bind("loopback", loopback)
                .map(
                    (rs, ctx) -> {
                      String role = rs.getString("role");
                      long version = rs.getLong("version");
                      return new Reader(
                          new User(rs.getString("id"), rs.getString("name")),
                          Optional.ofNullable(rs.getString("csrf_hash")),
                          role == null
                              ? Optional.empty()
                              : Optional.of(new Reader.Access(Role.of(role), version)));
                    })
                .findFirst());
  }

  /**
   * Who reads a map, and what they may.
   *
   * @param user the reader
   * @param csrfHash the hash of their session's CSRF token; empty for the local user without one
   * @param map their role on the map and its version now; empty when they may not see it
   */
  public record Reader(User user, Optional<String> csrfHash, Optional<Access> map) {

    /**
     * A reader's access to a map.
     *
     * @param role how they may use it
     * @param version the map's version now
     */
    public record Access(Role role, long version) {}
  }
}
