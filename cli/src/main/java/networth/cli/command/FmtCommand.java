package networth.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.InertControls;
import networth.cli.output.ProblemPrinter;
import networth.io.IoWriter;
import networth.io.MapFiles;
import networth.io.MapFormat;
import networth.io.ReadResult;
import networth.io.UnsupportedFormatException;
import networth.io.netmap.NetmapWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code networth fmt FILE…}: rewrites map files in canonical form. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    header = "Rewrite map files in canonical form.",
    description = {
      "Rewrites .netmap files in canonical form: one spacing, aligned declarations, quotes only where needed.",
      "Keeps the order of the statements, the comments and the blank lines between them. A file with errors is left as it is."
    },
    footer = {
      "%nExamples:",
      "  networth fmt examples/power-of-the-network.netmap",
      "  networth fmt --check maps/*.netmap     (in CI: exit 1 if a file is not formatted)"
    })
public final class FmtCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .netmap files.")
  List<Path> files;

  @Option(
      names = "--check",
      description =
          "Change nothing; list the files that are not formatted and exit with 1 if there are any.")
  boolean check;

  @Option(
      names = "--stdout",
      description = "Print the formatted map instead of rewriting the file.")
  boolean stdout;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean problems = false;
    for (Path file : files) {
      if (MapFormat.of(file).orElse(null) != MapFormat.NETMAP) {
        throw new UnsupportedFormatException(
            "fmt formats .netmap files; " + file + " is not one (use convert for other forms)");
      }
      ReadResult read = MapFiles.read(List.of(file));
      if (read.hasErrors()) {
        ProblemPrinter.print(read.errors(), err);
        problems = true;
        continue;
      }
      // The canonical text is streamed: compared with the file's bytes as it is written, never
      // held whole beside the file's text (a million-node map is a few hundred megabytes of it).
      IoWriter formatted = w -> NetmapWriter.write(read.map(), read.layout(), w);
      if (stdout) {
        // The map's exact text, for a pipe or an editor: control characters pass as they are.
        PrintWriter raw = InertControls.raw(out);
        formatted.write(raw);
        raw.flush();
      } else if (check) {
        if (!networth.cli.Timings.phase("compare", () -> MapFiles.holds(file, formatted))) {
          out.println(file);
          problems = true;
        }
      } else if (networth.cli.Timings.phase(
          "write", () -> MapFiles.replaceIfChanged(file, formatted))) {
        out.println("formatted " + file);
      }
    }
    out.flush();
    return problems ? ExitCodes.INPUT_PROBLEMS : ExitCodes.OK;
  }
}
