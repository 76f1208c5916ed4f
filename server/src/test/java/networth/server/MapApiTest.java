package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import networth.io.check.MapChecker;
import networth.io.netmap.NetmapReader;
import networth.server.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Maps stored, read, replaced and downloaded through a running server on 127.0.0.1. */
class MapApiTest {

  static NetworthServer server;
  static Api api;

  @BeforeAll
  static void start() {
    server = Servers.sqlite();
    api = new Api(server.url());
    assertThat(api.session().status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aMapIsCreatedWhereItsLocationSaysAndReadBackWithItsVersionAsETag() {
    Reply created =
        api.send(
            "POST",
            "/api/maps?name=" + Api.query("My network"),
            "text/plain",
            Servers.example("power-of-the-network"));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("Location")).contains("/api/maps/" + id);

    Reply read = api.get("/api/maps/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.etag()).isEqualTo("\"1\"");
    assertThat(read.json().get("title").asText()).isEqualTo("My network");
    // The example's ten opportunities and its groups are all there.
    assertThat(read.json().get("groups")).hasSize(3);

    Reply again = api.send("GET", "/api/maps/" + id, null, null, "If-None-Match", "\"1\"");
    assertThat(again.status()).isEqualTo(304);

    JsonNode listed = api.get("/api/maps").json().get("maps");
    List<String> names = new ArrayList<>();
    listed.forEach(m -> names.add(m.get("name").asText() + "/" + m.get("role").asText()));
    assertThat(names).contains("My network/owner");
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndTheMapIsUnchanged() {
    String id = api.create("channel LinkedIn\nclient A value 10k won 2020\nLinkedIn -> A\n");
    Reply first =
        api.send(
            "PUT",
            "/api/maps/" + id,
            "text/plain",
            "channel Twitter\nclient A value 10k won 2020\nTwitter -> A\n",
            "If-Match",
            "\"1\"");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).isEqualTo("\"2\"");

    Reply stale =
        api.send(
            "PUT",
            "/api/maps/" + id,
            "text/plain",
            "channel Blog\nclient A value 10k won 2020\nBlog -> A\n",
            "If-Match",
            "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.json().get("detail").asText()).contains("version 2");

    Reply staleEdit =
        api.send(
            "POST",
            "/api/maps/" + id + "/nodes",
            "application/json",
            "{\"id\": \"Emily\", \"kind\": \"person\"}",
            "If-Match",
            "\"1\"");
    assertThat(staleEdit.status()).isEqualTo(412);

    Reply now = api.get("/api/maps/" + id);
    assertThat(now.etag()).isEqualTo("\"2\"");
    assertThat(ids(now.json())).containsExactly("Twitter", "A");
  }

  @Test
  void aJsonMapIsTakenAsAFileIsAndItsMistakesArePositioned() {
    String json =
        "{\"nodes\": [\n  {\"id\": \"LinkedIn\", \"kind\": \"channel\"},\n"
            + "  {\"id\": \"A\", \"kind\": \"client\", \"value\": {\"amount\": 5000}}\n],\n"
            + " \"links\": [{\"from\": \"LinkedIn\", \"to\": \"A\"}]}";
    Reply created = api.send("POST", "/api/maps", "application/json", json);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(ids(api.get("/api/maps/" + id).json())).containsExactly("LinkedIn", "A");

    // Line 2, where the kind is misspelt; the stored map stays as it was.
    Reply bad =
        api.send(
            "PUT",
            "/api/maps/" + id,
            "application/json",
            json.replace("\"channel\"", "\"chanel\""),
            "If-Match",
            "\"1\"");
    assertThat(bad.status()).isEqualTo(422);
    JsonNode problem = bad.json().get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("field").asText()).isEqualTo("kind");
    assertThat(api.get("/api/maps/" + id).etag()).isEqualTo("\"1\"");
  }

  @Test
  void aWriteWithoutIfMatchIsRefusedWith428() {
    String id = api.create("channel LinkedIn\nclient A value 10k won 2020\nLinkedIn -> A\n");
    Reply r = api.send("PUT", "/api/maps/" + id, "text/plain", "channel X\n");
    assertThat(r.status()).isEqualTo(428);
    assertThat(r.json().get("detail").asText()).contains("If-Match");
    assertThat(api.get("/api/maps/" + id).etag()).isEqualTo("\"1\"");
  }

  @Test
  void aMapWithFiveMistakesGetsAllFivePositionedAndNothingIsStored() {
    String text =
        String.join(
            "\n",
            "persn Emily",
            "client A value 10k won 2014-13",
            "prospect B value 5k p 140%",
            "channel LinkedIn cost lots",
            "LinkedIn -> LinkedIn",
            "LinkedIn -> A",
            "");
    // What the command line's checker says of the same text, read as a file.
    var expected = MapChecker.check(NetmapReader.read("map.netmap", text), "map.netmap").errors();
    assertThat(expected).hasSize(5);
    int before = api.get("/api/maps").json().get("maps").size();

    Reply r = api.send("POST", "/api/maps", "text/plain", text);

    assertThat(r.status()).isEqualTo(422);
    JsonNode problems = r.json().get("problems");
    List<String> got = new ArrayList<>();
    problems.forEach(
        p ->
            got.add(
                p.get("line").asInt()
                    + ":"
                    + p.get("column").asInt()
                    + " "
                    + p.get("message").asText()));
    List<String> want = new ArrayList<>();
    expected.forEach(
        p -> want.add(p.position().line() + ":" + p.position().column() + " " + p.message()));
    assertThat(got).containsExactlyElementsOf(want);
    // Every one on a line of its own, 1 to 5, and each says what to do.
    assertThat(got.stream().map(s -> s.substring(0, s.indexOf(':'))).toList())
        .containsExactly("1", "2", "3", "4", "5");
    problems.forEach(p -> assertThat(p.get("hint").asText()).isNotBlank());
    assertThat(api.get("/api/maps").json().get("maps")).hasSize(before);
  }

  @Test
  void everyFormTheCommandLineWritesDownloadsWithItsName() throws Exception {
    String id = api.create(Servers.example("power-of-the-network"));
    String[][] forms = {
      {"netmap", "text/plain", ".netmap"},
      {"json", "application/json", ".json"},
      {"dot", "text/vnd.graphviz", ".dot"},
      {"mmd", "text/plain", ".mmd"},
      {"graphml", "application/graphml+xml", ".graphml"},
      {"gexf", "application/xml", ".gexf"},
      {"cyjs", "application/json", ".cyjs"},
      {"svg", "image/svg+xml", ".svg"},
      {"html", "text/html", ".report.html"},
    };
    for (String[] f : forms) {
      Reply r = api.get("/api/maps/" + id + "?format=" + f[0]);
      assertThat(r.status()).as(f[0]).isEqualTo(200);
      assertThat(r.contentType()).as(f[0]).startsWith(f[1]);
      assertThat(r.header("Content-Disposition").orElseThrow())
          .isEqualTo("attachment; filename=\"the-power-of-the-network" + f[2] + "\"");
    }
    // The .netmap downloaded reads back as the same map.
    String netmap = api.get("/api/maps/" + id + "?format=netmap").body();
    assertThat(NetmapReader.read("x", netmap).map())
        .isEqualTo(NetmapReader.read("y", Servers.example("power-of-the-network")).map());
    // The CSV pair comes zipped.
    Reply csv = api.get("/api/maps/" + id + "?format=csv");
    assertThat(zipEntries(csv.raw().body())).containsExactly("elements.csv", "connections.csv");
    assertThat(api.get("/api/maps/" + id + "?format=png").raw().body())
        .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(
            new String(api.get("/api/maps/" + id + "?format=pdf").raw().body(), 0, 5, "US-ASCII"))
        .isEqualTo("%PDF-");

    Reply bad = api.get("/api/maps/" + id + "?format=xls");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("parameter").asText()).isEqualTo("format");
  }

  /** A body over the limit is refused on its headers, before a byte of it is read. */
  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    String reply = Api.headersOnly(server.url(), "/api/maps", 6L * 1024 * 1024);
    assertThat(reply).startsWith("HTTP/1.1 413 ");
    assertThat(reply).contains("larger than 5 MB", "networth serve --max-body");
  }

  @Test
  void anUnknownAddressIsAProblemNotAPage() {
    Reply r = api.get("/api/nothing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("detail").asText()).contains("no such address", "/openapi.json");
    Reply noMap = api.get("/api/maps//summary");
    assertThat(noMap.status()).isEqualTo(404);
    assertThat(noMap.json().get("detail").asText()).contains("no such address");
  }

  static List<String> ids(JsonNode map) {
    List<String> ids = new ArrayList<>();
    map.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  static List<String> zipEntries(byte[] zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
