package networth.store.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import networth.store.Ids;
import networth.store.StoreException;
import networth.store.User;
import networth.store.db.Failures;
import networth.store.db.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The people who keep maps: their names, their passwords (kept only as slow hashes) and their
 * failed logins, so that a server can slow down whoever is guessing.
 */
public final class Accounts {

  /**
   * The name of the user who works without signing in, on a server bound to 127.0.0.1. It has no
   * password, so nobody can sign in as it.
   */
  public static final String LOCAL = "local";

  /**
   * How long failed logins are kept: far longer than any window a server slows sign-ins over, and
   * short enough that a stream of guesses does not grow the table without end.
   */
  public static final Duration FAILURES_KEPT = Duration.ofDays(1);

  /** The longest user name. */
  public static final int NAME_LENGTH_MAX = 200;

  private final Jdbi jdbi;
  private final Clock clock;

  /** Made by {@code Store}. */
  public Accounts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Adds a user.
   *
   * @throws StoreException.Invalid when the name is empty, too long or taken, or the password empty
   */
  public User add(String name, String password) {
    String n = checkedName(name);
    if (n.equals(LOCAL)) {
      throw new StoreException.Invalid(
          "'"
              + LOCAL
              + "' is the user who works without signing in on 127.0.0.1: choose another name");
    }
    if (password.isEmpty()) {
      throw new StoreException.Invalid("a password cannot be empty");
    }
    String hash = Passwords.hash(password);
    return insert(n, hash);
  }

  /** The user of that name, if there is one. */
  public Optional<User> find(String name) {
    return Sql.read(jdbi, "looking up a user", h -> find(h, name));
  }

  /** How many users can sign in (the local user not counted). */
  public int count() {
    return Sql.read(
        jdbi,
        "counting users",
        h ->
            h.createQuery("SELECT COUNT(*) FROM users WHERE name <> :local")
                .bind("local", LOCAL)
                .mapTo(Integer.class)
                .one());
  }

  /**
   * The user with this name and password; empty when there is none or the password is wrong, which
   * is recorded as a failed login for the name. A right password clears the name's failures.
   */
  public Optional<User> authenticate(String name, String password) {
    Optional<Row> row =
        Sql.read(
            jdbi,
            "signing in",
            h ->
                h.createQuery("SELECT id, name, password_hash FROM users WHERE name = :n")
                    .bind("n", name)
                    .map(
                        (rs, ctx) ->
                            new Row(
                                new User(rs.getString("id"), rs.getString("name")),
                                rs.getString("password_hash")))
                    .findOne());
    // The hash is checked even for a name nobody has, so that the time taken does not tell
    // whether the name exists.
    boolean right =
        Passwords.matches(password, row.map(Row::hash).orElse(DUMMY_HASH)) && row.isPresent();
    Sql.write(
        jdbi,
        "recording a login",
        h -> {
          if (right) {
            h.createUpdate("DELETE FROM login_failures WHERE user_name = :n")
                .bind("n", name)
                .execute();
          } else {
            // Guesses that never succeed open no session, so they clear out the old ones here.
            forgetFailedLogins(h, clock.millis() - FAILURES_KEPT.toMillis());
            h.createUpdate("INSERT INTO login_failures (user_name, failed_at) VALUES (:n, :at)")
                .bind("n", truncated(name))
                .bind("at", clock.millis())
                .execute();
          }
          return null;
        });
    return right ? row.map(Row::user) : Optional.empty();
  }

  /** How many logins as {@code name} failed within the last {@code within}. */
  public int failedLogins(String name, Duration within) {
    return Sql.read(
        jdbi,
        "counting failed logins",
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM login_failures WHERE user_name = :n AND failed_at >= :t")
                .bind("n", truncated(name))
                .bind("t", clock.millis() - within.toMillis())
                .mapTo(Integer.class)
                .one());
  }

  /**
   * Forgets failed logins older than {@code age}, once they can slow nobody down; returns how many.
   */
  public int forgetFailedLogins(Duration age) {
    return Sql.write(
        jdbi,
        "forgetting old failed logins",
        h -> forgetFailedLogins(h, clock.millis() - age.toMillis()));
  }

  static int forgetFailedLogins(Handle h, long before) {
    return h.createUpdate("DELETE FROM login_failures WHERE failed_at < :t")
        .bind("t", before)
        .execute();
  }

  /** The user who works without signing in on 127.0.0.1, made on first use. */
  public User local() {
    Optional<User> found = find(LOCAL);
    if (found.isPresent()) {
      return found.get();
    }
    try {
      return insert(LOCAL, Passwords.NO_PASSWORD);
    } catch (StoreException e) {
      // Another server made it at the same moment.
      return find(LOCAL).orElseThrow(() -> e);
    }
  }

  private User insert(String name, String hash) {
    User user = new User(Ids.next(), name);
    try {
      return Sql.write(
          jdbi,
          "adding a user",
          h -> {
            if (find(h, name).isPresent()) {
              throw new StoreException.Invalid("there is already a user '" + name + "'");
            }
            h.createUpdate(
                    "INSERT INTO users (id, name, password_hash, created_at)"
                        + " VALUES (:id, :name, :hash, :at)")
                .bind("id", user.id())
                .bind("name", name)
                .bind("hash", hash)
                .bind("at", clock.millis())
                .execute();
            return user;
          });
    } catch (StoreException e) {
      if (Failures.isUniqueViolation(e)) {
        throw new StoreException.Invalid("there is already a user '" + name + "'");
      }
      throw e;
    }
  }

  private static Optional<User> find(Handle h, String name) {
    return h.createQuery("SELECT id, name FROM users WHERE name = :n")
        .bind("n", name)
        .map((rs, ctx) -> new User(rs.getString("id"), rs.getString("name")))
        .findOne();
  }

  private static String checkedName(String name) {
    String n = name.strip();
    if (n.isEmpty()) {
      throw new StoreException.Invalid("a user needs a name");
    }
    if (n.length() > NAME_LENGTH_MAX) {
      throw new StoreException.Invalid(
          "a user name has at most " + NAME_LENGTH_MAX + " characters, not " + n.length());
    }
    if (n.chars().anyMatch(Character::isISOControl)) {
      throw new StoreException.Invalid(
          "a user name cannot hold tabs, line breaks or other controls");
    }
    return n;
  }

  private static String truncated(String name) {
    return name.length() <= NAME_LENGTH_MAX ? name : name.substring(0, NAME_LENGTH_MAX);
  }

  private record Row(User user, String hash) {}

  // A hash of nothing in particular, checked when the name is unknown (see authenticate).
  private static final String DUMMY_HASH = Passwords.hash(Ids.random(16));
}
