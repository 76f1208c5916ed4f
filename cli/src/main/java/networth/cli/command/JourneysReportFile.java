package networth.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.cli.ExitCodes;
import networth.io.MapFiles;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.TimeDecay;
import networth.journeys.read.BadRows;
import networth.journeys.read.JourneyInputException;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.PathColumns;
import networth.journeys.read.Progress;
import networth.journeys.read.Sources;
import networth.render.journeys.JourneysFindings;
import networth.render.journeys.JourneysReport;
import networth.render.report.HtmlReport;
import networth.render.report.MarkdownReport;
import networth.render.report.Report;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code networth report JOURNEYS}: the report of a journeys file rather than a map. A file is
 * taken for journeys by its header, as {@code networth journeys} reads it: a {@code path} column
 * (ChannelAttribution's path format) or a {@code journey_id} column (one touchpoint a row), plain
 * or gzip. A map's sheets name neither, so the same command reports on both.
 */
final class JourneysReportFile {

  private static final PathColumns PATH_COLUMNS =
      new PathColumns(
          PathColumns.PATH_DEFAULT,
          PathColumns.CONVERSIONS_DEFAULT,
          Optional.empty(),
          Optional.empty());
  private static final LongColumns LONG_COLUMNS =
      new LongColumns(
          LongColumns.JOURNEY_DEFAULT,
          LongColumns.TIMESTAMP_DEFAULT,
          LongColumns.CHANNEL_DEFAULT,
          Optional.empty(),
          Optional.empty());

  private JourneysReportFile() {}

  /** Whether {@code files} is one journeys file: its header names a path or a journey id column. */
  static boolean is(List<Path> files) {
    if (files.size() != 1 || !Files.isRegularFile(files.get(0))) {
      return false;
    }
    String name = files.get(0).getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".netmap") || name.endsWith(".json")) {
      return false;
    }
    try (BufferedReader in = Sources.open(files.get(0).toString(), System.in)) {
      String line = in.readLine();
      if (line == null) {
        return false;
      }
      List<CSVRecord> records =
          CSVFormat.DEFAULT.builder().get().parse(new StringReader(line)).getRecords();
      if (records.isEmpty()) {
        return false;
      }
      List<String> header =
          records.get(0).stream().map(s -> s.replace("\uFEFF", "").strip()).toList();
      return header.contains(PATH_COLUMNS.path()) || header.contains(LONG_COLUMNS.journey());
    } catch (IOException | RuntimeException e) {
      // Not readable as text: not a journeys file; the map's reader says what is wrong with it.
      return false;
    }
  }

  /**
   * Reads the journeys, computes every model and writes the report to {@code output} (HTML or
   * Markdown as {@code kind} says); bad rows stop it with their place and exit code 1.
   */
  static int write(
      Path file, Optional<Path> output, ReportCommand.Kind kind, PrintWriter out, PrintWriter err)
      throws Exception {
    TimeDecay decay = new TimeDecay(TimeDecay.HALF_LIFE_DAYS_DEFAULT);
    JourneysInput.Read read;
    try {
      read =
          JourneysInput.read(
              file.toString(),
              System.in,
              PATH_COLUMNS,
              LONG_COLUMNS,
              LongFormatReader.Order.ANY,
              BadRows.stop(),
              Progress.NONE,
              decay);
    } catch (NoSuchFileException e) {
      err.println("networth: " + file + ": no such file");
      err.flush();
      return ExitCodes.IO;
    } catch (JourneyInputException e) {
      err.println(
          "networth: "
              + e.getMessage()
              + (e.getMessage().contains("docs/") ? "" : " (see docs/journeys.md)"));
      err.flush();
      return ExitCodes.INPUT_PROBLEMS;
    }
    boolean timed = read.format() == JourneysInput.Format.LONG;
    Optional<ChannelCredits> timeDecay =
        timed ? Optional.of(decay.credits(read.table().channels())) : Optional.empty();
    JourneysFindings findings = JourneysFindings.of(read.table(), timeDecay);
    String what =
        String.format(Locale.ROOT, "%,d rows", read.rows())
            + (timed ? ", one touchpoint a row" : " in the path format");
    Report report = JourneysReport.build(findings, file.toString(), what);
    Path target = output.orElseGet(() -> defaultOutput(file, kind));
    List<Path> written = new ArrayList<>();
    if (kind == ReportCommand.Kind.HTML) {
      written.add(MapFiles.atomically(target, HtmlReport.write(report, JourneysReport.FRAMING)));
    } else {
      String name = target.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot < 0 ? name : name.substring(0, dot);
      Map<String, String> files =
          new java.util.LinkedHashMap<>(MarkdownReport.files(report, stem, JourneysReport.FRAMING));
      String markdown = files.remove(stem + ".md");
      // The pictures first, so that the Markdown never links to a picture not yet written.
      for (Map.Entry<String, String> picture : files.entrySet()) {
        written.add(
            MapFiles.atomically(target.resolveSibling(picture.getKey()), picture.getValue()));
      }
      written.add(0, MapFiles.atomically(target, markdown));
    }
    written.forEach(p -> out.println("wrote " + p));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code paths.report.html} for {@code paths.csv} or {@code paths.csv.gz}, here. */
  private static Path defaultOutput(Path file, ReportCommand.Kind kind) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return Path.of(stem + ".report" + (kind == ReportCommand.Kind.HTML ? ".html" : ".md"));
  }
}
