package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import networth.server.Api.Reply;
import networth.store.Store;
import networth.store.StoreConfig;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL behave as one: they share maps, versions and sessions, and keep
 * nothing of their own that could disagree.
 */
class TwoServersTest {

  @Test
  void aMapAndASessionMadeThroughOneServerHoldThroughTheOther() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      StoreConfig db = StoreConfig.url(postgres.getJdbcUrl("postgres", "postgres"));
      try (Store store = Store.open(db)) {
        store.accounts().add("ann", "ann's secret");
      }
      try (NetworthServer one = Servers.on(db);
          NetworthServer two = Servers.on(db)) {
        assertThat(one.port()).isNotEqualTo(two.port());
        Api first = new Api(one.url());
        assertThat(first.signIn("ann", "ann's secret").status()).isEqualTo(200);
        String id = first.create(Servers.example("power-of-the-network"));
        // Read through the second server first, so that it has version 1 answered and kept.
        Api second = new Api(two.url());
        second.signIn("ann", "ann's secret");
        assertThat(second.get("/api/maps/" + id + "/summary").etag()).isEqualTo("\"1\"");

        Reply edited =
            first.send(
                "POST",
                "/api/maps/" + id + "/nodes",
                "application/json",
                "{\"id\": \"Roger's friend\", \"kind\": \"person\"}",
                "If-Match",
                "\"1\"");
        assertThat(edited.etag()).isEqualTo("\"2\"");

        Reply there = second.get("/api/maps/" + id);
        assertThat(there.etag()).isEqualTo(edited.etag());
        assertThat(there.body()).isEqualTo(first.get("/api/maps/" + id).body());
        assertThat(there.body()).contains("Roger's friend");
        assertThat(second.get("/api/maps/" + id + "/summary").etag()).isEqualTo("\"2\"");

        // The session cookie and CSRF token of the first server are good on the second.
        Api moved = new Api(two.url());
        String cookie = first.cookie();
        Reply write =
            moved.send(
                "POST",
                "/api/maps/" + id + "/undo",
                null,
                null,
                false,
                "Cookie",
                cookie,
                "X-CSRF-Token",
                first.csrf(),
                "If-Match",
                "\"2\"");
        assertThat(write.status()).isEqualTo(200);
        assertThat(first.get("/api/maps/" + id).etag()).isEqualTo("\"3\"");
        Reply who = moved.send("GET", "/api/session", null, null, false, "Cookie", cookie);
        assertThat(who.json().get("user").asText()).isEqualTo("ann");
      }
    }
  }
}
