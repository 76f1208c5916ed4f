package networth.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import networth.cli.output.ProblemPrinter;
import networth.io.MapFiles;
import networth.io.ReadResult;
import picocli.CommandLine.Parameters;

/** The map a command works on: one file, or the two sheets of a spreadsheet map. */
public final class MapInput {

  @Parameters(
      arity = "1..2",
      paramLabel = "MAP",
      description =
          "The map: a .netmap or .json file, or the elements and connections .csv sheets (or a folder holding elements.csv and connections.csv).")
  List<Path> files;

  /** Reads and checks the map, printing its problems to {@code err}. */
  public ReadResult read(PrintWriter err) throws Exception {
    return read(files, err);
  }

  /** At a terminal, a line on standard error that counts the rows of a large sheet as they come. */
  static networth.io.Progress progress(PrintWriter err) {
    if (System.console() == null) {
      return networth.io.Progress.NONE;
    }
    return (source, rows, done) -> {
      err.print(
          String.format(
              java.util.Locale.ROOT, "\rreading %s: %,d rows%s", source, rows, done ? "\n" : "…"));
      err.flush();
    };
  }

  static ReadResult read(List<Path> files, PrintWriter err) throws Exception {
    ReadResult read = readQuietly(files, err);
    ProblemPrinter.print(read.problems(), err);
    return read;
  }

  /** Reads and checks the map, leaving its problems to the caller to print. */
  static ReadResult readQuietly(List<Path> files, PrintWriter err) throws Exception {
    return networth.cli.Timings.phase("read", () -> MapFiles.read(files, progress(err)));
  }
}
