package networth.render.report;

import java.util.LinkedHashMap;
import java.util.Map;
import networth.render.report.Report.Block;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.Markup;

/**
 * Writes a report as Markdown, with each picture (the map, the charts) as an SVG file beside it:
 * the same content as the HTML page, for a wiki, a repository or a document converter.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * The files to write: first the Markdown under {@code stem + ".md"}, then one SVG per picture
   * named {@code stem + "-" + name + ".svg"}, which the Markdown links to by that relative name.
   */
  public static Map<String, String> files(Report report, String stem) {
    return files(report, stem, Framing.MAP);
  }

  /** The same with the sentences around the content said for what the report is about. */
  public static Map<String, String> files(Report report, String stem, Framing framing) {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder s = new StringBuilder();
    s.append("# ").append(text(report.title())).append("\n\n");
    s.append(text(framing.lead())).append(' ').append(text(report.source())).append(".\n\n");
    report.headlines().forEach(h -> s.append("- **").append(text(h)).append("**\n"));
    for (Section section : report.sections()) {
      s.setLength(s.length() - (s.toString().endsWith("\n\n") ? 1 : 0));
      s.append("\n## ").append(text(section.title())).append("\n\n");
      for (Block b : section.blocks()) {
        if (b instanceof Paragraph p) {
          s.append(text(p.text())).append("\n\n");
        } else if (b instanceof Bullets l) {
          l.items().forEach(i -> s.append("- ").append(text(i)).append('\n'));
          s.append('\n');
        } else if (b instanceof Table t) {
          s.append(text(t.caption())).append("\n\n").append(t.table().markdown()).append('\n');
        } else if (b instanceof Figure f) {
          String file = stem + "-" + f.name() + ".svg";
          files.put(file, f.svg());
          s.append("![")
              .append(text(f.caption()))
              .append("](")
              .append(file.replace(" ", "%20"))
              .append(")\n\n");
        }
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put(stem + ".md", s.toString().stripTrailing() + "\n");
    ordered.putAll(files);
    return ordered;
  }

  private static String text(String t) {
    return Markup.markdown(t);
  }
}
