package networth.server.openapi;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import networth.server.http.Json;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 description of the API, kept beside the code ({@code
 * openapi.json} in this package's resources) and held to the routes the server registers and the
 * responses it gives by its tests.
 */
public final class OpenApi {

  private static final String RESOURCE = "/networth/server/openapi.json";

  private final String document;

  public OpenApi() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as served. */
  public String document() {
    return document;
  }

  public void serve(Context ctx) {
    Json.text(ctx, Json.TYPE, document);
  }
}
