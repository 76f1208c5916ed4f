package networth.render.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import networth.render.report.Report.Block;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.Markup;

/**
 * Writes a report as one self-contained HTML page: the style sheet (with a print style) and the
 * small script that lights up routes on the map are inline, the pictures are inline SVG, and
 * nothing is fetched from anywhere, so the file can be mailed or opened offline.
 */
public final class HtmlReport {

  /** How to use the interactive map, said under it. */
  static final String MAP_HINT =
      "Drag (or swipe) to move around the map. Click (or hover over) an opportunity to light up"
          + " every route to it; click a channel, or any other node, to light up everything it led"
          + " to; click an empty spot to see the whole map again.";

  private HtmlReport() {}

  public static String write(Report report) {
    return write(report, Framing.MAP);
  }

  /** The same with the sentences around the content said for what the report is about. */
  public static String write(Report report, Framing framing) {
    StringBuilder s = new StringBuilder(64 * 1024);
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"networth\">\n")
        .append("<title>")
        .append(Markup.escape(report.title()))
        .append(" — networth report</title>\n<style>\n")
        .append(resource("report.css"))
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Markup.escape(report.title()))
        .append("</h1>\n<p class=\"source\">")
        .append(Markup.escape(framing.lead()))
        .append(' ')
        .append(Markup.escape(report.source()))
        .append(".</p>\n");
    if (!report.headlines().isEmpty()) {
      s.append("<ul class=\"headlines\">\n");
      report.headlines().forEach(h -> s.append("<li>").append(Markup.escape(h)).append("</li>\n"));
      s.append("</ul>\n");
    }
    s.append("</header>\n<nav class=\"toc\">");
    for (Section section : report.sections()) {
      s.append("<a href=\"#")
          .append(Markup.escape(section.id()))
          .append("\">")
          .append(Markup.escape(section.title()))
          .append("</a>");
    }
    s.append("</nav>\n<main>\n");
    for (Section section : report.sections()) {
      s.append("<section id=\"")
          .append(Markup.escape(section.id()))
          .append("\">\n<h2>")
          .append(Markup.escape(section.title()))
          .append("</h2>\n");
      section.blocks().forEach(b -> s.append(block(b)));
      s.append("</section>\n");
    }
    s.append("</main>\n<footer>Made with networth from ")
        .append(Markup.escape(report.source()))
        .append(". ")
        .append(Markup.escape(framing.basis()))
        .append("</footer>\n<script>\n")
        .append(resource("report.js"))
        .append("</script>\n</body>\n</html>\n");
    return s.toString();
  }

  private static String block(Block b) {
    if (b instanceof Paragraph p) {
      return "<p>" + Markup.escape(p.text()) + "</p>\n";
    }
    if (b instanceof Bullets l) {
      StringBuilder s = new StringBuilder("<ul>\n");
      l.items().forEach(i -> s.append("<li>").append(Markup.escape(i)).append("</li>\n"));
      return s.append("</ul>\n").toString();
    }
    if (b instanceof Table t) {
      // A table wider than the screen scrolls sideways in its own box (focusable, so that a
      // keyboard can scroll it too) rather than squeezing its columns or widening the page.
      return "<p class=\"caption\">"
          + Markup.escape(t.caption())
          + "</p>\n<div class=\"table-frame\" tabindex=\"0\" role=\"region\" aria-label=\""
          + Markup.escape(t.caption())
          + "\">\n"
          + t.table().html()
          + "</div>\n";
    }
    Figure f = (Figure) b;
    return "<figure class=\""
        + (f.map() ? "map" : "chart")
        + "\">\n"
        + (f.map() ? "<button type=\"button\" class=\"zoom\">Fit to width</button>\n" : "")
        + "<div class=\""
        + (f.map() ? "map-frame" : "chart-frame")
        + "\">\n"
        + inline(f.svg())
        + "</div>\n<figcaption>"
        // How to use the screen's map: left out on paper, where it would only take room.
        + (f.map() ? "<span class=\"hint\">" + MAP_HINT + " </span>" : "")
        + Markup.escape(f.caption())
        + "</figcaption>\n"
        + (f.map() ? "<p class=\"map-status\" aria-live=\"polite\"></p>\n" : "")
        + "</figure>\n";
  }

  /**
   * An SVG document as inline SVG in HTML: HTML parsers put {@code <svg>} in the SVG namespace by
   * themselves, so the namespace declaration (a URL, though never fetched) is left out.
   */
  static String inline(String svg) {
    return svg.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report's " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
