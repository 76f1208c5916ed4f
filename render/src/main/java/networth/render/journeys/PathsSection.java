package networth.render.journeys;

import java.util.List;
import networth.journeys.PathTable;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;

/** The journeys report's most common paths, with how many of their journeys converted. */
final class PathsSection {

  private PathsSection() {}

  static Section of(PathTable t) {
    TextTable table =
        new TextTable("#", "PATH", ">JOURNEYS", ">CONVERSIONS", ">CONVERSION RATE", ">VALUE");
    List<Integer> top = TopPaths.of(t, JourneysReport.TOP_PATHS);
    int rank = 1;
    for (int p : top) {
      double n = t.conversions(p) + t.nulls(p);
      table.row(
          String.valueOf(rank++),
          String.join(" > ", t.names(p)),
          Figures.count(n),
          Figures.count(t.conversions(p)),
          n > 0 ? Figures.percent(t.conversions(p) / n) : "—",
          Figures.amount(t.value(p)));
    }
    return new Section(
        "paths",
        "Most common paths",
        List.of(
            new Paragraph(
                "The "
                    + (top.size() < JourneysReport.TOP_PATHS ? "" : JourneysReport.TOP_PATHS + " ")
                    + "paths most journeys took, first touch first, with how many of those"
                    + " journeys converted. A frequent path that rarely converts is where"
                    + " journeys stall; a rare one that often converts may be worth more"
                    + " budget."),
            new Table(
                "Paths by journeys ("
                    + Figures.count(top.size())
                    + " of "
                    + Figures.count(t.size())
                    + " distinct paths)",
                table)));
  }
}
