package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.server.Api;
import networth.server.NetworthServer;
import networth.server.Servers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app's upload and {@code networth import} are one import: for the same files and the same
 * map, the API answers exactly the JSON the command prints with {@code --format json} (the file
 * named as each was given: a path on the command line, a file name in an upload), and both maps end
 * with the same nodes.
 */
class ImportUploadAgreesTest {

  @TempDir Path dir;

  /**
   * Written by hand as LinkedIn writes it: the notes before the header, a connection with a company
   * and one without, a member who hid their details, and a quoted company with a comma.
   */
  static final String CONNECTIONS =
      "\uFEFFNotes:\n"
          + "\"When exporting your connection data, you may notice that some of the email"
          + " addresses are missing.\"\n"
          + "\n"
          + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.com,\"Acme, Inc.\",CTO,08 Feb"
          + " 2026\n"
          + "Sam,Rivers,https://www.linkedin.com/in/samrivers,,,,3 Oct 2022\n"
          + ",,,,,,09 Feb 2026\n";

  @Test
  void theUploadAnswersWhatTheCommandPrints() throws Exception {
    Path connections = Files.writeString(dir.resolve("Connections.csv"), CONNECTIONS);
    Path map = dir.resolve("network.netmap");
    Files.copy(ServeApiTest.example("power-of-the-network"), map);
    String example = Files.readString(map, StandardCharsets.UTF_8);

    Run run =
        Run.of(
            "import",
            "linkedin",
            connections.toString(),
            "--into",
            map.toString(),
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    // The command names the file by the path it was given; the upload by its file name.
    JsonNode printed = json.readTree(run.out().replace(dir + "/", ""));

    try (NetworthServer server = Servers.sqlite()) {
      Api api = new Api(server.url());
      api.session();
      String id = api.create(example);
      Api.Reply answer =
          api.upload(
              "/api/maps/" + id + "/imports?source=linkedin",
              List.of(Api.Upload.of("Connections.csv", CONNECTIONS)),
              "If-Match",
              "\"1\"");
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      ObjectNode answered = (ObjectNode) answer.json();
      assertThat(answered.remove("id").asText()).isEqualTo(id);
      assertThat(answered.remove("version").asLong()).isEqualTo(2);
      assertThat(answered).isEqualTo(printed);
      assertThat(printed.get("written").asBoolean()).isTrue();

      // And the two maps now hold the same nodes.
      JsonNode stored = api.get("/api/maps/" + id).json();
      Path converted = dir.resolve("network.json");
      Run convert = Run.of("convert", map.toString(), "-o", converted.toString());
      assertThat(convert.exit()).as(convert.err()).isZero();
      JsonNode written = json.readTree(converted.toFile());
      assertThat(ids(stored)).isEqualTo(ids(written));
    }
  }

  private static List<String> ids(JsonNode map) {
    List<String> ids = new java.util.ArrayList<>();
    map.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
