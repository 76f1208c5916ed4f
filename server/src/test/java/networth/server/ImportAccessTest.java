package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.server.Api.Reply;
import networth.store.Store;
import networth.store.StoreConfig;
import org.junit.jupiter.api.Test;

/** Who may import into a map: its owner and editors; a viewer is refused, a stranger sees none. */
class ImportAccessTest {

  @Test
  void aViewerMayNotImportAndAStrangerFindsNoMap() {
    StoreConfig db = StoreConfig.dataDir(Servers.freshDirectory());
    try (Store store = Store.open(db)) {
      store.accounts().add("ann", "ann's secret");
      store.accounts().add("bob", "bob's secret");
      store.accounts().add("cat", "cat's secret");
    }
    try (NetworthServer server = Servers.on(db)) {
      Api ann = new Api(server.url());
      ann.signIn("ann", "ann's secret");
      String id = ann.create(ImportApiTest.MAP);
      ann.send(
          "PUT", "/api/maps/" + id + "/access/bob", "application/json", "{\"role\":\"viewer\"}");
      Api bob = new Api(server.url());
      bob.signIn("bob", "bob's secret");
      Api cat = new Api(server.url());
      cat.signIn("cat", "cat's secret");
      String path = "/api/maps/" + id + "/imports?source=lines";

      Reply viewer = bob.upload(path, List.of(ImportApiTest.PEOPLE), "If-Match", "\"1\"");
      assertThat(viewer.status()).isEqualTo(403);
      assertThat(viewer.json().get("detail").asText())
          .contains("ask its owner to make you an editor");
      Reply preview =
          bob.upload(path + "&dryRun=true", List.of(ImportApiTest.PEOPLE), "If-Match", "\"1\"");
      assertThat(preview.status()).isEqualTo(403);
      Reply stranger = cat.upload(path, List.of(ImportApiTest.PEOPLE), "If-Match", "\"1\"");
      assertThat(stranger.status()).isEqualTo(404);
      assertThat(ann.get("/api/maps/" + id).etag()).isEqualTo("\"1\"");

      ann.send(
          "PUT", "/api/maps/" + id + "/access/bob", "application/json", "{\"role\":\"editor\"}");
      Reply editor = bob.upload(path, List.of(ImportApiTest.PEOPLE), "If-Match", "\"1\"");
      assertThat(editor.status()).isEqualTo(200);
      assertThat(editor.etag()).isEqualTo("\"2\"");
      assertThat(
              ann.get("/api/maps/" + id + "/history")
                  .json()
                  .get("versions")
                  .get(1)
                  .get("by")
                  .asText())
          .isEqualTo("bob");
    }
  }
}
