package networth.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import networth.server.Api.Reply;
import networth.server.Api.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The upload with the real LinkedIn importer and files written by hand as LinkedIn writes them
 * (docs/import-linkedin.md), into the blog post's map.
 */
class ImportLinkedinApiTest {

  @RegisterExtension static final LocalServer local = new LocalServer();

  /** Jane Doe, at "Acme, Inc." (a quoted comma), connected on 8 February 2026. */
  static final String CONNECTIONS =
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.com,\"Acme, Inc.\",CTO,"
          + "08 Feb 2026\n";

  /** Jane invited me: the note and attributes of the link LinkedIn -> Jane Doe. */
  static final String INVITATIONS =
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
          + "Jane Doe,Me,\"1/29/26, 2:37 PM\",Loved your talk,INCOMING,"
          + "https://www.linkedin.com/in/janedoe,https://www.linkedin.com/in/me\n";

  static final List<Upload> EXPORT =
      List.of(Upload.of("Connections.csv", CONNECTIONS), Upload.of("Invitations.csv", INVITATIONS));

  static Reply upload(String id, List<Upload> files, String version) {
    return local
        .api()
        .upload("/api/maps/" + id + "/imports?source=linkedin", files, "If-Match", version);
  }

  @Test
  void anExportImportedTwiceIsOneVersionAndItsLinkKeepsTheInvitation() {
    String id = local.api().create(Servers.example("power-of-the-network"));

    Reply once = upload(id, EXPORT, "\"1\"");

    // Jane is new, and so are Acme, Inc., the link from LinkedIn to her and her job there; the
    // example's LinkedIn channel is the one the connection came through.
    assertThat(once.status()).as(once.body()).isEqualTo(200);
    assertThat(once.json().get("added").toString())
        .isEqualTo("{\"person\":1,\"organisation\":1,\"link\":1,\"affiliation\":1}");
    assertThat(once.json().get("unchanged").toString()).isEqualTo("{\"channel\":1}");
    assertThat(once.etag()).isEqualTo("\"2\"");
    JsonNode link = null;
    for (JsonNode l : local.api().get("/api/maps/" + id).json().get("links")) {
      if (l.get("to").asText().equals("Jane Doe")) {
        link = l;
      }
    }
    assertThat(link).isNotNull();
    assertThat(link.get("from").asText()).isEqualTo("LinkedIn");
    assertThat(link.get("note").asText()).contains("Loved your talk");

    Reply twice = upload(id, EXPORT, "\"2\"");
    assertThat(twice.json().get("changesMap").asBoolean()).as(twice.body()).isFalse();
    assertThat(twice.etag()).isEqualTo("\"2\"");
    assertThat(local.api().get("/api/maps/" + id + "/history").json().get("versions")).hasSize(2);
  }

  @Test
  void aBadDateIs422AtItsRowAndColumnAndTheMapIsUntouched() {
    String id = local.api().create(Servers.example("power-of-the-network"));
    String before = local.api().get("/api/maps/" + id).body();
    // "Tom," (4) + "Baker," (6) + the address and its comma (31) + three empty cells (3): the
    // date begins at column 45 of row 2.
    String bad =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Tom,Baker,https://www.linkedin.com/in/tb,,,,31 Fbe 2026\n";

    Reply r = upload(id, List.of(Upload.of("Connections.csv", bad)), "\"1\"");

    assertThat(r.status()).isEqualTo(422);
    JsonNode p = r.json().get("problems").get(0);
    assertThat(p.get("file").asText()).isEqualTo("Connections.csv");
    assertThat(p.get("line").asInt()).isEqualTo(2);
    assertThat(p.get("column").asInt()).isEqualTo(45);
    assertThat(p.get("message").asText()).startsWith("bad Connected On '31 Fbe 2026'");
    assertThat(local.api().get("/api/maps/" + id).etag()).isEqualTo("\"1\"");
    assertThat(local.api().get("/api/maps/" + id).body()).isEqualTo(before);
  }

  @Test
  void aZipCutShortIs422NamingTheZip() throws Exception {
    String id = local.api().create(Servers.example("power-of-the-network"));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("Connections.csv"));
      out.write(CONNECTIONS.repeat(50).getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    byte[] whole = zip.toByteArray();
    byte[] half = Arrays.copyOf(whole, whole.length / 2);

    Reply r = upload(id, List.of(new Upload("Basic_LinkedInDataExport.zip", half)), "\"1\"");

    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(r.json().get("problems").get(0).get("file").asText())
        .isEqualTo("Basic_LinkedInDataExport.zip");
    assertThat(r.json().get("detail").asText())
        .endsWith("Nothing was imported: the map is unchanged");
    assertThat(local.api().get("/api/maps/" + id).etag()).isEqualTo("\"1\"");
  }
}
