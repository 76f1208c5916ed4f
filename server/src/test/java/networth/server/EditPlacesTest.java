package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refused edit says where: a problem in the edit's own body by a JSON Pointer into it, a problem
 * of the map as a whole by its line and column in the map's .netmap text, so that the page can mark
 * the field or the line.
 */
class EditPlacesTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP =
      "channel LinkedIn\nperson Emily\nclient A value 10k won 2020\nLinkedIn -> Emily -> A\n";

  static Reply write(String method, String path, String json) {
    return local.api().send(method, path, "application/json", json, "If-Match", "\"1\"");
  }

  @Test
  void aBadValueInTheBodyIsNamedByItsPointer() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply kind = write("PUT", m + "/nodes/Emily", "{\"kind\": \"persn\"}");
    assertThat(kind.status()).isEqualTo(422);
    JsonNode problem = kind.json().get("problems").get(0);
    assertThat(problem.get("pointer").asText()).isEqualTo("/kind");
    assertThat(problem.get("message").asText()).contains("persn");
    // Nothing in the map is at fault, so no line of its text is named.
    assertThat(problem.has("line")).isFalse();

    Reply amount =
        write("PUT", m + "/nodes/A", "{\"kind\": \"client\", \"value\": {\"amount\": \"lots\"}}");
    assertThat(amount.json().get("problems").get(0).get("pointer").asText())
        .isEqualTo("/value/amount");
    assertThat(amount.json().get("detail").asText()).contains("at /value/amount in the body");

    Reply date =
        write("POST", m + "/links", "{\"from\": \"Emily\", \"to\": \"A\", \"date\": \"May\"}");
    assertThat(date.status()).isEqualTo(422);
    assertThat(date.json().get("problems").get(0).get("pointer").asText()).isEqualTo("/date");
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
  }

  @Test
  void aCycleTheEditWouldMakeIsPlacedAtItsLineAndColumnInTheNetmapText() {
    String m = "/api/maps/" + local.api().create(MAP);
    // The map as GET ?format=netmap writes it, with the link A -> LinkedIn the edit would add:
    //   1 channel LinkedIn
    //   3 person Emily
    //   5 client A  value 10k won 2020
    //   7 LinkedIn -> Emily -> A -> LinkedIn
    // (a blank line after each of 1, 3 and 5). The arrow that closes the cycle is the third on
    // line 7: "LinkedIn -> Emily -> A " is 23 characters, so it starts at column 24, 2 long.
    assertThat(local.api().get(m + "?format=netmap").body().lines().toList())
        .containsExactly(
            "channel LinkedIn",
            "",
            "person Emily",
            "",
            "client A  value 10k won 2020",
            "",
            "LinkedIn -> Emily -> A");
    Reply r = write("POST", m + "/links", "{\"from\": \"A\", \"to\": \"LinkedIn\"}");
    assertThat(r.status()).isEqualTo(422);
    JsonNode problem = r.json().get("problems").get(0);
    assertThat(problem.get("message").asText())
        .isEqualTo("cycle: LinkedIn -> Emily -> A -> LinkedIn");
    assertThat(problem.get("line").asInt()).isEqualTo(7);
    assertThat(problem.get("column").asInt()).isEqualTo(24);
    assertThat(problem.get("length").asInt()).isEqualTo(2);
    assertThat(problem.has("pointer")).isFalse();
    assertThat(r.json().get("detail").asText())
        .contains("line 7, column 24 of the map's .netmap text");
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
  }
}
