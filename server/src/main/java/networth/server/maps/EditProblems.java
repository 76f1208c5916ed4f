package networth.server.maps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.diagnostics.Problem;
import networth.io.Layout;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.json.JsonMapReader;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.server.http.MapProblems;

/**
 * An edited map read and checked as a whole, and what the checker refuses placed where a person can
 * find it: a problem in the part the edit's body became names the body's member as a JSON Pointer
 * ({@code "pointer": "/value"}); a problem of the map as a whole (a cycle, a name used but not
 * declared elsewhere) gets the line and column in the map's {@code .netmap} text, as {@code GET
 * ...?format=netmap} writes the map the edit would make, so that the page's text editor can mark
 * it.
 */
final class EditProblems {

  /** The part of the JSON map an edit's body became: {@code nodes[3]}. */
  record Part(String list, int index) {}

  // "nodes[3] ('Emily').value.amount: ...": the JSON reader names a wrong value by its path.
  private static final Pattern PATH =
      Pattern.compile(
          "^(nodes|links|groups|affiliations)\\[(\\d+)\\](?: \\('.*?'\\))?(?:\\.([\\w.]+))?: ");

  private EditProblems() {}

  /**
   * The edited map, read and checked as a file would be.
   *
   * @throws ApiException 422 with every problem, placed as above, when it has errors
   */
  static NetworkMap read(ObjectNode doc, Optional<Part> part) {
    ReadResult read = MapChecker.check(JsonMapReader.read("map", Json.write(doc)), "map");
    if (!read.hasErrors()) {
      return read.map();
    }
    List<Problem> inPart = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    List<Problem> whole = new ArrayList<>();
    for (Problem p : read.problems()) {
      Optional<String> pointer = part.flatMap(at -> pointer(p, at));
      if (pointer.isPresent()) {
        inPart.add(p);
        pointers.add(pointer.get());
      } else {
        whole.add(p);
      }
    }
    ArrayNode problems = MapProblems.json(inPart, false);
    for (int i = 0; i < problems.size(); i++) {
      ((ObjectNode) problems.get(i)).put("pointer", pointers.get(i));
    }
    Optional<Problem> first = inPart.stream().filter(Problem::isError).findFirst();
    String where = first.map(p -> placeInBody(p, part)).orElse("");
    if (whole.stream().anyMatch(Problem::isError) || first.isEmpty()) {
      List<Problem> placed = inNetmap(read.map(), whole);
      boolean positioned = placed != whole;
      problems.addAll(MapProblems.json(placed, positioned));
      if (first.isEmpty()) {
        first = placed.stream().filter(Problem::isError).findFirst();
        Problem p = first.orElseThrow();
        where =
            positioned
                ? "line "
                    + p.position().line()
                    + ", column "
                    + p.position().column()
                    + " of the map's .netmap text: "
                : "";
      }
    }
    long errors = 0;
    for (var p : problems) {
      errors += p.path("severity").asText().equals("error") ? 1 : 0;
    }
    throw refused(errors, where, first.orElseThrow(), problems);
  }

  private static ApiException refused(
      long errors, String where, Problem first, ArrayNode problems) {
    return ApiException.unprocessable(
            "the change would leave the map with "
                + (errors == 1 ? "an error" : errors + " errors")
                + " and was not made; the first: "
                + where
                + first.message()
                + (first.hint().isEmpty() ? "" : " (" + first.hint() + ")"))
        .with("problems", problems);
  }

  /** The JSON Pointer into the body of a problem in {@code part}, if it is in that part. */
  private static Optional<String> pointer(Problem p, Part part) {
    Matcher m = PATH.matcher(p.message());
    if (!m.find()
        || !m.group(1).equals(part.list())
        || Integer.parseInt(m.group(2)) != part.index()) {
      return Optional.empty();
    }
    return Optional.of(m.group(3) == null ? "" : "/" + m.group(3).replace('.', '/'));
  }

  private static String placeInBody(Problem p, Optional<Part> part) {
    String pointer = part.flatMap(at -> pointer(p, at)).orElse("");
    return pointer.isEmpty() ? "in the body: " : "at " + pointer + " in the body: ";
  }

  /**
   * The problems of the map as a whole, as the checker finds them in the map's {@code .netmap} text
   * (positioned there); {@code fallback} itself when that text shows none of them.
   */
  private static List<Problem> inNetmap(NetworkMap map, List<Problem> fallback) {
    String text = NetmapWriter.write(map, Layout.NONE);
    ReadResult again = MapChecker.check(NetmapReader.read("map.netmap", text), "map.netmap");
    return again.hasErrors() ? again.problems() : fallback;
  }
}
