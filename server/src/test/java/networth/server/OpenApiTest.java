package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import networth.server.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /openapi.json describes exactly the routes served, and real responses fit its schemas. */
class OpenApiTest {

  static NetworthServer server;
  static Api api;
  static JsonNode doc;

  @BeforeAll
  static void start() {
    server = Servers.sqlite();
    api = new Api(server.url());
    doc = api.get("/openapi.json").json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void itsPathsAndMethodsAreTheRoutesTheServerRegisters() {
    Set<String> documented = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertThat(documented).isEqualTo(new TreeSet<>(server.routes()));
    // Every analysis of the command line is among them.
    for (String command :
        List.of(
            "summary",
            "paths",
            "attribute",
            "critical",
            "whatif",
            "connectors",
            "roi",
            "timeline")) {
      assertThat(documented).contains("GET /api/maps/{id}/" + command);
    }
  }

  @Test
  void realResponsesFitTheSchemasTheDocumentGives() {
    List<String> mistakes = new ArrayList<>();
    Reply session = api.session();
    fits(mistakes, "/api/session", "get", session);
    Reply created =
        api.send("POST", "/api/maps", "text/plain", Servers.example("power-of-the-network"));
    fits(mistakes, "/api/maps", "post", created);
    String id = created.json().get("id").asText();
    String m = "/api/maps/" + id;
    fits(mistakes, "/api/maps", "get", api.get("/api/maps"));
    fits(mistakes, "/api/maps/{id}", "get", api.get(m));
    fits(mistakes, "/api/maps/{id}/layout", "get", api.get(m + "/layout"));
    fits(mistakes, "/api/maps/{id}/versions/{v}", "get", api.get(m + "/versions/1"));
    fits(
        mistakes,
        "/api/check",
        "post",
        api.send("POST", "/api/check", "text/plain", "persn Emily\nEmily -> Emily\n"));
    fits(
        mistakes,
        "/api/maps",
        "post",
        api.send("POST", "/api/maps", "text/plain", "persn Emily\n"));
    fits(
        mistakes,
        "/api/maps/{id}/nodes",
        "post",
        api.send(
            "POST",
            m + "/nodes",
            "application/json",
            "{\"id\":\"Roger\",\"kind\":\"person\"}",
            "If-Match",
            "\"1\""));
    fits(
        mistakes,
        "/api/maps/{id}/nodes",
        "post",
        api.send(
            "POST", m + "/nodes", "application/json", "{\"id\":\"Sam\"}", "If-Match", "\"1\""));
    fits(
        mistakes,
        "/api/maps/{id}/nodes/{node}",
        "patch",
        api.send(
            "PATCH",
            m + "/nodes/Roger",
            "application/merge-patch+json",
            "{\"note\": \"met at the expo\"}",
            "If-Match",
            "*"));
    fits(
        mistakes,
        "/api/maps/{id}/nodes/{node}",
        "patch",
        api.send(
            "PATCH",
            m + "/nodes/Roger",
            "application/merge-patch+json",
            "{\"kind\": \"persn\"}",
            "If-Match",
            "*"));
    fits(mistakes, "/api/maps/{id}/history", "get", api.get(m + "/history"));
    fits(mistakes, "/api/maps/{id}/summary", "get", api.get(m + "/summary"));
    fits(mistakes, "/api/maps/{id}/attribute", "get", api.get(m + "/attribute?model=nothing"));
    fits(mistakes, "/api/maps/{id}", "get", api.get("/api/maps/nothing"));
    fits(mistakes, "/api/importers", "get", api.get("/api/importers"));
    for (String file : List.of("Sam\nSam -> Roger\n! left out\n", "Sam ??\n")) {
      fits(
          mistakes,
          "/api/maps/{id}/imports",
          "post",
          api.upload(
              m + "/imports?source=lines&dryRun=true",
              List.of(Api.Upload.of("people.lines", file))));
    }
    assertThat(mistakes).isEmpty();
  }

  /** Checks a response against the schema the document gives for its path, method and status. */
  private static void fits(List<String> mistakes, String path, String method, Reply reply) {
    JsonNode operation = doc.get("paths").get(path).get(method);
    JsonNode response = operation.get("responses").get(String.valueOf(reply.status()));
    if (response == null) {
      mistakes.add(method + " " + path + ": " + reply.status() + " is not documented");
      return;
    }
    String type = reply.contentType().replaceAll(";.*", "");
    JsonNode content = response.path("content").path(type);
    if (content.isMissingNode()) {
      mistakes.add(method + " " + path + " " + reply.status() + ": " + type + " is not documented");
      return;
    }
    for (String s : SchemaCheck.check(doc, content.get("schema"), reply.json())) {
      mistakes.add(method + " " + path + " " + reply.status() + ": " + s);
    }
  }
}
