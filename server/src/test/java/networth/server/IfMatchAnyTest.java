package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code If-Match: *} matches any current version (RFC 9110, 13.1.1): a caller that means to
 * overwrite whatever the map holds says so and is not refused; a map that does not exist is still
 * 404, and a write without If-Match still 428.
 */
class IfMatchAnyTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP = "channel LinkedIn\nperson Emily\nLinkedIn -> Emily\n";

  @Test
  void aWholeMapPutWithAStarOverwritesWhateverVersionIsThere() {
    String m = "/api/maps/" + local.api().create(MAP);
    // Someone else changes it first: version 2.
    local
        .api()
        .send("POST", m + "/nodes", "application/json", "{\"id\": \"Sam\"}", "If-Match", "\"1\"");
    Reply stale = local.api().send("PUT", m, "text/plain", "person Roger\n", "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    Reply star = local.api().send("PUT", m, "text/plain", "person Roger\n", "If-Match", "*");
    assertThat(star.status()).isEqualTo(200);
    assertThat(star.etag()).isEqualTo("\"3\"");
    assertThat(MapApiTest.ids(local.api().get(m).json())).containsExactly("Roger");
  }

  @Test
  void finerEditsUndoRestoreAndDeleteTakeAStarToo() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply added =
        local
            .api()
            .send("POST", m + "/nodes", "application/json", "{\"id\": \"Sam\"}", "If-Match", "*");
    assertThat(added.etag()).isEqualTo("\"2\"");
    Reply undone = local.api().send("POST", m + "/undo", null, null, "If-Match", "*");
    assertThat(undone.etag()).isEqualTo("\"3\"");
    assertThat(MapApiTest.ids(local.api().get(m).json())).containsExactly("LinkedIn", "Emily");
    Reply restored =
        local
            .api()
            .send("POST", m + "/restore", "application/json", "{\"version\": 2}", "If-Match", "*");
    assertThat(restored.etag()).isEqualTo("\"4\"");
    assertThat(MapApiTest.ids(local.api().get(m).json()))
        .containsExactly("LinkedIn", "Emily", "Sam");
    assertThat(local.api().send("DELETE", m, null, null, "If-Match", "*").status()).isEqualTo(204);
    assertThat(local.api().get(m).status()).isEqualTo(404);
  }

  @Test
  void aStarOnAMapThatIsNotThereIs404AndNoIfMatchIsStill428() {
    assertThat(
            local
                .api()
                .send("PUT", "/api/maps/nothing", "text/plain", MAP, "If-Match", "*")
                .status())
        .isEqualTo(404);
    String m = "/api/maps/" + local.api().create(MAP);
    assertThat(local.api().send("PUT", m, "text/plain", MAP).status()).isEqualTo(428);
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
  }
}
