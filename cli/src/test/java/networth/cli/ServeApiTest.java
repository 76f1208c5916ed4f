package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import networth.server.Api;
import networth.server.NetworthServer;
import networth.server.ServerConfig;
import networth.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's analyses answer exactly what the command line prints with {@code --format json} for
 * the same map and options; and {@code networth serve} starts, says where, and stops on SIGTERM.
 */
class ServeApiTest {

  static NetworthServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static String csrf;
  static String cookie;

  @BeforeAll
  static void start() throws Exception {
    server =
        NetworthServer.start(
            ServerConfig.of(
                "127.0.0.1", 0, StoreConfig.dataDir(Files.createTempDirectory("networth-serve"))));
    HttpResponse<String> session = send(HttpRequest.newBuilder(uri("/api/session")).GET());
    csrf =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(session.body())
            .get("csrf")
            .asText();
    cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** One question: the query the API takes, and the same options on the command line. */
  record Asked(String command, String query, String... options) {}

  @Test
  void everyAnalysisOfThePowerOfTheNetworkIsTheCommandLinesJson() throws Exception {
    sameAsCommandLine(
        "power-of-the-network",
        List.of(
            new Asked("summary", ""),
            new Asked("summary", "from=2014&to=2014", "--from", "2014", "--to", "2014"),
            new Asked("paths", "for=" + q("Client 1"), "Client 1"),
            new Asked("paths", "for=" + q("Client 1") + "&limit=1", "Client 1", "--limit", "1"),
            new Asked("attribute", ""),
            new Asked("attribute", "model=linear&by=group", "--model", "linear", "--by", "group"),
            new Asked(
                "attribute",
                "model=shapley&players=channels",
                "--model",
                "shapley",
                "--players",
                "channels"),
            new Asked(
                "attribute",
                "model=time-decay&half-life=90",
                "--model",
                "time-decay",
                "--half-life",
                "90"),
            new Asked(
                "attribute",
                "model=position&for=" + q("Client 1"),
                "--model",
                "position",
                "--for",
                "Client 1"),
            new Asked("critical", ""),
            new Asked("critical", "top=3", "--top", "3"),
            new Asked("whatif", "without=" + q("group:social"), "--without", "group:social"),
            new Asked("whatif", "without=LinkedIn,Twitter", "--without", "LinkedIn,Twitter"),
            new Asked("connectors", ""),
            new Asked("connectors", "top=2&from=2013", "--top", "2", "--from", "2013"),
            new Asked("roi", ""),
            new Asked("roi", "model=markov", "--model", "markov"),
            new Asked("timeline", ""),
            new Asked("timeline", "to=2013", "--to", "2013")));
  }

  @Test
  void everyAnalysisOfTheFreelanceDesignerIsTheCommandLinesJson() throws Exception {
    sameAsCommandLine(
        "freelance-designer",
        List.of(
            new Asked("summary", ""),
            new Asked("summary", "from=2023&to=2023", "--from", "2023", "--to", "2023"),
            new Asked("paths", "for=Northwind", "Northwind"),
            new Asked("attribute", ""),
            new Asked("attribute", "model=linear&by=kind", "--model", "linear", "--by", "kind"),
            new Asked("attribute", "model=shapley&by=group", "--model", "shapley", "--by", "group"),
            new Asked("critical", "top=5", "--top", "5"),
            new Asked("whatif", "without=" + q("group:online"), "--without", "group:online"),
            new Asked("connectors", ""),
            new Asked("roi", ""),
            new Asked("roi", "model=first&from=2023", "--model", "first", "--from", "2023"),
            new Asked("timeline", "")));
  }

  private static void sameAsCommandLine(String example, List<Asked> questions) throws Exception {
    Path file = example(example);
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(uri("/api/maps"))
                .header("Content-Type", "text/plain")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    for (Asked a : questions) {
      List<String> args = new ArrayList<>(List.of(a.command(), file.toString()));
      args.addAll(List.of(a.options()));
      args.addAll(List.of("--format", "json"));
      Run cli = Run.of(args.toArray(String[]::new));
      assertThat(cli.exit()).as(cli.err()).isZero();
      HttpResponse<String> api =
          send(HttpRequest.newBuilder(uri(location + "/" + a.command() + "?" + a.query())).GET());
      assertThat(api.statusCode()).as(a + ": " + api.body()).isEqualTo(200);
      assertThat(api.body()).as(a.command() + "?" + a.query()).isEqualTo(cli.out());
    }
  }

  @Test
  void aBadOptionIs400NamingTheParameter() throws Exception {
    Path file = example("power-of-the-network");
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(uri("/api/maps"))
                .header("Content-Type", "text/plain")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file))));
    String location = created.headers().firstValue("Location").orElseThrow();
    String[][] cases = {
      {"attribute?model=linaer", "model", "did you mean"},
      {"attribute?half-life=-3", "half-life", "half-life must be a positive number"},
      {"critical?top=many", "top", "whole number"},
      {"roi?model=shapley", "model", "not 'shapley'"},
      {"summary?from=2014-13", "from", "write a date"},
      {"summary?colour=red", "colour", "takes no parameter"},
      {"paths", "for", "paths needs ?for="},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(uri(location + "/" + c[0])).GET());
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
      assertThat(problem.get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(problem.get("detail").asText()).as(c[0]).contains(c[2]).doesNotContain("--");
    }
  }

  @Test
  void servingBeyondLoopbackWithoutAccountsExitsWithHowToAddOne() throws Exception {
    Path dir = Files.createTempDirectory("networth-serve");
    Run run = Run.of("serve", "--bind", "0.0.0.0", "--port", "0", "--data-dir", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("needs at least one account")
        .contains("networth users add NAME --password-stdin")
        .doesNotContain("Exception");
  }

  @Test
  void serveSaysWhereToGoAnswersAndStopsOnSigterm() throws Exception {
    Path dir = Files.createTempDirectory("networth-serve");
    ServeProcess serve = ServeProcess.start(dir);
    Process p = serve.process();
    String url = serve.url();
    try {
      HttpResponse<String> session =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url + "api/session")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(session.body()).contains("\"user\":\"local\"");
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    // Stopped cleanly: SQLite's write-ahead log was checkpointed and removed as the pool closed.
    assertThat(dir.resolve("networth.db")).exists();
    assertThat(dir.resolve("networth.db-wal")).doesNotExist();
  }

  /**
   * {@code --max-body 1}: a 2 MB map is refused with 413 naming the 1 MB this server takes, before
   * its body is read; a limit that is no number of megabytes is refused at the start.
   */
  @Test
  void maxBodySetsTheLargestBodyTheServerTakes() throws Exception {
    Run bad = Run.of("serve", "--max-body", "0", "--port", "0");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--max-body must be from 1 to 1024").doesNotContain("Exception");

    Path dir = Files.createTempDirectory("networth-serve");
    ServeProcess serve = ServeProcess.start(dir, "--max-body", "1");
    try {
      // Headers announcing a 2 MB body, which is never sent: refused before it would be read.
      String reply = Api.headersOnly(serve.url(), "/api/maps", 2_000_000);
      assertThat(reply).startsWith("HTTP/1.1 413 ").contains("larger than 1 MB");
    } finally {
      serve.process().destroy();
      serve.process().waitFor(20, TimeUnit.SECONDS);
    }
  }

  static Path example(String name) {
    Path here = Path.of("").toAbsolutePath();
    Path file = here.resolve("../examples/" + name + ".netmap").normalize();
    return Files.exists(file) ? file : here.resolve("examples/" + name + ".netmap");
  }

  static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static URI uri(String path) {
    return URI.create(server.url()).resolve(path);
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(
        b.header("Cookie", cookie == null ? "x=y" : cookie).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
