package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import networth.server.Api.Reply;
import networth.store.StoreConfig;
import org.junit.jupiter.api.Test;

/** An upload on PostgreSQL is the one change it is on SQLite: written once, undone at once. */
class ImportOnPostgresTest {

  @Test
  void anImportIsOneVersionAgainIsNoneAndUndoTakesItBack() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        NetworthServer server =
            Servers.on(StoreConfig.url(postgres.getJdbcUrl("postgres", "postgres")))) {
      Api api = new Api(server.url());
      api.session();
      String id = api.create(ImportApiTest.MAP);
      String m = "/api/maps/" + id;
      String before = api.get(m).body();
      String imports = m + "/imports?source=lines";

      Reply done = api.upload(imports, List.of(ImportApiTest.PEOPLE), "If-Match", "\"1\"");
      // As worked out in ImportApiTest: Sam and the link Sam -> Client 1 are new.
      assertThat(done.status()).isEqualTo(200);
      assertThat(done.etag()).isEqualTo("\"2\"");
      assertThat(done.json().get("added").toString()).isEqualTo("{\"person\":1,\"link\":1}");
      assertThat(api.get(m).json().get("nodes")).hasSize(4);

      Reply again = api.upload(imports, List.of(ImportApiTest.PEOPLE), "If-Match", "\"2\"");
      assertThat(again.etag()).isEqualTo("\"2\"");
      assertThat(again.json().get("written").asBoolean()).isFalse();

      Reply undone = api.send("POST", m + "/undo", null, null, "If-Match", "\"2\"");
      assertThat(undone.etag()).isEqualTo("\"3\"");
      assertThat(api.get(m + "/versions/3").body()).isEqualTo(before);
    }
  }
}
