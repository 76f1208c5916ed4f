package networth.render.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import networth.engine.exact.Comparison;
import networth.engine.exact.ModelCredits;
import networth.render.chart.BarChart;
import networth.render.report.Report.Block;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;
import networth.render.text.TextTable.NodeKey;

/**
 * Credit under every model: by group and by channel (else by kind) as charts, by node as a table.
 */
final class CreditSection {

  private CreditSection() {}

  static Section of(Subject s, ModelCredits credits) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "Who gets the credit depends on the model. First and last touch give it all to one end"
                + " of each route; linear shares it equally along the route; position gives 40% to"
                + " each end; time decay favours the most recent links; Markov gives each node the"
                + " share of routes that pass through it; Shapley gives each player its average"
                + " marginal worth."));
    credits
        .byGroup()
        .ifPresent(
            c -> blocks.add(chart(s, "credit-by-group", "Credit by group under each model", c)));
    if (!credits.byChannel().rows().isEmpty()) {
      blocks.add(
          chart(s, "credit-by-channel", "Credit by channel under each model", credits.byChannel()));
    } else {
      blocks.add(
          chart(
              s,
              "credit-by-kind",
              "Credit by kind of node under each model",
              credits.byKind().orElseThrow()));
    }
    Comparison byNode = credits.byNode();
    List<Comparison.Row> rows = byNode.rows();
    List<String> header = new ArrayList<>(List.of("NAME"));
    byNode.models().forEach(m -> header.add(">" + m.toUpperCase(Locale.ROOT)));
    TextTable t = new TextTable(header.toArray(String[]::new));
    int shown = Math.min(ReportBuilder.ROWS, rows.size());
    for (Comparison.Row r : rows.subList(0, shown)) {
      List<String> cells = new ArrayList<>(List.of(s.label(r.id())));
      r.credit()
          .forEach(
              c ->
                  cells.add(
                      c.isPresent() ? s.w().money(Math.round(c.getAsDouble() * 100) / 100.0) : ""));
      t.row(new NodeKey(r.id()), cells.toArray(String[]::new));
    }
    blocks.add(
        new Table(
            "Credit per node under each model"
                + (rows.size() > ReportBuilder.ROWS
                    ? " (the " + ReportBuilder.ROWS + " most credited of " + rows.size() + ")"
                    : "")
                + "; Shapley's players are the origins, each on its own.",
            t));
    return new Section("credit", "Credit by model", blocks);
  }

  private static Figure chart(Subject s, String name, String title, Comparison c) {
    List<Comparison.Row> rows = c.rows();
    double[][] values = new double[rows.size()][c.models().size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int m = 0; m < c.models().size(); m++) {
        values[r][m] = rows.get(r).credit().get(m).orElse(Double.NaN);
      }
    }
    String svg =
        BarChart.svg(
            title,
            rows.stream().map(Comparison.Row::label).toList(),
            c.models(),
            values,
            v -> s.w().money(Math.round(v)));
    return new Figure(name, svg, title + "; each bar is labelled with its amount.", false);
  }
}
