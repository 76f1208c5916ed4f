package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The map the server serves carries its links' attributes, and a link's edit keeps what it sends.
 */
class LinkAttributesApiTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP =
      "person Emily\nperson Roger\n"
          + "Kumu -[introduced 2012 source=\"Connections.csv row 12\" weight=2]-> Emily"
          + " -> Roger\n";

  private static Reply write(String method, String path, String json, String etag) {
    return local.api().send(method, path, "application/json", json, "If-Match", etag);
  }

  private static List<String> keys(JsonNode link) {
    List<String> keys = new ArrayList<>();
    link.path("attributes").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theServedMapHasThemInOrderAndTheLayoutDrawsTheLink() {
    String m = "/api/maps/" + local.api().create(MAP);

    JsonNode links = local.api().get(m).json().get("links");

    assertThat(keys(links.get(0))).containsExactly("source", "weight");
    assertThat(links.get(0).get("attributes").get("source").asText())
        .isEqualTo("Connections.csv row 12");
    assertThat(links.get(1).has("attributes")).as("a link without any").isFalse();
    Reply layout = local.api().get(m + "/layout");
    assertThat(layout.status()).isEqualTo(200);
    assertThat(layout.json().get("links")).hasSize(2);
  }

  @Test
  void aLinkSavedWithItsAttributesKeepsThemAndOneSavedWithoutLosesThem() {
    String m = "/api/maps/" + local.api().create(MAP);

    // As the page's link form saves it: the edited fields and the attributes it had.
    Reply kept =
        write(
            "PUT",
            m + "/links/1",
            "{\"from\": \"Kumu\", \"to\": \"Emily\", \"kind\": \"referred\","
                + " \"attributes\": {\"source\": \"Connections.csv row 12\", \"weight\": \"2\"}}",
            "\"1\"");
    assertThat(kept.status()).isEqualTo(200);
    JsonNode first = local.api().get(m).json().get("links").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("referred");
    assertThat(keys(first)).containsExactly("source", "weight");

    Reply bare =
        write("PUT", m + "/links/1", "{\"from\": \"Kumu\", \"to\": \"Emily\"}", kept.etag());
    assertThat(bare.status()).isEqualTo(200);
    assertThat(keys(local.api().get(m).json().get("links").get(0))).isEmpty();
  }
}
