package networth.cli.output;

import java.io.PrintWriter;
import java.util.List;
import networth.diagnostics.Problem;

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
          count(errors, "error")
              + (warnings > 0 ? ", " + count(warnings, "warning") : "")
              + ": fix the errors and run again.");
    }
    err.flush();
  }

  /** "1 error", "2 errors". */
  public static String count(long n, String word) {
    return count(n, word, word + "s");
  }

  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
