package networth.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.cli.output.ProblemPrinter;
import networth.diagnostics.Problem;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.model.NetworkMap;
import networth.render.text.TextTable;
import networth.text.MapWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth check MAP}: reports every problem in a map, with its place. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Report every problem in a map, with its place.",
    description = {
      "Reads a map and reports every problem at once, each with file:line:column and what to do.",
      "Errors (a bad date, a duplicate id, a cycle…) exit with 1; warnings (a name used but never declared) do not, unless --strict."
    },
    footer = {"%nExample:%n  networth check examples/power-of-the-network.netmap"})
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = FormatOption.FORMATS + " (csv and md: a table of the problems).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    ReadResult read = MapFiles.read(input.files);
    boolean failed = read.hasErrors() || (strict && !read.problems().isEmpty());
    NetworkMap map = read.map();
    if (format == OutputFormat.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("ok", !failed);
      json.put("nodes", map.nodes().size());
      json.put("links", map.links().size());
      json.put("groups", map.groups().size());
      json.put("opportunities", opportunities(map));
      json.put("affiliations", map.affiliations().size());
      json.put("problems", read.problems().stream().map(CheckCommand::json).toList());
      out.print(Json.write(json));
      out.flush();
    } else if (format == OutputFormat.CSV || format == OutputFormat.MD) {
      // The problems as a table for a spreadsheet or a note; the exit code says whether it failed.
      TextTable t = new TextTable("FILE", ">LINE", ">COLUMN", "SEVERITY", "MESSAGE", "HINT");
      for (Problem p : read.problems()) {
        t.row(
            p.position().source(),
            String.valueOf(p.position().line()),
            String.valueOf(p.position().column()),
            p.severity().word(),
            p.message(),
            p.hint());
      }
      out.print(format.table(t));
      out.flush();
    } else {
      ProblemPrinter.print(read.problems(), spec.commandLine().getErr());
      if (!read.hasErrors()) {
        long warnings = read.problems().size();
        out.println(
            (failed ? "not ok: " : "ok: ")
                + input.files.get(0)
                + ": "
                + MapWords.count(map.nodes().size(), "node")
                + ", "
                + MapWords.count(map.links().size(), "link")
                + ", "
                + MapWords.count(map.groups().size(), "group")
                + ", "
                + MapWords.count(opportunities(map), "opportunity", "opportunities")
                + (map.affiliations().isEmpty()
                    ? ""
                    : ", " + MapWords.count(map.affiliations().size(), "affiliation"))
                + (warnings > 0 ? "; " + MapWords.count(warnings, "warning") : ""));
        out.flush();
      }
    }
    return failed ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
  }

  /** Opportunities as the analyses count them: each further deal of a client is one more. */
  private static long opportunities(NetworkMap map) {
    return map.opportunities().stream().mapToLong(n -> 1 + n.laterDeals().size()).sum();
  }

  private static Map<String, Object> json(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", p.severity().word());
    m.put("file", p.position().source());
    m.put("line", p.position().line());
    m.put("column", p.position().column());
    m.put("message", p.message());
    m.put("hint", p.hint());
    return m;
  }
}
