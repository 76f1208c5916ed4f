package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The finer edits, history, undo and restore, as the page makes them. */
class EditsTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP =
      "title \"Edits\"\ncurrency GBP\nchannel LinkedIn\nperson Emily\n"
          + "client A value 10k won 2020\nLinkedIn -> Emily -> A\n";

  static Reply write(String method, String path, String json, String etag) {
    return local
        .api()
        .send(method, path, json == null ? null : "application/json", json, "If-Match", etag);
  }

  @Test
  void addingAPersonAndALinkChangesTheHeadlineAndUndoBringsItBack() {
    String id = local.api().create(MAP);
    String m = "/api/maps/" + id;
    // LinkedIn led to all of A's £10,000; Roger, not yet there, to nothing.
    Reply person =
        write("POST", m + "/nodes", "{\"id\": \"Roger\", \"kind\": \"person\"}", "\"1\"");
    assertThat(person.status()).isEqualTo(200);
    assertThat(person.etag()).isEqualTo("\"2\"");
    Reply deal =
        write(
            "POST",
            m + "/nodes",
            "{\"id\": \"B\", \"kind\": \"client\", \"value\": {\"amount\": 30000}, \"date\": \"2021\"}",
            "\"2\"");
    assertThat(deal.etag()).isEqualTo("\"3\"");
    Reply link =
        write(
            "POST",
            m + "/links",
            "{\"from\": \"Roger\", \"to\": \"B\", \"kind\": \"introduced\"}",
            "\"3\"");
    assertThat(link.etag()).isEqualTo("\"4\"");

    // Two opportunities now, £10,000 + £30,000; the amount took the map's currency (GBP).
    JsonNode map = local.api().get(m).json();
    assertThat(map.get("links").get(2).get("kind").asText()).isEqualTo("introduced");
    assertThat(node(map, "B").get("value").get("currency").asText()).isEqualTo("GBP");
    assertThat(local.api().get(m + "/summary").json().toString()).contains("40000");

    Reply undone = write("POST", m + "/undo", null, "\"4\"");
    assertThat(undone.etag()).isEqualTo("\"5\"");
    assertThat(local.api().get(m).json().get("links")).hasSize(2);

    List<String> history = new ArrayList<>();
    local
        .api()
        .get(m + "/history")
        .json()
        .get("versions")
        .forEach(v -> history.add(v.get("version").asInt() + " " + v.get("change").asText()));
    assertThat(history)
        .containsExactly(
            "1 created",
            "2 added person \"Roger\"",
            "3 added client \"B\"",
            "4 added the link \"Roger\" -> \"B\"",
            "5 undid: added the link \"Roger\" -> \"B\"");

    assertThat(local.api().get(m + "/versions/1").json().get("nodes")).hasSize(3);
    Reply restored = write("POST", m + "/restore", "{\"version\": 1}", "\"5\"");
    assertThat(restored.etag()).isEqualTo("\"6\"");
    assertThat(MapApiTest.ids(local.api().get(m).json())).containsExactly("LinkedIn", "Emily", "A");
  }

  @Test
  void aBadFieldIsRefusedWith422NamingItAndNothingChanges() {
    String id = local.api().create(MAP);
    String m = "/api/maps/" + id;
    Reply r = write("PUT", m + "/nodes/Emily", "{\"kind\": \"persn\"}", "\"1\"");
    assertThat(r.status()).isEqualTo(422);
    JsonNode problem = r.json().get("problems").get(0);
    assertThat(problem.get("field").asText()).isEqualTo("kind");
    assertThat(problem.get("message").asText()).contains("persn");
    assertThat(problem.get("hint").asText()).contains("person");

    Reply probability =
        write(
            "PUT",
            m + "/nodes/A",
            "{\"kind\": \"prospect\", \"value\": {\"amount\": 1000}, \"probability\": 2}",
            "\"1\"");
    assertThat(probability.status()).isEqualTo(422);
    assertThat(probability.json().get("problems").get(0).get("field").asText())
        .isEqualTo("probability");

    Reply unknownField =
        write("POST", m + "/links", "{\"from\": \"Emily\", \"too\": \"A\"}", "\"1\"");
    assertThat(unknownField.status()).isEqualTo(422);
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
  }

  @Test
  void nodesLinksGroupsCostsAndSettingsEachHaveTheirRoute() {
    String id = local.api().create(MAP);
    String m = "/api/maps/" + id;
    assertThat(
            write(
                    "PUT",
                    m + "/nodes/Emily",
                    "{\"kind\": \"person\", \"note\": \"met at a talk\"}",
                    "\"1\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write(
                    "PUT",
                    m + "/nodes/LinkedIn/cost",
                    "{\"cost\": {\"amount\": 300}, \"costEvery\": \"year\"}",
                    "\"2\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write(
                    "POST",
                    m + "/groups",
                    "{\"name\": \"social\", \"members\": [\"LinkedIn\"]}",
                    "\"3\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write("PUT", m + "/groups/social", "{\"members\": [\"LinkedIn\", \"Emily\"]}", "\"4\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write(
                    "PUT",
                    m + "/links/2",
                    "{\"from\": \"Emily\", \"to\": \"A\", \"note\": \"coffee\"}",
                    "\"5\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write(
                    "PUT",
                    m + "/settings",
                    "{\"title\": \"Renamed\", \"currency\": \"EUR\"}",
                    "\"6\"")
                .status())
        .isEqualTo(200);

    JsonNode map = local.api().get(m).json();
    assertThat(node(map, "Emily").get("note").asText()).isEqualTo("met at a talk");
    assertThat(node(map, "LinkedIn").get("cost").get("amount").asInt()).isEqualTo(300);
    assertThat(node(map, "LinkedIn").get("costEvery").asText()).isEqualTo("year");
    assertThat(map.get("groups").get(0).get("members").toString())
        .isEqualTo("[\"LinkedIn\",\"Emily\"]");
    assertThat(map.get("links").get(1).get("note").asText()).isEqualTo("coffee");
    assertThat(map.get("title").asText()).isEqualTo("Renamed");

    assertThat(
            write(
                    "POST",
                    m + "/affiliations",
                    "{\"person\": \"Emily\", \"role\": \"works at\", \"organisation\": \"Cielo\", \"since\": \"2012\"}",
                    "\"7\"")
                .status())
        .isEqualTo(200);
    assertThat(
            write(
                    "PUT",
                    m + "/affiliations/1",
                    "{\"person\": \"Emily\", \"role\": \"founded\", \"organisation\": \"Cielo\"}",
                    "\"8\"")
                .status())
        .isEqualTo(200);
    map = local.api().get(m).json();
    assertThat(map.get("affiliations").get(0).get("role").asText()).isEqualTo("founded");
    assertThat(map.get("affiliations").get(0).has("since")).isFalse();
    assertThat(write("DELETE", m + "/affiliations/1", null, "\"9\"").status()).isEqualTo(200);
    assertThat(local.api().get(m).json().path("affiliations").size()).isZero();

    assertThat(write("DELETE", m + "/nodes/LinkedIn/cost", null, "\"10\"").status()).isEqualTo(200);
    assertThat(write("DELETE", m + "/groups/social", null, "\"11\"").status()).isEqualTo(200);
    assertThat(write("DELETE", m + "/links/1", null, "\"12\"").status()).isEqualTo(200);
    assertThat(write("DELETE", m + "/nodes/Emily", null, "\"13\"").status()).isEqualTo(200);
    map = local.api().get(m).json();
    // Cielo came in with the affiliation, as a name used in a map file does, and stays.
    assertThat(MapApiTest.ids(map)).containsExactly("LinkedIn", "A", "Cielo");
    assertThat(map.has("groups") && map.get("groups").size() > 0).isFalse();
    assertThat(node(map, "LinkedIn").has("cost")).isFalse();

    assertThat(write("DELETE", m + "/nodes/Nobody", null, "\"14\"").status()).isEqualTo(404);
    assertThat(write("DELETE", m + "/links/9", null, "\"14\"").status()).isEqualTo(404);
    assertThat(write("DELETE", m + "/affiliations/1", null, "\"14\"").status()).isEqualTo(404);
  }

  static JsonNode node(JsonNode map, String id) {
    for (JsonNode n : map.get("nodes")) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no node " + id + " in " + map);
  }
}
