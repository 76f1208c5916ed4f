package networth.render.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.engine.exact.OpportunityRoutes;
import networth.engine.result.CriticalResult;
import networth.model.Node;
import networth.render.report.Report.Block;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;
import networth.render.text.TextTable.NodeKey;

/** Each opportunity with its routes and critical nodes, and the keystones. */
final class RoutesSection {

  /** How many opportunities the table lists, most valuable first. */
  static final int OPPORTUNITIES = 50;

  private RoutesSection() {}

  static Section of(Subject s, OpportunityRoutes routes, CriticalResult critical) {
    TextTable t =
        new TextTable(
            "OPPORTUNITY",
            "STATUS",
            ">VALUE",
            ">ROUTES",
            "SHORTEST ROUTE",
            "EVERY ROUTE PASSES THROUGH");
    Map<String, List<String>> passes = new HashMap<>();
    critical.opportunities().forEach(o -> passes.put(o.id(), o.critical()));
    for (OpportunityRoutes.Opportunity o : routes.opportunities()) {
      String route =
          o.shortest().isEmpty()
              ? "(nothing leads here)"
              : String.join(" → ", o.shortest().stream().map(s::label).toList());
      List<String> through = Tables.labels(s.w(), s.g(), passes.get(o.id()));
      t.row(
          new NodeKey(o.id()),
          s.label(o.id()),
          status(s.map().node(o.id()).orElseThrow()),
          s.w().money(o.value()),
          o.routes().toString(),
          route,
          through.isEmpty() ? "(no single node)" : String.join(", ", through));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Table(
            "Each opportunity, most valuable first"
                + (routes.counted() > OPPORTUNITIES
                    ? " (" + OPPORTUNITIES + " of " + routes.counted() + ")"
                    : "")
                + ": how many routes lead to it, the shortest, and the nodes every route passes"
                + " through. Click a row to light its routes up on the map.",
            t));
    if (!critical.keystones().isEmpty()) {
      blocks.add(
          new Table(
              "Keystones: the value each node alone holds (lost without it).",
              Tables.keystones(s.w(), s.g(), critical)));
    }
    return new Section("opportunities", "Opportunities, routes and critical nodes", blocks);
  }

  private static String status(Node n) {
    String date = n.date().map(Object::toString).orElse("");
    return switch (n.kind()) {
      case CLIENT -> date.isEmpty() ? "won" : "won " + date;
      case PROSPECT ->
          "open"
              + (n.deal().probability().isPresent()
                  ? ", " + Math.round(n.deal().probability().getAsDouble() * 100) + "%"
                  : "")
              + (n.deal().stage().isEmpty() ? "" : ", " + n.deal().stage());
      default -> n.kind().keyword();
    };
  }
}
