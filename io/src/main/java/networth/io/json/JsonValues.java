package networth.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import networth.diagnostics.SourcePosition;
import networth.text.NearestNames;

/**
 * The values of a JSON map, one token at a time, each of the type it must be: a text where a text
 * goes, a number where a number goes, never one converted into the other; and the mistakes of shape
 * (a field the form has not, a key given twice, a wrong type) reported at their place, in plain
 * words, with what to do. {@link JsonMapParser} reads the map's objects with these.
 */
abstract class JsonValues {

  /** The parser read from: after links read ahead, one that goes on after them. */
  JsonParser p;

  final JsonMapReader r;
  final JsonPlaces places;

  /** Whether the element being read had a mistake of shape (it is then left out). */
  boolean bad;

  JsonValues(JsonParser p, JsonMapReader r, JsonPlaces places) {
    this.p = p;
    this.r = r;
    this.places = places;
  }

  /** Attributes: texts by key, in the document's order; a key given null is kept as null. */
  Map<String, String> attributes(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      wrong(field, "an object of texts {\"source\": \"…\"}", t);
      return null;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (attributes.containsKey(key)) {
        twice(objectPath(), key);
        p.skipChildren();
        continue;
      }
      attributes.put(key, text(key));
    }
    return attributes;
  }

  List<String> texts(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      wrong(field, "a list of ids [\"…\"]", t);
      return null;
    }
    List<String> texts = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      texts.add(text(field));
    }
    return texts;
  }

  /** A text, null when absent; anything else is reported. */
  String text(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.VALUE_NULL) {
      wrong(field, "a text in quotes", t);
    }
    return null;
  }

  /** A number, null when absent; a number in quotes is a text, and is reported. */
  BigDecimal number(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t != JsonToken.VALUE_NULL) {
      wrong(field, "a number", t);
    }
    return null;
  }

  Integer whole(String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (t != JsonToken.VALUE_NULL) {
      wrong(field, "a whole number", t);
    }
    return null;
  }

  /**
   * Whether field {@code f} of the object being read is one this form has and is given once; if
   * not, it is reported (named by the path of its object, worked out only then) and skipped.
   */
  boolean fresh(String name, int f, long seen, String[] known) throws IOException {
    if (f < 0) {
      unknown(objectPath(), name, known);
    } else if ((seen & (1L << f)) != 0) {
      twice(objectPath(), name);
    } else {
      return true;
    }
    p.skipChildren();
    return false;
  }

  void unknown(String at, String name, String[] known) {
    bad = true;
    List<String> sorted = Arrays.stream(known).sorted().toList();
    String near = NearestNames.didYouMean(name, sorted);
    r.shape(
        here(),
        at,
        "unknown field '" + name + "'",
        (near.isEmpty() ? "" : near + " ") + "Fields here: " + String.join(", ", sorted) + ".");
  }

  void twice(String at, String name) {
    bad = true;
    r.shape(
        here(),
        at,
        "the key '" + name + "' is given twice in one object",
        "keep one: JSON readers differ on which of the two counts");
  }

  void wrong(String field, String wanted, JsonToken t) throws IOException {
    bad = true;
    String hint =
        t == JsonToken.VALUE_STRING && wanted.contains("number")
            ? "write the number without quotes: " + shown(p.getText())
            : t != null && t.isScalarValue() && wanted.startsWith("a text")
                ? "write it in quotes: \"" + shown(p.getText()) + "\""
                : "see docs/json-format.md for the field '" + field + "'";
    r.shape(here(), path(), wanted + " goes here, not " + what(t), hint);
    p.skipChildren();
  }

  /** Where the current token stands. */
  SourcePosition here() {
    return places.position(p.currentTokenLocation());
  }

  /** The path of the current value, as the reader names paths: {@code nodes[3].value.amount}. */
  String path() {
    return r.path(p.getParsingContext());
  }

  /** The path of the object that holds the current value: {@code nodes[3].value}. */
  String objectPath() {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    return r.path(c.getParent());
  }

  /**
   * The path of a parser's context; {@code shift} is added to the index of an element of the map's
   * list {@code shifted} (a parser that goes on after elements read ahead counts them from its own
   * start).
   */
  static String path(JsonStreamContext context, String shifted, int shift) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        path.insert(0, "." + c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        path.insert(0, "[" + (c.getCurrentIndex() + (isList(c, shifted) ? shift : 0)) + "]");
      }
    }
    return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
  }

  /** Whether a list is the map's own list {@code name}. */
  private static boolean isList(JsonStreamContext list, String name) {
    JsonStreamContext map = list.getParent();
    return map != null
        && map.inObject()
        && map.getParent() != null
        && map.getParent().inRoot()
        && name.equals(map.getCurrentName());
  }

  String what(JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object {…}";
      case START_ARRAY -> "a list […]";
      case VALUE_STRING -> "the text \"" + shown(p.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shown(p.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /** A value as it may be shown in a message: at most 40 characters. */
  static String shown(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "…";
  }

  /** The position of {@code name} in {@code names}, or -1; Jackson interns field names. */
  static int index(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
