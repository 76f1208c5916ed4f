package networth.cli.output;

import java.io.PrintWriter;
import java.util.List;
import networth.diagnostics.Problem;
import networth.text.MapWords;

/** Prints problems as a compiler does, each with its place, then a count. */
public final class ProblemPrinter {

  private ProblemPrinter() {}

  public static void print(List<Problem> problems, PrintWriter err) {
    for (Problem p : problems) {
      err.println(p.render());
      err.println();
    }
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    if (errors > 0) {
      err.println(
          MapWords.count(errors, "error")
              + (warnings > 0 ? ", " + MapWords.count(warnings, "warning") : "")
              + ": fix the errors and run again.");
    }
    err.flush();
  }
}
