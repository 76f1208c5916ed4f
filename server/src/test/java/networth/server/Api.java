package networth.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client of a running server, as a browser is: it keeps its cookies, and once it has a session it
 * sends the session's CSRF token with every write.
 */
public final class Api {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private Optional<String> csrf = Optional.empty();

  public Api(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A response, its body as text. */
  public record Reply(int status, HttpResponse<byte[]> raw) {
    public String body() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body(), e);
      }
    }

    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    public String etag() {
      return header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + status));
    }

    public String contentType() {
      return header("Content-Type").orElse("");
    }
  }

  /** GET /api/session, keeping the token it gives (the local user's, on a local server). */
  public Reply session() {
    Reply r = send("GET", "/api/session", null, null);
    if (r.status() == 200) {
      csrf = Optional.of(r.json().get("csrf").asText());
    }
    return r;
  }

  public Reply signIn(String name, String password) {
    String body = JSON.createObjectNode().put("name", name).put("password", password).toString();
    Reply r = send("POST", "/api/session", "application/json", body);
    if (r.status() == 200) {
      csrf = Optional.of(r.json().get("csrf").asText());
    }
    return r;
  }

  /** Stores a .netmap text; answers its id. */
  public String create(String netmap) {
    Reply r = send("POST", "/api/maps", "text/plain", netmap);
    if (r.status() != 201) {
      throw new AssertionError("not created: " + r.status() + " " + r.body());
    }
    return r.json().get("id").asText();
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply send(String method, String path, String type, String body, String... headers) {
    return send(method, path, type, body, true, headers);
  }

  /** A file to upload: its name, as the browser sends it, and its bytes. */
  public record Upload(String name, byte[] bytes) {
    public static Upload of(String name, String text) {
      return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A POST of files as {@code multipart/form-data}, each in a part named {@code file}. */
  public Reply upload(String path, List<Upload> files, String... headers) {
    String boundary = "networth-test-" + System.nanoTime();
    var body = new java.io.ByteArrayOutputStream();
    for (Upload f : files) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + f.name()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.bytes());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        "POST",
        path,
        "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
        true,
        headers);
  }

  /** A request; {@code withCsrf} false leaves out the token even when the client has one. */
  public Reply send(
      String method, String path, String type, String body, boolean withCsrf, String... headers) {
    return send(
        method,
        path,
        type,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8),
        withCsrf,
        headers);
  }

  private Reply send(
      String method,
      String path,
      String type,
      HttpRequest.BodyPublisher body,
      boolean withCsrf,
      String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    b.method(method, body);
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (withCsrf && !method.equals("GET")) {
      csrf.ifPresent(t -> b.header("X-CSRF-Token", t));
    }
    List<String> h = new ArrayList<>(List.of(headers));
    for (int i = 0; i + 1 < h.size(); i += 2) {
      b.header(h.get(i), h.get(i + 1));
    }
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(r.statusCode(), r);
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * The answer to a request's headers alone, announcing a body of {@code length} bytes that is
   * never sent: what a server that refuses on the headers says before reading a body. (Java 17's
   * client hangs on {@code Expect: 100-continue} answered without 100, and a body sent whole may
   * meet the connection closed under it.)
   */
  public static String headersOnly(String url, String path, long length) throws IOException {
    URI uri = URI.create(url);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nContent-Type: text/plain\r\nContent-Length: "
              + length
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The session cookie, as a Cookie header sends it. */
  public String cookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("networth_session"))
        .map(c -> c.getName() + "=" + c.getValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie"));
  }

  public String csrf() {
    return csrf.orElseThrow(() -> new AssertionError("no session"));
  }

  public static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
