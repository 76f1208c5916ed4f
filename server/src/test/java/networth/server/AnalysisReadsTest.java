package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * An analysis read as a browser reads it (gzip) and as a plain client does, and who may read it
 * from one moment to the next on a loopback server.
 */
class AnalysisReadsTest {

  private static String gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("not gzip", e);
    }
  }

  @Test
  void aBrowserGetsTheSameJsonCompressedAndAPlainClientGetsItPlain() {
    try (NetworthServer server = Servers.sqlite()) {
      Api api = new Api(server.url());
      api.session();
      String id = api.create(Servers.example("power-of-the-network"));
      String path = "/api/maps/" + id + "/summary";

      Reply plain = api.get(path);
      assertThat(plain.status()).isEqualTo(200);
      assertThat(plain.header("Content-Encoding")).isEmpty();
      // The example's ten opportunities, £234,250 (see README.md).
      assertThat(plain.json().get("opportunities").size()).isEqualTo(10);
      assertThat(plain.json().get("totalValue").asInt()).isEqualTo(234_250);

      // Asked twice, so that the second is answered from what the first kept.
      for (int i = 0; i < 2; i++) {
        Reply gzip = api.send("GET", path, null, null, "Accept-Encoding", "gzip, deflate, br");
        assertThat(gzip.status()).isEqualTo(200);
        assertThat(gzip.header("Content-Encoding")).contains("gzip");
        assertThat(gzip.header("Vary"))
            .hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(gzip.etag()).isEqualTo(plain.etag()).isEqualTo("\"1\"");
        assertThat(gzip.raw().body().length).isLessThan(plain.raw().body().length);
        assertThat(gunzip(gzip.raw().body())).isEqualTo(plain.body());
      }
      // gzip refused by weight: plain bytes.
      Reply refused = api.send("GET", path, null, null, "Accept-Encoding", "gzip;q=0, br");
      assertThat(refused.header("Content-Encoding")).isEmpty();
      assertThat(refused.body()).isEqualTo(plain.body());

      // The version a client has is not sent again, compressed or not.
      for (String encoding : new String[] {"gzip", "identity"}) {
        Reply same =
            api.send(
                "GET", path, null, null, "Accept-Encoding", encoding, "If-None-Match", "\"1\"");
        assertThat(same.status()).isEqualTo(304);
        assertThat(same.raw().body()).isEmpty();
        assertThat(same.etag()).isEqualTo("\"1\"");
      }
      Reply older = api.send("GET", path, null, null, "If-None-Match", "\"0\"");
      assertThat(older.status()).isEqualTo(200);
      assertThat(older.body()).isEqualTo(plain.body());
    }
  }

  /**
   * The layout, which takes minutes on a large map, is kept by version as the analyses are: asked
   * again it is the same bytes under the same ETag (304 to a client that has it), compressed for a
   * browser; after an edit it is the new version's, with the new node placed.
   */
  @Test
  void theLayoutIsKeptByVersionAndFollowsAnEdit() {
    try (NetworthServer server = Servers.sqlite()) {
      Api api = new Api(server.url());
      api.session();
      String id = api.create(Servers.example("power-of-the-network"));
      String path = "/api/maps/" + id + "/layout";

      Reply first = api.get(path);
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.etag()).isEqualTo("\"1\"");
      assertThat(first.json().get("nodes")).hasSize(33);
      Reply again = api.send("GET", path, null, null, "Accept-Encoding", "gzip");
      assertThat(again.header("Content-Encoding")).contains("gzip");
      assertThat(gunzip(again.raw().body())).isEqualTo(first.body());
      assertThat(api.send("GET", path, null, null, "If-None-Match", "\"1\"").status())
          .isEqualTo(304);

      Reply added =
          api.send(
              "POST",
              "/api/maps/" + id + "/nodes",
              "application/json",
              "{\"id\": \"Priya\", \"kind\": \"person\"}",
              "If-Match",
              "\"1\"");
      assertThat(added.status()).as(added.body()).isEqualTo(200);
      Reply after = api.get(path);
      assertThat(after.etag()).isEqualTo("\"2\"");
      assertThat(after.json().get("nodes")).hasSize(34);
      assertThat(after.body()).contains("\"id\":\"Priya\"");

      Api stranger = new Api(server.url());
      assertThat(stranger.get("/api/maps/nothing-here/layout").status()).isEqualTo(404);
    }
  }

  @Test
  void theLocalUserReadsUntilTheMomentAnAccountIsAdded() {
    try (NetworthServer server = Servers.sqlite()) {
      Api withSession = new Api(server.url());
      withSession.session();
      String id = withSession.create(Servers.example("power-of-the-network"));
      String path = "/api/maps/" + id + "/attribute";
      Api withoutSession = new Api(server.url());
      assertThat(withSession.get(path).status()).isEqualTo(200);
      assertThat(withoutSession.get(path).status()).isEqualTo(200);

      server.store().accounts().add("ann", "ann's secret");

      // Working without signing in ends at once, and the local user's session with it.
      assertThat(withoutSession.get(path).status()).isEqualTo(401);
      assertThat(withSession.get(path).status()).isEqualTo(401);
      assertThat(withSession.get("/api/maps/" + id).status()).isEqualTo(401);
      assertThat(withSession.get("/api/session").status()).isEqualTo(401);
      Api ann = new Api(server.url());
      assertThat(ann.signIn("ann", "ann's secret").status()).isEqualTo(200);
      assertThat(ann.get(path).status()).isEqualTo(404);
    }
  }
}
