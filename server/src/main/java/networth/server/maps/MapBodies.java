package networth.server.maps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.json.JsonMapReader;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.server.http.MapProblems;

/**
 * A map sent as a request's body, {@code .netmap} text as {@code text/plain} or the JSON map as
 * {@code application/json}, read and checked by the same reader and checker as a file.
 */
public final class MapBodies {

  private MapBodies() {}

  /** The body read and checked, with every problem; nothing refused yet. */
  public static ReadResult read(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String text = ctx.body();
    ReadResult read;
    String source;
    if (type.startsWith("text/plain") || type.startsWith("text/x-netmap")) {
      source = "map.netmap";
      read = NetmapReader.read(source, text);
    } else if (type.startsWith(Json.TYPE)) {
      source = "map.json";
      read = JsonMapReader.read(source, text);
    } else {
      throw new ApiException(
          415,
          "Unsupported media type",
          "send a map file as text/plain (.netmap) or application/json (the JSON map), not '"
              + type
              + "'");
    }
    return MapChecker.check(read, source);
  }

  /**
   * The body's map, named as {@code ?name=} says.
   *
   * @throws ApiException 422 with every problem, positioned, when the map has errors
   */
  public static NetworkMap map(Context ctx) {
    ReadResult read = read(ctx);
    if (read.hasErrors()) {
      throw MapProblems.refused(read.problems(), true);
    }
    String name = ctx.queryParam("name");
    return name == null || name.isBlank() ? read.map() : titled(read.map(), name.strip());
  }

  /** A stored map read as if from a file: checked, so that a workspace can answer it. */
  public static ReadResult checked(NetworkMap map, String source) {
    return MapChecker.check(new ReadResult(map, List.of(), new Locations(), Layout.NONE), source);
  }

  /**
   * A map changed as its JSON form: the edit applied to the document, which is then read and
   * checked as a whole by the file's reader and checker.
   *
   * @throws ApiException 422 with every problem when the changed map has errors
   */
  public static NetworkMap edited(NetworkMap map, java.util.function.Consumer<ObjectNode> edit) {
    ObjectNode doc = document(map);
    edit.accept(doc);
    return read(doc);
  }

  /**
   * A map's JSON form, edited, read and checked as a whole.
   *
   * @throws ApiException 422 with every problem when it has errors
   */
  public static NetworkMap read(ObjectNode doc) {
    ReadResult read = MapChecker.check(JsonMapReader.read("map", Json.write(doc)), "map");
    if (read.hasErrors()) {
      throw MapProblems.refused(read.problems(), false);
    }
    return read.map();
  }

  /** The map's JSON form as a tree to edit. */
  public static ObjectNode document(NetworkMap map) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(JsonMapWriter.write(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the JSON map writer wrote what its reader cannot read", e);
    }
  }

  private static NetworkMap titled(NetworkMap map, String name) {
    return edited(map, doc -> doc.put("title", name));
  }
}
