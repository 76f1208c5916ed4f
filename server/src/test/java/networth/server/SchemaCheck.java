package networth.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON value against an OpenAPI 3.0 schema: the part of it the document uses ({@code
 * $ref}, {@code type}, {@code required}, {@code properties}, {@code items}, {@code enum}), enough
 * to hold each real response to what the document promises.
 */
final class SchemaCheck {

  private final JsonNode document;
  private final List<String> mistakes = new ArrayList<>();

  private SchemaCheck(JsonNode document) {
    this.document = document;
  }

  /** What is wrong with {@code value}; empty when it fits. */
  static List<String> check(JsonNode document, JsonNode schema, JsonNode value) {
    SchemaCheck c = new SchemaCheck(document);
    c.walk(schema, value, "$");
    return c.mistakes;
  }

  private void walk(JsonNode schema, JsonNode value, String at) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
      walk(document.get("components").get("schemas").get(name), value, at);
      return;
    }
    String type = schema.path("type").asText("");
    boolean fits =
        switch (type) {
          case "object" -> value.isObject();
          case "array" -> value.isArray();
          case "string" -> value.isTextual();
          case "integer" -> value.isIntegralNumber();
          case "number" -> value.isNumber();
          case "boolean" -> value.isBoolean();
          default -> true;
        };
    if (!fits) {
      mistakes.add(at + " should be " + type + ", is " + value);
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode e : schema.get("enum")) {
        listed |= e.equals(value);
      }
      if (!listed) {
        mistakes.add(at + " is " + value + ", not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) {
          mistakes.add(at + " lacks " + r.asText());
        }
      }
      schema
          .path("properties")
          .fields()
          .forEachRemaining(
              p -> {
                if (value.has(p.getKey())) {
                  walk(p.getValue(), value.get(p.getKey()), at + "." + p.getKey());
                }
              });
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(schema.get("items"), value.get(i), at + "[" + i + "]");
      }
    }
  }
}
