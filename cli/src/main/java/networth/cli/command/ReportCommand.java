package networth.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.OutputFormat;
import networth.cli.output.PeriodView;
import networth.io.MapFiles;
import networth.render.report.HtmlReport;
import networth.render.report.MarkdownReport;
import networth.render.report.Report;
import networth.render.report.ReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth report MAP -o report.html}: the whole answer in one page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    header = "Write a self-contained report: headlines, the interactive map, charts and tables.",
    description = {
      "Writes everything networth can say about a map in one page: the headlines, the map (click an",
      "opportunity to light up its routes, a channel to light up what it touched), credit per channel",
      "and per group under every model side by side, the flow from origins to opportunities, routes",
      "and critical nodes, what-if per group, connectors, return on networking and the timeline.",
      "The HTML file holds everything it needs (styles, script, pictures): no network access, nothing",
      "fetched, and printing it from a browser gives clean pages. --format md writes the same content",
      "as Markdown, each picture as an SVG file beside it. --focus reports on one node's story: what",
      "led to it and what it led to. Maps of more than 5,000 nodes are reported without the map.",
      "Given a journeys file instead (a CSV, plain or gzip, whose header names a path or a",
      "journey_id column, as networth journeys reads it), the report shows every attribution model's",
      "credit per channel side by side, the Markov removal effects, the transition matrix as a heat",
      "map, the most common paths and the Markov order chosen (docs/journeys-report.md)."
    },
    footer = {
      "%nExamples:",
      "  networth report examples/power-of-the-network.netmap -o report.html",
      "  networth report examples/power-of-the-network.netmap -o report.md",
      "  networth report big.netmap --focus \"Client 1\" --depth 3 -o client1.html",
      "  networth report elements.csv connections.csv -o team.html",
      "  networth report paths.csv.gz -o journeys.html"
    })
public final class ReportCommand implements Callable<Integer> {

  /** The report's formats. */
  enum Kind {
    HTML,
    MD
  }

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FocusOption focus;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "The file to write, .html or .md (default: the map's name with .report.html, here).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "html or md (or markdown) (default: from the extension of -o, else html).")
  String format;

  @Override
  public Integer call() throws Exception {
    Kind kind = kind();
    focus.check();
    if (JourneysReportFile.is(input.files)) {
      if (focus.focus != null || period.from != null || period.to != null) {
        throw new BadArgumentException(
            "--focus, --from and --to are for a map's report, not a journeys file's");
      }
      return JourneysReportFile.write(
          input.files.get(0),
          Optional.ofNullable(output),
          kind,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
    return Analysis.with(
        input.files,
        period,
        OutputFormat.TEXT,
        spec,
        whole -> write(kind, whole.of(focus.apply(whole.map))));
  }

  private int write(Kind kind, Analysis a) throws Exception {
    String source =
        String.join(" and ", input.files.stream().map(Path::toString).toList())
            + (focus.focus == null
                ? ""
                : ", around "
                    + focus.focus
                    + (focus.depth == null ? "" : " (at most " + focus.depth + " links away)"))
            + (a.period.period().isAlways()
                ? ""
                : ". " + PeriodView.sentence(a.period).replaceAll("\\.$", ""));
    Report report = ReportBuilder.build(a.map, a.graph, source, Timings.PHASES, a.period.period());
    Path target = output != null ? output : defaultOutput(kind);
    List<Path> written = new ArrayList<>();
    if (kind == Kind.HTML) {
      String html = Timings.phase("write", () -> HtmlReport.write(report));
      written.add(MapFiles.atomically(target, html));
    } else {
      String name = target.getFileName().toString();
      String stem =
          name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.'));
      Map<String, String> files = new java.util.LinkedHashMap<>(MarkdownReport.files(report, stem));
      String markdown = files.remove(stem + ".md");
      // The pictures first, so that the Markdown never links to a picture not yet written; the
      // Markdown goes to the file named, whatever its extension.
      written.add(target);
      for (Map.Entry<String, String> picture : files.entrySet()) {
        written.add(
            MapFiles.atomically(target.resolveSibling(picture.getKey()), picture.getValue()));
      }
      MapFiles.atomically(target, markdown);
    }
    var out = spec.commandLine().getOut();
    written.forEach(p -> out.println("wrote " + p));
    if (kind == Kind.HTML) {
      out.println("Open it in a browser; click an opportunity on the map to light up its routes.");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Kind kind() {
    Optional<Kind> fromName = Optional.empty();
    if (output != null) {
      String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".html") || name.endsWith(".htm")) {
        fromName = Optional.of(Kind.HTML);
      } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
        fromName = Optional.of(Kind.MD);
      }
    }
    if (format == null) {
      if (output != null && fromName.isEmpty()) {
        throw new BadArgumentException(
            "-o "
                + output
                + ": a report is written as .html or .md; name the file so, or give --format html|md");
      }
      return fromName.orElse(Kind.HTML);
    }
    Kind asked =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "html" -> Kind.HTML;
          case "md", "markdown" -> Kind.MD;
          default ->
              throw new BadArgumentException("--format " + format + ": a report is html or md");
        };
    if (fromName.isPresent() && fromName.get() != asked) {
      throw new BadArgumentException(
          "--format "
              + format
              + " but -o "
              + output
              + " is named as "
              + fromName.get().name().toLowerCase(Locale.ROOT)
              + "; make them agree");
    }
    return asked;
  }

  private Path defaultOutput(Kind kind) {
    String name = input.files.get(0).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Path.of(stem + ".report" + (kind == Kind.HTML ? ".html" : ".md"));
  }
}
