package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import networth.server.Api.Reply;
import networth.server.Api.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uploads merged into a map through the API, driven by the tests' own {@code lines} source (one
 * person a line, {@code A -> B} a link, {@code !} a line left out, {@code ??} a mistake), so that
 * what each answer must be follows from rules stated here.
 */
class ImportApiTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  static final String MAP =
      "title \"Imports\"\ncurrency GBP\nchannel LinkedIn\nperson Roger\n"
          + "client \"Client 1\" value 10k won 2020\nLinkedIn -> Roger -> \"Client 1\"\n";

  // Line 1 is Roger, already in the map (same name, no organisation): merged, nothing new to
  // fill in, so unchanged. Line 2, Sam, is new: added. Line 3 links Sam to the map's Client 1:
  // added. Line 4 is left out. So: added 1 person and 1 link, 1 person unchanged, 1 row skipped.
  static final Upload PEOPLE = Upload.of("people.lines", "Roger\nSam\nSam -> Client 1\n! nobody\n");

  static Reply upload(String id, String query, Upload file, String... headers) {
    return local.api().upload("/api/maps/" + id + "/imports" + query, List.of(file), headers);
  }

  @Test
  void theSourcesAreListedWithWhatEachReads() {
    JsonNode all = local.api().get("/api/importers").json().get("importers");
    JsonNode lines = null;
    for (JsonNode i : all) {
      if (i.get("name").asText().equals("lines")) {
        lines = i;
      }
    }
    assertThat(lines).isNotNull();
    assertThat(lines.get("description").asText()).contains("one person");
  }

  @Test
  void aDryRunSaysWhatWouldChangeAndWritesNothing() {
    String id = local.api().create(MAP);
    String before = local.api().get("/api/maps/" + id).body();

    Reply dry = upload(id, "?source=lines&dryRun=true", PEOPLE, "If-Match", "\"1\"");

    assertThat(dry.status()).isEqualTo(200);
    JsonNode r = dry.json();
    assertThat(r.get("written").asBoolean()).isFalse();
    assertThat(r.get("changesMap").asBoolean()).isTrue();
    assertThat(r.get("added").toString()).isEqualTo("{\"person\":1,\"link\":1}");
    assertThat(r.get("unchanged").toString()).isEqualTo("{\"person\":1}");
    assertThat(r.get("skippedRows").asInt()).isEqualTo(1);
    assertThat(r.get("skipped").get(0).toString())
        .isEqualTo(
            "{\"file\":\"people.lines\",\"row\":4,\"reason\":\"a line marked to be left out\"}");
    assertThat(r.get("files").toString()).isEqualTo("[\"people.lines\"]");
    assertThat(dry.etag()).isEqualTo("\"1\"");
    assertThat(r.get("version").asLong()).isEqualTo(1);

    Reply after = local.api().get("/api/maps/" + id);
    assertThat(after.etag()).isEqualTo("\"1\"");
    assertThat(after.body()).isEqualTo(before);
    assertThat(local.api().get("/api/maps/" + id + "/history").json().get("versions")).hasSize(1);
  }

  @Test
  void anImportIsOneChangeAgainIsNothingAndOneUndoTakesItAllBack() {
    String id = local.api().create(MAP);
    String m = "/api/maps/" + id;
    String before = local.api().get(m).body();

    Reply done = upload(id, "?source=lines", PEOPLE, "If-Match", "\"1\"");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.etag()).isEqualTo("\"2\"");
    assertThat(done.json().get("written").asBoolean()).isTrue();
    assertThat(done.json().get("version").asLong()).isEqualTo(2);

    JsonNode map = local.api().get(m).json();
    assertThat(map.get("nodes")).hasSize(4);
    JsonNode sam = node(map, "Sam");
    assertThat(sam.get("kind").asText()).isEqualTo("person");
    assertThat(sam.get("attributes").get("source").asText()).isEqualTo("people.lines row 2");
    assertThat(map.get("links").toString()).contains("\"from\":\"Sam\",\"to\":\"Client 1\"");
    // Sam now shares Client 1 with Roger's route: 3 of the 4 nodes lead to the work.
    assertThat(lastChange(m))
        .isEqualTo("imported from lines (people.lines): added 1 person, 1 link");

    // The same file again holds nothing new: no version is made.
    Reply again = upload(id, "?source=lines", PEOPLE, "If-Match", "\"2\"");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.etag()).isEqualTo("\"2\"");
    assertThat(again.json().get("changesMap").asBoolean()).isFalse();
    assertThat(again.json().get("written").asBoolean()).isFalse();
    assertThat(again.json().get("unchanged").toString()).isEqualTo("{\"person\":2,\"link\":1}");
    assertThat(local.api().get(m + "/history").json().get("versions")).hasSize(2);

    Reply undone = local.api().send("POST", m + "/undo", null, null, "If-Match", "\"2\"");
    assertThat(undone.etag()).isEqualTo("\"3\"");
    JsonNode back = local.api().get(m).json();
    assertThat(back.get("nodes")).hasSize(3);
    assertThat(back.toString()).doesNotContain("Sam");
    assertThat(local.api().get("/api/maps/" + id + "/versions/3").body()).isEqualTo(before);
    assertThat(lastChange(m)).startsWith("undid: imported from lines");
  }

  @Test
  void aMalformedFileIs422WithItsPlaceAndTheMapIsUnchanged() {
    String id = local.api().create(MAP);
    String before = local.api().get("/api/maps/" + id).body();

    Reply refused =
        upload(
            id, "?source=lines", Upload.of("bad.lines", "Sam\nAnn ?? Lee\n"), "If-Match", "\"1\"");

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode p = refused.json().get("problems").get(0);
    // "Ann ?? Lee": the ?? begins at the fifth character of the second line.
    assertThat(p.get("file").asText()).isEqualTo("bad.lines");
    assertThat(p.get("line").asInt()).isEqualTo(2);
    assertThat(p.get("column").asInt()).isEqualTo(5);
    assertThat(p.get("message").asText()).isEqualTo("'??' is no name");
    assertThat(p.get("hint").asText()).isEqualTo("write the person's name");
    assertThat(refused.json().get("detail").asText())
        .startsWith("bad.lines:2:5: '??' is no name")
        .endsWith("Nothing was imported: the map is unchanged");
    Reply after = local.api().get("/api/maps/" + id);
    assertThat(after.etag()).isEqualTo("\"1\"");
    assertThat(after.body()).isEqualTo(before);
  }

  @Test
  void anUnknownSourceIs400NamingTheSources() {
    String id = local.api().create(MAP);
    Reply r = upload(id, "?source=lnes", PEOPLE, "If-Match", "\"1\"");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("parameter").asText()).isEqualTo("source");
    assertThat(r.json().get("detail").asText())
        .contains("no source called 'lnes'")
        .contains("did you mean 'lines'")
        .contains("The sources: ")
        .contains("lines");
    Reply none = upload(id, "", PEOPLE, "If-Match", "\"1\"");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().get("parameter").asText()).isEqualTo("source");
  }

  @Test
  void anImportLikeEveryWriteNamesTheVersionItWasMadeTo() {
    String id = local.api().create(MAP);
    String m = "/api/maps/" + id;
    assertThat(upload(id, "?source=lines", PEOPLE).status()).isEqualTo(428);
    assertThat(upload(id, "?source=lines", PEOPLE, "If-Match", "\"7\"").status()).isEqualTo(412);
    assertThat(local.api().get(m).etag()).isEqualTo("\"1\"");
    // A dry run against a version the map has moved on from would describe another map.
    local.api().send("PUT", m, "text/plain", MAP + "person Ann\n", "If-Match", "\"1\"");
    Reply stale = upload(id, "?source=lines&dryRun=true", PEOPLE, "If-Match", "\"1\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
    // "*" imports into whatever version is there.
    Reply any = upload(id, "?source=lines", PEOPLE, "If-Match", "*");
    assertThat(any.status()).isEqualTo(200);
    assertThat(any.etag()).isEqualTo("\"3\"");
  }

  @Test
  void aBodyThatIsNotAnUploadIsRefusedSayingHowToSendOne() {
    String id = local.api().create(MAP);
    Reply plain =
        local
            .api()
            .send(
                "POST",
                "/api/maps/" + id + "/imports?source=lines",
                "text/plain",
                "Sam\n",
                "If-Match",
                "\"1\"");
    assertThat(plain.status()).isEqualTo(415);
    assertThat(plain.json().get("detail").asText()).contains("multipart/form-data");
    Reply unnamed = upload(id, "?source=lines", Upload.of("", "Sam\n"), "If-Match", "\"1\"");
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().get("field").asText()).isEqualTo("file");
  }

  @Test
  void aFileTheSourceDoesNotWriteIs422NamingTheFile() {
    String id = local.api().create(MAP);
    Reply r = upload(id, "?source=lines", Upload.of("people.csv", "Sam\n"), "If-Match", "\"1\"");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.json().get("problems").get(0).get("file").asText()).isEqualTo("people.csv");
    assertThat(r.json().get("detail").asText()).startsWith("people.csv: not a .lines file");
  }

  static JsonNode node(JsonNode map, String id) {
    for (JsonNode n : map.get("nodes")) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no node " + id + " in " + map);
  }

  static String lastChange(String m) {
    JsonNode versions = local.api().get(m + "/history").json().get("versions");
    return versions.get(versions.size() - 1).get("change").asText();
  }
}
