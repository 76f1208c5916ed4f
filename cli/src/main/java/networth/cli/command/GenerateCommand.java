package networth.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.generate.NetworkGenerator;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.model.NetworkMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth generate}: a realistic network of any size, for trying and measuring. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Make a realistic network of any size.",
    description = {
      "Makes a realistic network: a few channels and other origins, people in layers (most close to",
      "the origins), opportunities at the end; heavy-tailed fan-out, acyclic by construction, dated",
      "links. The same seed gives the same network."
    },
    footer = {
      "%nExamples:",
      "  networth generate --people 1000 --links 5000 --opportunities 100 -o small.netmap",
      "  networth generate --people 1000000 --links 5000000 --opportunities 100000 -o big/"
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--people",
      required = true,
      paramLabel = "N",
      description = "People and other middle nodes.")
  int people;

  @Option(
      names = "--links",
      required = true,
      paramLabel = "M",
      description = "Links in all (every node but the origins gets at least one).")
  int links;

  @Option(
      names = "--opportunities",
      required = true,
      paramLabel = "K",
      description = "Opportunities: 60%% clients, 30%% prospects, 10%% lost.")
  int opportunities;

  @Option(
      names = "--channels",
      defaultValue = "" + NetworkGenerator.CHANNELS_DEFAULT,
      paramLabel = "C",
      description = "Channels (default: ${DEFAULT-VALUE}).")
  int channels;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Where to write: .netmap, .json, or a folder for the CSV pair.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (people < 0 || links < 0 || opportunities < 0 || channels < 1) {
      throw new BadArgumentException(
          "--people, --links and --opportunities must be 0 or more, --channels at least 1");
    }
    var err = spec.commandLine().getErr();
    err.println(
        "generating "
            + people
            + " people, "
            + opportunities
            + " opportunities, "
            + links
            + " links…");
    err.flush();
    NetworkMap map = new NetworkGenerator(people, links, opportunities, channels, seed).generate();
    err.println("writing " + output + "…");
    err.flush();
    List<Path> written = MapFiles.write(map, Layout.NONE, output);
    var out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }
}
