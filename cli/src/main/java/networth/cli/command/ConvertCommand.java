package networth.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.io.MapFiles;
import networth.io.MapFormat;
import networth.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth convert IN… -o OUT}: the same map in another form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    header = "Convert a map between .netmap, .json and the CSV pair.",
    description = {
      "Converts a map between its forms, chosen by extension: .netmap, .json, and the CSV sheet pair",
      "that Kumu and Gephi import (elements.csv and connections.csv; -o a folder to write them into).",
      "For other tools it also writes .dot (Graphviz), .mmd (Mermaid), .graphml (yEd), .gexf (Gephi,",
      "with colours and layered positions) and .cyjs (Cytoscape.js).",
      "A map with errors is not converted."
    },
    footer = {
      "%nExamples:",
      "  networth convert examples/power-of-the-network.netmap -o map.json",
      "  networth convert examples/power-of-the-network.netmap -o sheets/",
      "  networth convert sheets/elements.csv sheets/connections.csv -o map.netmap",
      "  networth convert examples/power-of-the-network.netmap -o map.gexf"
    })
public final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Where to write: a .netmap or .json file, or a folder for the CSV pair.")
  Path output;

  @Override
  public Integer call() throws Exception {
    // Only a .netmap is written with the layout of the file read (its order, comments and blank
    // lines); every other form is the map alone, which a kept snapshot gives as well.
    boolean keepsLayout = MapFormat.of(output).filter(f -> f == MapFormat.NETMAP).isPresent();
    var err = spec.commandLine().getErr();
    ReadResult read = keepsLayout ? input.readFile(err) : input.read(err);
    if (read.hasErrors()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    List<Path> written =
        networth.cli.Timings.phase(
            "write", () -> MapFiles.write(read.map(), read.layout(), output));
    var out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }
}
