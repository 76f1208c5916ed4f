package networth.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.model.NetworkMap;
import networth.print.pdf.PdfWriter;
import networth.print.png.PngWriter;
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
      "and the headline. -o ending in .svg, .png or .pdf draws it; .dot, .mmd, .graphml, .gexf or",
      ".cyjs exports it for another tool, as convert does."
    },
    footer = {
      "%nExamples:",
      "  networth render examples/power-of-the-network.netmap -o map.svg",
      "  networth render examples/power-of-the-network.netmap -o map.png --scale 2",
      "  networth render examples/power-of-the-network.netmap -o map.pdf",
      "  networth render examples/power-of-the-network.netmap -o map.gexf",
      "  networth render examples/power-of-the-network.netmap --focus \"Client 1\" -o client1.svg",
      "  networth render big.netmap --focus Emily --depth 2 -o emily.svg"
    })
public final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description =
          "The picture: .svg, .png, .pdf, or an export (.dot, .mmd, .graphml, .gexf, .cyjs).")
  Path output;

  @Option(
      names = "--scale",
      defaultValue = "1",
      paramLabel = "S",
      description = "For .png: pixels per unit, 2 for sharp slides (default: ${DEFAULT-VALUE}).")
  double scale;

  @Mixin FocusOption focus;

  @Override
  public Integer call() throws Exception {
    if (!(scale > 0) || scale > 16) {
      throw new BadArgumentException("--scale must be more than 0 and at most 16, was " + scale);
    }
    focus.check();
    ReadResult read = input.read(spec.commandLine().getErr());
    if (read.hasErrors()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    NetworkMap drawn = focus.apply(read.map());
    List<Path> written;
    String name = output.toString().toLowerCase(Locale.ROOT);
    var err = spec.commandLine().getErr();
    Consumer<String> notices = notice -> err.println("networth: " + notice);
    if (name.endsWith(".svg")) {
      String svg = Timings.phase("render", () -> SvgWriter.write(drawn, notices));
      written = List.of(MapFiles.atomically(output, svg));
    } else if (name.endsWith(".pdf")) {
      byte[] pdf = Timings.phase("render", () -> PdfWriter.write(SvgWriter.write(drawn, notices)));
      written = List.of(MapFiles.atomically(output, pdf));
    } else if (name.endsWith(".png")) {
      byte[] png =
          Timings.phase("render", () -> PngWriter.write(SvgWriter.write(drawn, notices), scale));
      written = List.of(MapFiles.atomically(output, png));
    } else {
      written = MapFiles.write(drawn, Layout.NONE, output);
    }
    var out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }
}
