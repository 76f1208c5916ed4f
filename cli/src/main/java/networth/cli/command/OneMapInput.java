package networth.cli.command;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The map of a command that takes more arguments after it: one file, or a folder holding the
 * spreadsheet pair.
 */
public final class OneMapInput {

  @Parameters(
      index = "0",
      paramLabel = "MAP",
      description =
          "The map: a .netmap or .json file, or a folder holding elements.csv and connections.csv.")
  Path file;

  List<Path> files() {
    return List.of(file);
  }
}
