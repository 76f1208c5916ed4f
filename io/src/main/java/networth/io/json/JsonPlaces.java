package networth.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.diagnostics.SourcePosition;

/**
 * Where each value of a JSON document stands, by JSON pointer ({@code /nodes/3/date}), found in one
 * streaming pass: so that a wrong value found after the document is read (an unknown kind, a bad
 * date) is reported at its line and column, not only by its path. The data binding that reads the
 * map keeps no places; this pass does, for the paths the reader names.
 */
final class JsonPlaces {

  private static final Pattern STEP = Pattern.compile("\\.?([A-Za-z_]\\w*)|\\[(\\d+)\\]");

  private final String source;
  private final Map<String, SourcePosition> places;

  private JsonPlaces(String source, Map<String, SourcePosition> places) {
    this.source = source;
    this.places = places;
  }

  /**
   * Documents larger than this many characters are read without places (a pointer per value of a
   * map of a million nodes would cost more than the map); their problems name paths only.
   */
  static final int PLACED_MAX = 20_000_000;

  /** The places in a well-formed document (nothing is recorded past a syntax error). */
  static JsonPlaces of(ObjectMapper mapper, String source, String text) {
    Map<String, SourcePosition> places = new HashMap<>();
    if (text.length() > PLACED_MAX) {
      return new JsonPlaces(source, places);
    }
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonLocation at = p.currentTokenLocation();
        // A value's context names the field or index that leads to it; an object or array just
        // opened has its own context, which names nothing yet and so gives its own place.
        String pointer = p.getParsingContext().pathAsPointer().toString();
        places.putIfAbsent(pointer, new SourcePosition(source, at.getLineNr(), at.getColumnNr()));
      }
    } catch (IOException e) {
      // A syntax error is reported by the reader itself, with its place.
    }
    return new JsonPlaces(source, places);
  }

  /**
   * Where the value at a reader's path stands ({@code nodes[3] ('Emily').date}); where that value
   * is missing, where the nearest enclosing one stands; the file itself when none is known.
   */
  SourcePosition at(String path) {
    String pointer = pointer(path);
    while (true) {
      SourcePosition p = places.get(pointer);
      if (p != null) {
        return p;
      }
      if (pointer.isEmpty()) {
        return SourcePosition.of(source);
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
  }

  /** {@code nodes[3] ('Emily').value.amount} as {@code /nodes/3/value/amount}. */
  static String pointer(String path) {
    String plain = path.replaceAll(" \\('(?:[^']|'(?!\\)))*'\\)", "");
    StringBuilder pointer = new StringBuilder();
    Matcher m = STEP.matcher(plain);
    while (m.find()) {
      pointer.append('/').append(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return pointer.toString();
  }
}
