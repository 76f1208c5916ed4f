package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import networth.model.Node;
import networth.model.NodeKind;
import networth.store.accounts.OpenedSession;
import networth.store.accounts.Readers;
import networth.store.accounts.Readers.Reader;
import networth.store.accounts.Sessions;
import networth.store.maps.MapChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one query of a read: from a session (or the local user) to the caller's role on a map and the
 * map's version, each as the database has it at that moment, on SQLite and on PostgreSQL.
 */
class ReadersTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-01-05T09:00:00Z"));
  private Store store;
  private Readers readers;

  private void open(Backends backend) {
    store = Store.open(backend.config(), clock);
    readers = store.readers();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private Optional<Reader> bySession(OpenedSession s, String map) {
    return readers.find(Optional.of(s.token()), false, map);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aSessionGivesItsUserTheirRoleAndTheVersionAsTheyAreNow(Backends backend) {
    open(backend);
    User ann = store.accounts().add("ann", "a");
    User bob = store.accounts().add("bob", "b");
    String id = store.maps().create(ann, Maps.of(Maps.STORY));
    OpenedSession annSession = store.sessions().open(ann, Duration.ofHours(1));
    OpenedSession bobSession = store.sessions().open(bob, Duration.ofHours(1));

    Reader reader = bySession(annSession, id).orElseThrow();
    assertThat(reader.user()).isEqualTo(ann);
    assertThat(reader.csrfHash()).contains(Sessions.hash(annSession.csrfToken()));
    assertThat(reader.map()).contains(new Reader.Access(Role.OWNER, 1));

    // Bob is somebody, but not somebody who may see the map.
    assertThat(bySession(bobSession, id).orElseThrow().map()).isEmpty();
    assertThat(bySession(annSession, "no-such-map").orElseThrow().map()).isEmpty();

    // A change, a share and its revocation are seen by the very next read.
    store.maps().apply(ann, id, 1, new MapChange.AddNode(Node.of("Andy", NodeKind.PERSON)));
    store.maps().share(ann, id, "bob", Role.VIEWER);
    assertThat(bySession(annSession, id).orElseThrow().map())
        .contains(new Reader.Access(Role.OWNER, 2));
    assertThat(bySession(bobSession, id).orElseThrow().map())
        .contains(new Reader.Access(Role.VIEWER, 2));
    store.maps().unshare(ann, id, "bob");
    assertThat(bySession(bobSession, id).orElseThrow().map()).isEmpty();

    // A session that was closed, or has expired, finds nobody.
    store.sessions().close(bobSession.token());
    assertThat(bySession(bobSession, id)).isEmpty();
    clock.advance(Duration.ofHours(1));
    assertThat(bySession(annSession, id)).isEmpty();
    assertThat(readers.find(Optional.empty(), false, id)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void theLocalUserReadsOnALoopbackServerUntilAnAccountIsAdded(Backends backend) {
    open(backend);
    User local = store.accounts().local();
    String id = store.maps().create(local, Maps.of(Maps.STORY));
    OpenedSession session = store.sessions().open(local, Duration.ofHours(1));

    Reader withoutSession = readers.find(Optional.empty(), true, id).orElseThrow();
    assertThat(withoutSession.user()).isEqualTo(local);
    assertThat(withoutSession.csrfHash()).isEmpty();
    assertThat(withoutSession.map()).contains(new Reader.Access(Role.OWNER, 1));
    assertThat(readers.find(Optional.of(session.token()), true, id).orElseThrow().csrfHash())
        .contains(Sessions.hash(session.csrfToken()));
    // Beyond the loopback there is no local user, with a session or without.
    assertThat(readers.find(Optional.empty(), false, id)).isEmpty();
    assertThat(readers.find(Optional.of(session.token()), false, id)).isEmpty();

    store.accounts().add("ann", "a");
    assertThat(readers.find(Optional.empty(), true, id)).isEmpty();
    assertThat(readers.find(Optional.of(session.token()), true, id)).isEmpty();
  }
}
