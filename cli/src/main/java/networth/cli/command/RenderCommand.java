package networth.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.render.svg.SvgWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth render MAP -o map.svg}: the annotated network map as a picture. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    header = "Draw the annotated network map.",
    description = {
      "Draws the map laid out in layers (Eclipse Layout Kernel): origins on the left, opportunities on",
      "the right; a shape and colour per kind, a marker per group, opportunities sized by weight and",
      "marked won, open or lost, link notes along the links, keystones in bold, a legend, the title",
      "and the headline. -o ending in .svg draws it; .dot, .mmd, .graphml, .gexf or .cyjs exports it",
      "for another tool, as convert does."
    },
    footer = {
      "%nExamples:",
      "  networth render examples/power-of-the-network.netmap -o map.svg",
      "  networth render examples/power-of-the-network.netmap -o map.gexf"
    })
public final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The picture: .svg, or an export (.dot, .mmd, .graphml, .gexf, .cyjs).")
  Path output;

  @Override
  public Integer call() throws Exception {
    ReadResult read = input.read(spec.commandLine().getErr());
    if (read.hasErrors()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    List<Path> written;
    if (output.toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      String svg = Timings.phase("render", () -> SvgWriter.write(read.map()));
      written = List.of(MapFiles.atomically(output, svg));
    } else {
      written = MapFiles.write(read.map(), Layout.NONE, output);
    }
    var out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }
}
