package networth.server.maps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import networth.engine.Within;
import networth.io.Layout;
import networth.io.csv.CsvMapWriter;
import networth.io.export.CytoscapeWriter;
import networth.io.export.DotWriter;
import networth.io.export.GexfWriter;
import networth.io.export.GraphmlWriter;
import networth.io.export.MermaidWriter;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;
import networth.model.Period;
import networth.render.report.HtmlReport;
import networth.render.report.MarkdownReport;
import networth.render.report.Report;
import networth.render.report.ReportBuilder;
import networth.render.svg.SvgPrinter;
import networth.render.svg.SvgWriter;
import networth.server.analysis.Workspaces;
import networth.server.http.ApiException;

/**
 * A stored map in every form the command line writes: the map's own forms, the exports for other
 * tools, the pictures and the report. Forms of several files (the CSV pair, the Markdown report
 * with its pictures) come as one zip.
 */
public enum Downloads {
  JSON("json", "application/json; charset=utf-8", ".json"),
  NETMAP("netmap", "text/plain; charset=utf-8", ".netmap"),
  CSV("csv", "application/zip", ".csv.zip"),
  DOT("dot", "text/vnd.graphviz; charset=utf-8", ".dot"),
  MMD("mmd", "text/plain; charset=utf-8", ".mmd"),
  GRAPHML("graphml", "application/graphml+xml; charset=utf-8", ".graphml"),
  GEXF("gexf", "application/xml; charset=utf-8", ".gexf"),
  CYJS("cyjs", "application/json; charset=utf-8", ".cyjs"),
  SVG("svg", "image/svg+xml; charset=utf-8", ".svg"),
  PDF("pdf", "application/pdf", ".pdf"),
  PNG("png", "image/png", ".png"),
  HTML("html", "text/html; charset=utf-8", ".report.html"),
  MD("md", "application/zip", ".report.zip");

  private final String word;
  private final String contentType;
  private final String suffix;

  Downloads(String word, String contentType, String suffix) {
    this.word = word;
    this.contentType = contentType;
    this.suffix = suffix;
  }

  public String word() {
    return word;
  }

  public String contentType() {
    return contentType;
  }

  /** The file name offered: the map's title made safe, with this form's ending. */
  public String fileName(NetworkMap map, String id) {
    String stem =
        map.settings()
            .title()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return (stem.isEmpty() ? "map-" + id : stem) + suffix;
  }

  /**
   * The form a word names.
   *
   * @throws ApiException 400 naming the parameter and the forms, for any other word
   */
  public static Downloads of(String word) {
    for (Downloads d : values()) {
      if (d.word.equalsIgnoreCase(word.strip())) {
        return d;
      }
    }
    throw ApiException.badParameter(
        "format",
        "format="
            + word
            + " is not a form networth writes: use one of "
            + String.join(", ", Arrays.stream(values()).map(Downloads::word).toList()));
  }

  /**
   * The map in this form.
   *
   * @param scale for PNG: pixels per unit
   * @param opened the same version opened by the engine, for the report
   */
  public byte[] write(NetworkMap map, double scale, Workspaces.Opened opened) {
    return write(map, scale, opened, SvgPrinter::find);
  }

  /**
   * The same, with the PNG and PDF printers found by {@code printers}.
   *
   * @throws ApiException 501 for PNG or PDF when no printer of that format is found
   */
  public byte[] write(
      NetworkMap map,
      double scale,
      Workspaces.Opened opened,
      Function<String, Optional<SvgPrinter>> printers) {
    return switch (this) {
      case JSON -> utf8(JsonMapWriter.write(map));
      case NETMAP -> utf8(NetmapWriter.write(map, Layout.NONE));
      case CSV -> {
        CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(networth.io.MapFiles.ELEMENTS, sheets.elements());
        files.put(networth.io.MapFiles.CONNECTIONS, sheets.connections());
        yield zip(files);
      }
      case DOT -> utf8(DotWriter.write(map));
      case MMD -> utf8(MermaidWriter.write(map));
      case GRAPHML -> utf8(GraphmlWriter.write(map));
      case GEXF -> utf8(GexfWriter.write(map));
      case CYJS -> utf8(CytoscapeWriter.write(map));
      case SVG -> utf8(SvgWriter.write(map));
      case PDF, PNG -> printer(printers).print(SvgWriter.write(map), scale);
      case HTML -> utf8(HtmlReport.write(report(opened)));
      case MD -> {
        String stem = "report";
        yield zip(MarkdownReport.files(report(opened), stem));
      }
    };
  }

  private SvgPrinter printer(Function<String, Optional<SvgPrinter>> printers) {
    return printers
        .apply(word)
        .orElseThrow(
            () ->
                new ApiException(
                    501,
                    "Not implemented",
                    "this server was built without PNG/PDF (networth-print is not on its class"
                        + " path): download the map as ?format=svg, or use the networth command,"
                        + " which writes "
                        + word.toUpperCase(Locale.ROOT)));
  }

  private static Report report(Workspaces.Opened opened) {
    Within w = opened.workspace().within(Period.ALWAYS);
    return ReportBuilder.build(
        w.map(),
        w.graph(),
        "map " + opened.id() + ", version " + opened.version(),
        networth.analysis.attribution.ModelComparison.Phases.NONE,
        Period.ALWAYS);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(utf8(f.getValue()));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not zip in memory", e);
    }
    return bytes.toByteArray();
  }
}
