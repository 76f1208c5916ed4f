package networth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import networth.store.accounts.Accounts;
import networth.store.accounts.OpenedSession;
import networth.store.accounts.Session;
import networth.store.accounts.Sessions;
import networth.store.db.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Users, passwords, failed logins and sessions, on SQLite and on PostgreSQL. */
class AccountsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
  private StoreConfig config;
  private Store store;
  private Accounts accounts;

  private void open(Backends backend) {
    config = backend.config();
    store = Store.open(config, clock);
    accounts = store.accounts();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** A column of every row of a table, read straight from the database. */
  private List<String> column(String sql) {
    try (Database db = Database.open(config)) {
      Jdbi jdbi = db.jdbi();
      return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aUserSignsInWithTheirPasswordOnlyAndItIsKeptAsASlowHash(Backends backend) {
    open(backend);
    User ann = accounts.add("ann", "correct horse");

    assertThat(accounts.authenticate("ann", "correct horse")).contains(ann);
    assertThat(accounts.authenticate("ann", "Correct horse")).isEmpty();
    assertThat(accounts.authenticate("nobody", "correct horse")).isEmpty();
    assertThat(accounts.find("ann")).contains(ann);
    List<String> hashes = column("SELECT password_hash FROM users");
    assertThat(hashes).hasSize(1);
    assertThat(hashes.get(0)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aTakenNameAnEmptyPasswordAndTheLocalNameAreRefused(Backends backend) {
    open(backend);
    accounts.add("ann", "secret");

    assertThatThrownBy(() -> accounts.add("ann", "other"))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessage("there is already a user 'ann'");
    assertThatThrownBy(() -> accounts.add("bob", ""))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessage("a password cannot be empty");
    assertThatThrownBy(() -> accounts.add("  ", "secret")).hasMessage("a user needs a name");
    assertThatThrownBy(() -> accounts.add("local", "secret"))
        .hasMessageContaining("works without signing in");
    assertThat(accounts.count()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void theLocalUserIsMadeOnceAndCannotSignIn(Backends backend) {
    open(backend);
    User local = accounts.local();

    assertThat(accounts.local()).isEqualTo(local);
    assertThat(accounts.authenticate("local", "")).isEmpty();
    assertThat(accounts.authenticate("local", "!")).isEmpty();
    assertThat(accounts.count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void failedLoginsAreCountedByNameAgeAndAreClearedBySigningIn(Backends backend) {
    open(backend);
    accounts.add("ann", "secret");
    accounts.authenticate("ann", "guess 1");
    clock.advance(Duration.ofMinutes(10));
    accounts.authenticate("ann", "guess 2");
    accounts.authenticate("ann", "guess 3");
    accounts.authenticate("nobody", "guess");

    assertThat(accounts.failedLogins("ann", Duration.ofMinutes(15))).isEqualTo(3);
    assertThat(accounts.failedLogins("ann", Duration.ofMinutes(5))).isEqualTo(2);
    assertThat(accounts.failedLogins("nobody", Duration.ofMinutes(5))).isEqualTo(1);
    // Only the first guess, made ten minutes ago, is older than five minutes.
    assertThat(accounts.forgetFailedLogins(Duration.ofMinutes(5))).isEqualTo(1);
    assertThat(accounts.failedLogins("ann", Duration.ofHours(1))).isEqualTo(2);
    accounts.authenticate("ann", "secret");
    assertThat(accounts.failedLogins("ann", Duration.ofMinutes(15))).isZero();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aSessionIsFoundByItsTokenUntilItExpiresOrCloses(Backends backend) {
    open(backend);
    User ann = accounts.add("ann", "secret");
    OpenedSession opened = store.sessions().open(ann, Duration.ofHours(8));

    assertThat(opened.expiresAt()).isEqualTo(Instant.parse("2026-01-05T17:00:00Z"));
    Session found = store.sessions().find(opened.token()).orElseThrow();
    assertThat(found.user()).isEqualTo(ann);
    assertThat(found.expiresAt()).isEqualTo(opened.expiresAt());
    assertThat(found.acceptsCsrf(opened.csrfToken())).isTrue();
    assertThat(found.acceptsCsrf(opened.csrfToken() + "x")).isFalse();
    assertThat(found.acceptsCsrf("")).isFalse();
    assertThat(store.sessions().find(opened.token() + "x")).isEmpty();
    // Only hashes of the token and of the CSRF token are kept: a copy of the database opens no
    // session and forges no write.
    List<String> kept = column("SELECT token_hash || ' ' || csrf_hash FROM sessions");
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0))
        .matches("[0-9a-f]{64} [0-9a-f]{64}")
        .doesNotContain(opened.token())
        .doesNotContain(opened.csrfToken());
    assertThat(opened.token()).hasSizeGreaterThanOrEqualTo(52);
    // The CSRF token follows from the session's token, so a page loaded again is given it again.
    assertThat(opened.csrfToken())
        .isEqualTo(Sessions.csrfOf(opened.token()))
        .hasSize(64)
        .isNotEqualTo(opened.token());

    clock.advance(Duration.ofHours(8));
    assertThat(store.sessions().find(opened.token())).isEmpty();
    assertThat(store.sessions().removeExpired()).isEqualTo(1);

    OpenedSession again = store.sessions().open(ann, Duration.ofHours(8));
    store.sessions().close(again.token());
    assertThat(store.sessions().find(again.token())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aSessionOpenedThroughOneStoreIsValidThroughAnotherOnTheSameDatabase(Backends backend) {
    open(backend);
    User ann = accounts.add("ann", "secret");
    OpenedSession opened = store.sessions().open(ann, Duration.ofHours(1));

    try (Store second = Store.open(config, clock)) {
      assertThat(second.sessions().find(opened.token())).map(Session::user).contains(ann);
      assertThat(second.accounts().authenticate("ann", "secret")).contains(ann);
    }
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void openingASessionForgetsExpiredSessionsAndFailedLoginsOlderThanADay(Backends backend) {
    open(backend);
    User ann = accounts.add("ann", "secret");
    // 09:00 a session for an hour, and a guess; 09:30 another guess.
    OpenedSession early = store.sessions().open(ann, Duration.ofHours(1));
    accounts.authenticate("ann", "guess 1");
    clock.advance(Duration.ofMinutes(30));
    accounts.authenticate("ann", "guess 2");
    assertThat(column("SELECT token_hash FROM sessions")).hasSize(1);
    assertThat(column("SELECT user_name FROM login_failures")).hasSize(2);

    // The next day at 09:15: the session expired at 10:00, the first guess is 24 h 15 min old and
    // goes, the second (23 h 45 min old) stays. Only the new session is left.
    clock.advance(Duration.ofHours(23).plusMinutes(45));
    OpenedSession late = store.sessions().open(ann, Duration.ofHours(1));
    assertThat(column("SELECT token_hash FROM sessions")).hasSize(1);
    assertThat(store.sessions().find(early.token())).isEmpty();
    assertThat(store.sessions().find(late.token())).isPresent();
    assertThat(accounts.failedLogins("ann", Duration.ofDays(7))).isEqualTo(1);

    // Guesses that never succeed clear the old ones too: at 10:00 the guess of 09:30 the day
    // before is over a day old, and goes as this one is recorded.
    clock.advance(Duration.ofMinutes(45));
    accounts.authenticate("ann", "guess 3");
    assertThat(accounts.failedLogins("ann", Duration.ofDays(7))).isEqualTo(1);
  }
}
