package networth.imports.sheets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Origin;
import networth.io.Progress;

/**
 * Kumu's JSON import, which Kumu calls a blueprint: {@code {"elements": [{"label": "A", "type":
 * …}], "connections": [{"from": "A", "to": "B", "direction": "mutual"}]}}. An element or connection
 * is read as a row whose columns are its keys, so the rules are the sheets' rules: "label" (or
 * "id"/"_id") names it, "type", "description", "tags" (an array, or {@code a | b}), and any other
 * key becomes an attribute. Kumu's own export puts the fields in an "attributes" object beside
 * "_id"; they are read the same way.
 */
final class Blueprint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ImportFile file;
  private final Elements elements;
  private final Routes routes;
  private final Found.Builder found;
  private final Problems problems;

  Blueprint(
      ImportFile file, Elements elements, Routes routes, Found.Builder found, Problems problems) {
    this.file = file;
    this.elements = elements;
    this.routes = routes;
    this.found = found;
    this.problems = problems;
  }

  /** An object of the file and the line it begins on. */
  private record Item(JsonNode node, long line) {}

  void read(Progress progress) throws IOException {
    List<Item> elementItems = new ArrayList<>();
    List<Item> connectionItems = new ArrayList<>();
    boolean any = false;
    try (InputStream in = file.open();
        JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        problems.add(
            error(
                p.currentTokenLocation(),
                "a Kumu blueprint is one object, {\"elements\": […], \"connections\": […]}"));
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        List<Item> into =
            key.equals("elements")
                ? elementItems
                : key.equals("connections") ? connectionItems : null;
        if (into == null) {
          p.skipChildren();
          continue;
        }
        any = true;
        if (value != JsonToken.START_ARRAY) {
          problems.add(error(p.currentTokenLocation(), "\"" + key + "\" is not an array [ … ]"));
          p.skipChildren();
          continue;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonLocation at = p.currentTokenLocation();
          JsonNode node = p.readValueAsTree();
          if (node == null || !node.isObject()) {
            problems.add(error(at, "an item of \"" + key + "\" is not an object { … }"));
          } else {
            into.add(new Item(node, Math.max(1, at.getLineNr())));
          }
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(error(e.getLocation(), "not valid JSON: " + plain(e.getOriginalMessage())));
      return;
    }
    if (!any) {
      problems.add(
          Problem.error(
              new SourcePosition(file.name(), 1, 1),
              "a Kumu blueprint holds \"elements\" and \"connections\": this file has neither",
              "write {\"elements\": [{\"label\": \"A\"}], \"connections\": [{\"from\": \"A\","
                  + " \"to\": \"B\"}]}"));
      return;
    }
    for (Item item : elementItems) {
      Row row = row(item);
      Origin origin = new Origin(file.name(), item.line());
      new ElementColumns(new Header(names(item)))
          .read(row)
          .ifPresentOrElse(
              e -> elements.add(e, origin),
              () -> found.skip(origin, Dialect.KUMU.element + " without a label"));
    }
    for (Item item : connectionItems) {
      new ConnectionColumns(Dialect.KUMU, new Header(names(item)))
          .read(row(item), new Origin(file.name(), item.line()), elements, routes, found);
    }
    progress.read(file.name(), elementItems.size() + connectionItems.size(), true);
  }

  /** The keys of an object, those of its "attributes" object in their place. */
  private static List<String> names(Item item) {
    List<String> names = new ArrayList<>();
    fields(item.node(), (k, v) -> names.add(k));
    return names;
  }

  private static Row row(Item item) {
    List<String> cells = new ArrayList<>();
    fields(item.node(), (k, v) -> cells.add(text(v)));
    return new Row(item.line(), cells);
  }

  private static void fields(JsonNode object, java.util.function.BiConsumer<String, JsonNode> to) {
    for (Map.Entry<String, JsonNode> f : object.properties()) {
      if (f.getKey().equals("attributes") && f.getValue().isObject()) {
        fields(f.getValue(), to);
      } else {
        to.accept(f.getKey(), f.getValue());
      }
    }
  }

  /**
   * A value as a cell's text: an array as Kumu's several values ({@code a | b}); false, null and
   * objects as an empty cell, so that they add no attribute.
   */
  private static String text(JsonNode v) {
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(text(e)));
      return String.join(" | ", parts.stream().filter(s -> !s.isEmpty()).toList());
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? "true" : "";
    }
    if (v.isFloatingPointNumber()) {
      return XlsxBook.number(v.doubleValue());
    }
    if (v.isValueNode() && !v.isNull()) {
      return v.asText().strip();
    }
    return "";
  }

  private Problem error(JsonLocation at, String message) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
    return Problem.error(
        new SourcePosition(file.name(), line, column),
        message,
        "a Kumu blueprint is JSON: {\"elements\": [{\"label\": \"A\"}], \"connections\":"
            + " [{\"from\": \"A\", \"to\": \"B\"}]}; check the commas, quotes and brackets here");
  }

  /** Jackson's description, without its internal details (source references, token codes). */
  private static String plain(String message) {
    if (message == null) {
      return "the text stops making sense here";
    }
    String m = message.replaceAll(" \\(code \\d+\\)", "");
    int cut = m.indexOf('\n');
    return cut < 0 ? m : m.substring(0, cut);
  }
}
