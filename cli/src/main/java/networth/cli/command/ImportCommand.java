package networth.cli.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.ImportView;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.cli.output.ProblemPrinter;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.imports.merge.MapMerge;
import networth.imports.merge.MergeReportJson;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.io.MapFormat;
import networth.io.ReadResult;
import networth.io.UnsupportedFormatException;
import networth.model.NetworkMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code networth import SOURCE FILE… --into MAP}: brings another program's files into a map. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Bring a network in from LinkedIn, Kumu, Gephi, yEd, vCards or X, merged into a map.",
    description = {
      "Reads the files another program writes and merges what they hold into MAP (created when",
      "missing), without duplicating anyone already there: a person is the map's person with the",
      "same profile URL, else the same e-mail, else the same name and no organisation that tells",
      "them apart (docs/imports.md). Importing the same files again changes nothing. Each node and",
      "link added remembers its file and row in its 'source' attribute. A file that cannot be read",
      "leaves the map as it was.",
      "",
      "SOURCE is one of: linkedin, kumu, gephi, gexf, graphml, vcard, x."
    },
    footer = {
      "%nExamples:",
      "  networth import linkedin Basic_LinkedInDataExport.zip --into network.netmap",
      "  networth import linkedin Connections.csv Invitations.csv --into network.netmap --dry-run",
      "  networth import kumu elements.csv connections.csv --into network.netmap",
      "  networth import vcard contacts.vcf --into network.netmap",
      "Then 'networth suggest network.netmap' lists the links the new data implies."
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "Which program wrote the files.")
  String source;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "The files: a zip as the program exports it, or the files inside it.")
  List<Path> files;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "MAP",
      description =
          "The map to merge into: a .netmap or .json file, or a folder of the CSV pair; created when missing.")
  Path into;

  @Option(
      names = {"-n", "--dry-run"},
      description = "Show what would change, item by item, without writing the map.")
  boolean dryRun;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json (docs/json-output.md).")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Importers importers = Importers.installed();
    Importer importer =
        importers
            .named(source)
            .orElseThrow(() -> new UnsupportedFormatException(importers.unknown(source)));
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UnsupportedFormatException("import writes its summary as text or json");
    }
    MapFormat form =
        MapFormat.of(into)
            .filter(MapFormat::isReadable)
            .orElseThrow(
                () ->
                    new UnsupportedFormatException(
                        "cannot merge into " + into + ": give a map, " + MapFormat.choices()));
    ReadResult current = current(form, err);
    if (current.hasErrors()) {
      err.println(
          "networth: "
              + into
              + " has errors: mend them (networth check "
              + into
              + ") before importing into it; it was not changed");
      err.flush();
      return ExitCodes.INPUT_PROBLEMS;
    }
    List<ImportFile> inputs = new ArrayList<>();
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
      inputs.add(ImportFile.of(p));
    }
    MapMerge.Merged merged;
    try {
      var found =
          networth.cli.Timings.phase("import", () -> importer.read(inputs, MapInput.progress(err)));
      List<String> names = inputs.stream().map(ImportFile::name).toList();
      merged =
          networth.cli.Timings.phase("merge", () -> MapMerge.merge(current.map(), found, names));
    } catch (ImportException e) {
      ProblemPrinter.print(e.problems(), err);
      err.println("networth: nothing was imported; " + into + " was not changed");
      err.flush();
      return ExitCodes.INPUT_PROBLEMS;
    }
    boolean write = !dryRun && (merged.report().changesMap() || !exists(form));
    if (write) {
      MapMerge.Merged m = merged;
      networth.cli.Timings.phase(
          "write",
          () -> {
            write(m.map(), current.layout(), form);
            return null;
          });
    }
    if (format == OutputFormat.JSON) {
      out.print(Json.write(MergeReportJson.of(merged.report(), write)));
    } else {
      out.print(ImportView.text(merged.report(), into.toString(), dryRun));
      out.println(
          dryRun
              ? "dry run: " + into + " was not written"
              : write ? "wrote " + into : "nothing new: " + into + " already holds it all");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private boolean exists(MapFormat form) {
    return form == MapFormat.CSV
        ? Files.isRegularFile(into.resolve(MapFiles.ELEMENTS))
        : Files.exists(into);
  }

  /** The map as it is on disk, or an empty one when there is none yet. */
  private ReadResult current(MapFormat form, PrintWriter err) throws Exception {
    if (!exists(form)) {
      return new ReadResult(
          NetworkMap.builder().build(), List.of(), new networth.io.Locations(), Layout.NONE);
    }
    // Only its errors are told: its warnings (names never declared…) are not the import's business.
    ReadResult read = MapInput.readFile(List.of(into), err);
    ProblemPrinter.print(read.errors(), err);
    return read;
  }

  /**
   * Writes the merged map; a map file is first read back from the text about to be written, so that
   * a map the format cannot hold is refused before anything on disk changes.
   */
  private void write(NetworkMap map, Layout layout, MapFormat form) throws Exception {
    if (form == MapFormat.NETMAP) {
      String text = networth.io.netmap.NetmapWriter.write(map, layout);
      ReadResult back =
          networth.cli.Timings.phase(
              "read back", () -> networth.io.netmap.NetmapReader.read(into.toString(), text));
      if (back.hasErrors()) {
        throw new IllegalStateException(
            "the merged map would not read back: " + back.errors().get(0).render());
      }
      if (!back.map().equals(map)) {
        throw new IllegalStateException(
            "the merged map would not read back as it is; " + into + " was not changed");
      }
      MapFiles.atomically(into, text);
      return;
    }
    MapFiles.write(map, layout, into);
  }
}
