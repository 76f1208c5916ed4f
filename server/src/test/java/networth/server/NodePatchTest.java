package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import networth.server.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PATCH of a node is a JSON Merge Patch (RFC 7396): what it names changes, what it sets to null
 * goes, and every other fact stays; PUT still replaces every fact.
 */
class NodePatchTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP =
      "title \"Patches\"\ncurrency GBP\nchannel LinkedIn\n"
          + "prospect Acme value 20k probability 0.5 stage proposal note \"met at the expo\""
          + " sector=retail size=large\n"
          + "LinkedIn -> Acme\n";

  static Reply patch(String path, String json, String etag) {
    return local.api().send("PATCH", path, "application/merge-patch+json", json, "If-Match", etag);
  }

  static JsonNode node(String m, String id) {
    for (JsonNode n : local.api().get(m).json().get("nodes")) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no node " + id + " in " + m);
  }

  @Test
  void aPatchOfTheValueKeepsEveryOtherFact() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply r = patch(m + "/nodes/Acme", "{\"value\": {\"amount\": 30000}}", "\"1\"");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.etag()).isEqualTo("\"2\"");
    JsonNode acme = node(m, "Acme");
    assertThat(acme.get("value").get("amount").decimalValue()).isEqualByComparingTo("30000");
    // Kept: the kind, probability, stage, note and both attributes, in their order.
    assertThat(acme.get("kind").asText()).isEqualTo("prospect");
    assertThat(acme.get("probability").asDouble()).isEqualTo(0.5);
    assertThat(acme.get("stage").asText()).isEqualTo("proposal");
    assertThat(acme.get("note").asText()).isEqualTo("met at the expo");
    assertThat(acme.get("attributes").toString())
        .isEqualTo("{\"sector\":\"retail\",\"size\":\"large\"}");
  }

  @Test
  void aMemberSetToNullRemovesThatFactAlone() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply r =
        patch(m + "/nodes/Acme", "{\"note\": null, \"attributes\": {\"size\": null}}", "\"1\"");
    assertThat(r.status()).isEqualTo(200);
    JsonNode acme = node(m, "Acme");
    assertThat(acme.has("note") && !acme.get("note").asText().isEmpty()).isFalse();
    assertThat(acme.get("attributes").toString()).isEqualTo("{\"sector\":\"retail\"}");
    assertThat(acme.get("stage").asText()).isEqualTo("proposal");
    assertThat(acme.get("value").get("amount").decimalValue()).isEqualByComparingTo("20000");
  }

  @Test
  void putStillReplacesEveryFact() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply r =
        local
            .api()
            .send(
                "PUT",
                m + "/nodes/Acme",
                "application/json",
                "{\"kind\": \"prospect\", \"value\": {\"amount\": 30000}}",
                "If-Match",
                "\"1\"");
    assertThat(r.status()).isEqualTo(200);
    JsonNode acme = node(m, "Acme");
    assertThat(acme.has("stage") && !acme.get("stage").asText().isEmpty()).isFalse();
    assertThat(acme.has("attributes")).isFalse();
  }

  @Test
  void aBadValueIsRefusedWith422NamingTheFieldAndNothingChanges() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply r = patch(m + "/nodes/Acme", "{\"probability\": 2}", "\"1\"");
    assertThat(r.status()).isEqualTo(422);
    JsonNode problem = r.json().get("problems").get(0);
    assertThat(problem.get("pointer").asText()).isEqualTo("/probability");
    assertThat(problem.get("field").asText()).isEqualTo("probability");
    assertThat(r.json().get("detail").asText()).contains("at /probability in the body");
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
    assertThat(node(m, "Acme").get("probability").asDouble()).isEqualTo(0.5);
  }

  @Test
  void theIdStaysAndOnlyAMergePatchIsTaken() {
    String m = "/api/maps/" + local.api().create(MAP);
    Reply renamed = patch(m + "/nodes/Acme", "{\"id\": \"Acme Ltd\"}", "\"1\"");
    assertThat(renamed.status()).isEqualTo(422);
    assertThat(renamed.json().get("pointer").asText()).isEqualTo("/id");
    Reply plainJson =
        local.api().send("PATCH", m + "/nodes/Acme", "application/json", "{}", "If-Match", "\"1\"");
    assertThat(plainJson.status()).isEqualTo(415);
    assertThat(plainJson.header("Accept-Patch")).contains("application/merge-patch+json");
    assertThat(patch(m + "/nodes/Nobody", "{\"note\": \"x\"}", "\"1\"").status()).isEqualTo(404);
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
    // Based on version 1 after someone else made version 2: refused, as any stale write.
    assertThat(patch(m + "/nodes/Acme", "{\"note\": \"x\"}", "\"1\"").status()).isEqualTo(200);
    assertThat(patch(m + "/nodes/Acme", "{\"note\": \"y\"}", "\"1\"").status()).isEqualTo(412);
    assertThat(node(m, "Acme").get("note").asText()).isEqualTo("x");
  }
}
