package networth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import networth.server.Api.Reply;
import networth.store.Store;
import networth.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Accounts, sessions, CSRF and sharing, on a server with accounts. */
class AccessTest {

  static NetworthServer server;

  @BeforeAll
  static void start() {
    StoreConfig db = StoreConfig.dataDir(Servers.freshDirectory());
    try (Store store = Store.open(db)) {
      store.accounts().add("ann", "ann's secret");
      store.accounts().add("bob", "bob's secret");
      store.accounts().add("cat", "cat's secret");
      store.accounts().add("dan", "dan's secret");
    }
    server = Servers.on(db);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Api signedIn(String name) {
    Api api = new Api(server.url());
    Reply r = api.signIn(name, name + "'s secret");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Strict");
    return api;
  }

  @Test
  void withAccountsNobodyWorksWithoutSigningIn() {
    Api anonymous = new Api(server.url());
    assertThat(anonymous.get("/api/maps").status()).isEqualTo(401);
    assertThat(anonymous.get("/api/session").status()).isEqualTo(401);
    Api ann = signedIn("ann");
    assertThat(ann.session().json().get("user").asText()).isEqualTo("ann");
  }

  @Test
  void aWriteWithoutTheCsrfTokenIsRefusedWith403() {
    Api ann = signedIn("ann");
    Reply r = ann.send("POST", "/api/maps", "text/plain", "channel A\n", false);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("detail").asText()).contains("X-CSRF-Token");
    Reply wrong =
        ann.send("POST", "/api/maps", "text/plain", "channel A\n", false, "X-CSRF-Token", "guess");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(ann.get("/api/maps").json().get("maps")).isEmpty();
  }

  @Test
  void anotherUsersMapIsNotFoundForReadAndWrite() {
    Api bob = signedIn("bob");
    String id = bob.create("channel A\nclient C value 1k won 2020\nA -> C\n");
    Api cat = signedIn("cat");
    assertThat(cat.get("/api/maps/" + id).status()).isEqualTo(404);
    assertThat(cat.get("/api/maps/" + id + "/summary").status()).isEqualTo(404);
    assertThat(cat.get("/api/maps/" + id + "/history").status()).isEqualTo(404);
    Reply write =
        cat.send("PUT", "/api/maps/" + id, "text/plain", "channel B\n", "If-Match", "\"1\"");
    assertThat(write.status()).isEqualTo(404);
    Reply edit =
        cat.send(
            "POST",
            "/api/maps/" + id + "/nodes",
            "application/json",
            "{\"id\":\"X\"}",
            "If-Match",
            "\"1\"");
    assertThat(edit.status()).isEqualTo(404);
    assertThat(cat.send("DELETE", "/api/maps/" + id, null, null, "If-Match", "\"1\"").status())
        .isEqualTo(404);
    assertThat(bob.get("/api/maps/" + id).etag()).isEqualTo("\"1\"");
  }

  @Test
  void whoMayUseAMapIsListedToThoseWhoMaySeeIt() {
    Api dan = signedIn("dan");
    String id = dan.create("channel A\nclient C value 1k won 2020\nA -> C\n");
    for (String[] share : new String[][] {{"cat", "viewer"}, {"bob", "editor"}}) {
      Reply r =
          dan.send(
              "PUT",
              "/api/maps/" + id + "/access/" + share[0],
              "application/json",
              "{\"role\":\"" + share[1] + "\"}");
      assertThat(r.status()).isEqualTo(200);
    }
    // The owner first, then editors, then viewers.
    String expected =
        "[{\"user\":\"dan\",\"role\":\"owner\"},{\"user\":\"bob\",\"role\":\"editor\"},"
            + "{\"user\":\"cat\",\"role\":\"viewer\"}]";
    assertThat(dan.get("/api/maps/" + id + "/access").json().get("access").toString())
        .isEqualTo(expected);
    assertThat(signedIn("cat").get("/api/maps/" + id + "/access").json().get("access").toString())
        .isEqualTo(expected);
    assertThat(signedIn("ann").get("/api/maps/" + id + "/access").status()).isEqualTo(404);
    assertThat(dan.send("DELETE", "/api/maps/" + id + "/access/cat", null, null).status())
        .isEqualTo(204);
    assertThat(dan.get("/api/maps/" + id + "/access").json().get("access")).hasSize(2);
  }

  @Test
  void aViewerReadsButCannotWriteAndSharingIsTakenBack() {
    Api bob = signedIn("bob");
    String id = bob.create("channel A\nclient C value 1k won 2020\nA -> C\n");
    Reply shared =
        bob.send(
            "PUT", "/api/maps/" + id + "/access/ann", "application/json", "{\"role\":\"viewer\"}");
    assertThat(shared.status()).isEqualTo(200);
    Api ann = signedIn("ann");
    assertThat(ann.get("/api/maps/" + id).status()).isEqualTo(200);
    Reply write =
        ann.send(
            "POST",
            "/api/maps/" + id + "/nodes",
            "application/json",
            "{\"id\":\"X\"}",
            "If-Match",
            "\"1\"");
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.json().get("detail").asText()).contains("editor");

    bob.send("PUT", "/api/maps/" + id + "/access/ann", "application/json", "{\"role\":\"editor\"}");
    Reply edited =
        ann.send(
            "POST",
            "/api/maps/" + id + "/nodes",
            "application/json",
            "{\"id\":\"X\"}",
            "If-Match",
            "\"1\"");
    assertThat(edited.status()).isEqualTo(200);

    assertThat(bob.send("DELETE", "/api/maps/" + id + "/access/ann", null, null).status())
        .isEqualTo(204);
    assertThat(ann.get("/api/maps/" + id).status()).isEqualTo(404);
  }

  @Test
  void failedSignInsAreSlowedDownPerName() {
    Api guesser = new Api(server.url());
    for (int i = 0; i < 5; i++) {
      assertThat(guesser.signIn("dan", "guess " + i).status()).isEqualTo(401);
    }
    Reply blocked = guesser.signIn("dan", "dan's secret");
    assertThat(blocked.status()).isEqualTo(429);
    assertThat(blocked.header("Retry-After")).contains("60");
  }

  @Test
  void signingOutEndsTheSession() {
    Api ann = signedIn("ann");
    assertThat(ann.send("DELETE", "/api/session", null, null).status()).isEqualTo(204);
    assertThat(ann.get("/api/maps").status()).isEqualTo(401);
  }

  @Test
  void aLoopbackServerRefusesOtherHostNames() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /api/session HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(status).startsWith("HTTP/1.1 421");
    }
    assertThat(new Api("http://localhost:" + server.port()).get("/openapi.json").status())
        .isEqualTo(200);
  }

  @Test
  void bindingBeyondLoopbackWithoutAccountsRefusesToStart() {
    StoreConfig empty = StoreConfig.dataDir(Servers.freshDirectory());
    assertThatThrownBy(() -> NetworthServer.start(ServerConfig.of("0.0.0.0", 0, empty)))
        .isInstanceOf(ServerRefused.class)
        .hasMessageContaining("networth users add NAME --password-stdin");
  }
}
