package networth.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** The server's own JSON (sessions, listings, problems): compact, written and read by Jackson. */
public final class Json {

  public static final String TYPE = "application/json";
  public static final String PROBLEM_TYPE = "application/problem+json";

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Answers a value as JSON. */
  public static void answer(Context ctx, Object value) {
    text(ctx, TYPE, write(value));
  }

  /** Answers text already written (an analysis's result through ResultJson, a map). */
  public static void text(Context ctx, String contentType, String body) {
    ctx.contentType(contentType + "; charset=utf-8");
    ctx.result(body);
  }

  /** Answers bytes already written as UTF-8 (an analysis's answer kept by version). */
  public static void bytes(Context ctx, String contentType, byte[] body) {
    ctx.contentType(contentType + "; charset=utf-8");
    ctx.result(body);
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON", e);
    }
  }

  /**
   * The request's body as a JSON object.
   *
   * @throws ApiException 400 saying what is wrong, when it is not one
   */
  public static ObjectNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw ApiException.badRequest("the request needs a JSON object as its body");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "the body is not JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    }
    if (!(node instanceof ObjectNode o)) {
      throw ApiException.badRequest("the body must be a JSON object ({...})");
    }
    return o;
  }

  /** A required string member of a body; 422 naming it when missing or not a string. */
  public static String string(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual()) {
      throw ApiException.unprocessable("the body needs \"" + field + "\" as a string")
          .with("field", field);
    }
    return v.asText();
  }
}
