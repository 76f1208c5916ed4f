package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command, with what it printed. */
record Run(int exit, String out, String err) {

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Networth.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** What a run that must succeed printed, read as JSON (the arguments ask for it). */
  static JsonNode json(String... args) throws Exception {
    Run run = of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  /** The element of a JSON array whose {@code field} is {@code name}. */
  static JsonNode named(JsonNode array, String field, String name) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no " + name + " in " + array);
  }
}
