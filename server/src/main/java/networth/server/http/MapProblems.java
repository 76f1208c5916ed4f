package networth.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.diagnostics.Problem;

/**
 * The checker's problems as JSON, for the page to mark at their line: each with its severity, line,
 * column, length, message and hint, exactly as the command line prints them.
 */
public final class MapProblems {

  // "nodes[3] ('Emily').kind: unknown kind": the JSON reader names a wrong value by its path.
  private static final Pattern FIELD =
      Pattern.compile(
          "^(?:nodes|links|groups|affiliations)\\[\\d+\\](?: \\('.*?'\\))?\\.([\\w.]+)");

  private MapProblems() {}

  /** Every problem; {@code positioned} false leaves out places that only the server's text has. */
  public static ArrayNode json(List<Problem> problems, boolean positioned) {
    ArrayNode all = Json.MAPPER.createArrayNode();
    for (Problem p : problems) {
      ObjectNode o = all.addObject();
      o.put("severity", p.severity().word());
      if (positioned) {
        o.put("line", p.position().line());
        o.put("column", p.position().column());
        o.put("length", p.length());
      }
      o.put("message", p.message());
      o.put("hint", p.hint());
      Matcher field = FIELD.matcher(p.message());
      if (field.find()) {
        o.put("field", field.group(1));
      }
    }
    return all;
  }

  /** 422 with every problem of a map that has errors. */
  public static ApiException refused(List<Problem> problems, boolean positioned) {
    long errors = problems.stream().filter(Problem::isError).count();
    Problem first = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
    String where =
        positioned
            ? "line " + first.position().line() + ", column " + first.position().column() + ": "
            : "";
    return ApiException.unprocessable(
            "the map has "
                + (errors == 1 ? "an error" : errors + " errors")
                + " and was not stored; the first: "
                + where
                + first.message()
                + (first.hint().isEmpty() ? "" : " (" + first.hint() + ")"))
        .with("problems", json(problems, positioned));
  }
}
