package networth.store.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import networth.store.Ids;
import networth.store.User;
import networth.store.db.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions kept in the database, so that every server on one database knows every session. A token
 * is 256 random bits and only its SHA-256 is kept: a slow hash is for guessable secrets, and a
 * token is not guessable, so a fast one serves and keeps each request cheap.
 *
 * <p>A session's CSRF token is derived from its token ({@link #csrfOf}), so that a page loaded
 * again can be given it again by whoever holds the cookie, and only its SHA-256 is kept too: a copy
 * of the database gives neither.
 */
public final class Sessions {

  /** How long a session lasts unless told otherwise. */
  public static final Duration LIFETIME_DEFAULT = Duration.ofDays(7);

  private final Jdbi jdbi;
  private final Clock clock;

  /** Made by {@code Store}. */
  public Sessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Opens a session for {@code user} lasting {@code lifetime}. The same transaction forgets the
   * sessions that have expired and the failed logins older than {@link Accounts#FAILURES_KEPT}: the
   * tables are kept small by the sign-ins themselves, with no timer and no server that must be the
   * one to do it.
   */
  public OpenedSession open(User user, Duration lifetime) {
    // 52 characters of 32 make 260 bits.
    String token = Ids.random(52);
    String csrf = csrfOf(token);
    long now = clock.millis();
    Instant expires = Instant.ofEpochMilli(now + lifetime.toMillis());
    Sql.write(
        jdbi,
        "opening a session",
        h -> {
          removeExpired(h, now);
          Accounts.forgetFailedLogins(h, now - Accounts.FAILURES_KEPT.toMillis());
          return h.createUpdate(
                  "INSERT INTO sessions (token_hash, user_id, csrf_hash, created_at, expires_at)"
                      + " VALUES (:t, :u, :c, :now, :exp)")
              .bind("t", hash(token))
              .bind("u", user.id())
              .bind("c", hash(csrf))
              .bind("now", now)
              .bind("exp", expires.toEpochMilli())
              .execute();
        });
    return new OpenedSession(token, csrf, expires);
  }

  /**
   * The CSRF token of the session whose token is {@code token}: 256 bits that a site without the
   * cookie cannot know, derived (SHA-256 with a prefix of its own) rather than drawn, so that only
   * its hash need be kept and a page loaded again is given the same one ({@code GET /api/session}).
   */
  public static String csrfOf(String token) {
    return hash("networth CSRF token of session " + token);
  }

  /** The session a token opens; empty when there is none or it has expired. */
  public Optional<Session> find(String token) {
    return Sql.read(
        jdbi,
        "looking up a session",
        h ->
            h.createQuery(
                    "SELECT u.id, u.name, s.csrf_hash, s.expires_at FROM sessions s"
                        + " JOIN users u ON u.id = s.user_id"
                        + " WHERE s.token_hash = :t AND s.expires_at > :now")
                .bind("t", hash(token))
                .bind("now", clock.millis())
                .map(
                    (rs, ctx) ->
                        new Session(
                            new User(rs.getString("id"), rs.getString("name")),
                            rs.getString("csrf_hash"),
                            Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
  }

  /** Ends a session (signing out); nothing happens when there is none. */
  public void close(String token) {
    Sql.write(
        jdbi,
        "closing a session",
        h ->
            h.createUpdate("DELETE FROM sessions WHERE token_hash = :t")
                .bind("t", hash(token))
                .execute());
  }

  /** Forgets the sessions that have expired; returns how many. */
  public int removeExpired() {
    return Sql.write(jdbi, "removing expired sessions", h -> removeExpired(h, clock.millis()));
  }

  private static int removeExpired(Handle h, long now) {
    return h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
        .bind("now", now)
        .execute();
  }

  /** The SHA-256 of a token, in hex: what the database keeps of it. */
  public static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
