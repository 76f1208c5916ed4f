package networth.render.journeys;

import java.util.ArrayList;
import java.util.List;
import networth.journeys.markov.OrderChoice;
import networth.journeys.markov.OrderScore;
import networth.render.report.Report;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;

/** The journeys report's Markov order: each order's AUC and the one chosen, or why none was. */
final class OrderSection {

  private OrderSection() {}

  static Section of(JourneysFindings f) {
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "A Markov chain of order k remembers the last k channels of a journey: a higher order"
                + " sees more of the path but needs more journeys to be trusted. Each order is"
                + " scored by how well it tells converting journeys from the others (the area"
                + " under the ROC curve, AUC: 0.5 is a coin toss, 1 perfect), penalised for the"
                + " chain's size; the best penalised score is chosen, as ChannelAttribution's"
                + " choose_order does."));
    if (f.order().choice().isPresent()) {
      OrderChoice c = f.order().choice().get();
      TextTable t = new TextTable(">ORDER", ">AUC", ">PENALISED AUC", "");
      for (OrderScore s : c.scores()) {
        t.row(
            String.valueOf(s.order()),
            Figures.score(s.auc()),
            Figures.score(s.pauc()),
            s.order() == c.suggestedOrder() ? "chosen" : "");
      }
      blocks.add(
          new Paragraph(
              "Order "
                  + c.suggestedOrder()
                  + " is chosen"
                  + (c.atMaximum(JourneysFindings.MAX_ORDER)
                      ? "; it is the highest order tried, so a higher one might do better still."
                      : ".")));
      blocks.add(
          new Table(
              "Each order's AUC, orders 1 to "
                  + JourneysFindings.MAX_ORDER
                  + " (orders with as many states as journeys are not judged)",
              t));
    } else {
      blocks.add(
          new Paragraph(
              "No order could be chosen ("
                  + f.order().whyNot()
                  + "), so the Markov model uses order 1."));
    }
    return new Section("order", "The Markov order", blocks);
  }
}
