package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** A second person's session on a server, through the HTTP API: to change a map behind a page. */
record OtherSession(String url, String cookie, String csrf) {
  static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  static OtherSession open(String url) throws Exception {
    var r =
        HTTP.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/session")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    String csrf =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("csrf").asText();
    return new OtherSession(
        url, r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0], csrf);
  }

  void addNode(String map, String node) throws Exception {
    var read =
        HTTP.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/maps/" + map))
                .header("Cookie", cookie)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    var r =
        HTTP.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + "api/maps/" + map + "/nodes"))
                .header("Cookie", cookie)
                .header("X-CSRF-Token", csrf)
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .header("Content-Type", "application/json")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"id\": \"" + node + "\", \"kind\": \"person\"}"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
  }
}
