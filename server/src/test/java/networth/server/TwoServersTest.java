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

  @Test
  void aShareRevokedOrASessionEndedThroughOneServerHoldsAtOnceOnTheOther() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      StoreConfig db = StoreConfig.url(postgres.getJdbcUrl("postgres", "postgres"));
      try (Store store = Store.open(db)) {
        store.accounts().add("ann", "ann's secret");
        store.accounts().add("bob", "bob's secret");
      }
      try (NetworthServer one = Servers.on(db);
          NetworthServer two = Servers.on(db)) {
        Api annOnOne = new Api(one.url());
        annOnOne.signIn("ann", "ann's secret");
        String id = annOnOne.create(Servers.example("power-of-the-network"));
        String summary = "/api/maps/" + id + "/summary";
        Reply shared =
            annOnOne.send(
                "PUT",
                "/api/maps/" + id + "/access/bob",
                "application/json",
                "{\"role\":\"viewer\"}");
        assertThat(shared.status()).isEqualTo(200);

        // Bob reads through the second server, which then keeps the answer of version 1.
        Api bobOnTwo = new Api(two.url());
        bobOnTwo.signIn("bob", "bob's secret");
        assertThat(bobOnTwo.get(summary).status()).isEqualTo(200);
        assertThat(bobOnTwo.get(summary).status()).isEqualTo(200);

        // Revoked through the first: the second answers 404 at the very next read, though the
        // version, and so the answer it keeps, did not change.
        assertThat(annOnOne.send("DELETE", "/api/maps/" + id + "/access/bob", null, null).status())
            .isEqualTo(204);
        assertThat(bobOnTwo.get(summary).status()).isEqualTo(404);

        // Ann's session, ended through the first server, ends on the second too.
        Api annOnTwo = new Api(two.url());
        assertThat(
                annOnTwo
                    .send("GET", summary, null, null, false, "Cookie", annOnOne.cookie())
                    .status())
            .isEqualTo(200);
        String cookie = annOnOne.cookie();
        assertThat(annOnOne.send("DELETE", "/api/session", null, null).status()).isEqualTo(204);
        assertThat(annOnTwo.send("GET", summary, null, null, false, "Cookie", cookie).status())
            .isEqualTo(401);
      }
    }
  }
}
