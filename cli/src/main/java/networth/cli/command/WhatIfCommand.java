package networth.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import networth.analysis.whatif.WhatIf;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.cli.output.ProblemPrinter;
import networth.cli.output.TextTable;
import networth.model.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth whatif MAP --without X}: what would be lost without some nodes. */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    header = "What would be lost without some nodes.",
    description = {
      "What would be lost without some channels, people or groups. An opportunity is lost when no",
      "route from an origin to it is left, and weakened when it keeps some routes but loses others.",
      "A node with several links into it survives while any of them comes from a node that",
      "survives; the map's origins (nodes nothing leads to) stay."
    },
    footer = {
      "%nExamples:",
      "  networth whatif examples/power-of-the-network.netmap --without LinkedIn",
      "  networth whatif examples/power-of-the-network.netmap --without group:social --format json",
      "  networth whatif examples/power-of-the-network.netmap --without Emily,\"My blog\""
    })
public final class WhatIfCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin FormatOption output;

  @Option(
      names = "--without",
      required = true,
      split = ",",
      paramLabel = "NODE",
      description =
          "Nodes to take away, by id or label, or group:NAME for a group's members; separated by commas.")
  List<String> without;

  @Override
  public Integer call() throws Exception {
    Optional<Analysis> opened = Analysis.open(input.files, spec.commandLine().getErr());
    if (opened.isEmpty()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    Analysis a = opened.get();
    List<Node> removed = NodeRefs.many(a.map, without);
    boolean[] taken = new boolean[a.graph.nodeCount()];
    removed.forEach(n -> taken[a.index(n.id())] = true);
    WhatIf.Outcome outcome = Timings.phase("whatif", () -> WhatIf.without(a.graph, taken));
    var out = spec.commandLine().getOut();
    out.print(render(a, removed, outcome));
    out.flush();
    return ExitCodes.OK;
  }

  private String render(Analysis a, List<Node> removed, WhatIf.Outcome o) {
    double total = a.totalWeight();
    if (output.format == OutputFormat.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("without", removed.stream().map(Node::id).toList());
      doc.put("lost", o.lost().stream().map(f -> a.id(f.node())).toList());
      doc.put("weakened", o.weakened().stream().map(f -> a.id(f.node())).toList());
      doc.put("valueAtRisk", Analysis.cents(o.valueAtRisk()));
      doc.put("valueWeakened", Analysis.cents(o.valueWeakened()));
      doc.put("totalValue", Analysis.cents(total));
      List<Map<String, Object>> details = new ArrayList<>();
      for (WhatIf.Fate f : o.weakened()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id(f.node()));
        m.put("routesLost", Math.round(f.shareLost() * 10_000) / 10_000.0);
        details.add(m);
      }
      doc.put("weakenedRoutesLost", details);
      return Json.write(doc);
    }
    TextTable t = new TextTable("OPPORTUNITY", "FATE", ">VALUE", ">ROUTES LOST");
    for (WhatIf.Fate f : o.lost()) {
      t.row(a.label(f.node()), "lost", a.money(a.graph.weight(f.node())), "all");
    }
    for (WhatIf.Fate f : o.weakened()) {
      t.row(
          a.label(f.node()),
          "weakened",
          a.money(a.graph.weight(f.node())),
          Math.round(f.shareLost() * 100) + "%");
    }
    if (output.format == OutputFormat.CSV) {
      return t.csv();
    }
    String names = String.join(", ", removed.stream().map(n -> a.label(a.index(n.id()))).toList());
    String headline = headline(a, names, o, total);
    if (output.format == OutputFormat.MD) {
      return "# Without "
          + names
          + "\n\n"
          + headline
          + "\n\n"
          + (o.lost().isEmpty() && o.weakened().isEmpty() ? "" : t.markdown());
    }
    return headline
        + "\n"
        + (o.lost().isEmpty() && o.weakened().isEmpty() ? "" : "\n" + t.render());
  }

  private static String headline(Analysis a, String names, WhatIf.Outcome o, double total) {
    StringBuilder s = new StringBuilder("Without ").append(names).append(": ");
    if (o.lost().isEmpty()) {
      s.append("no opportunity would be lost");
    } else {
      s.append(ProblemPrinter.count(o.lost().size(), "opportunity", "opportunities"))
          .append(" would be lost (")
          .append(String.join(", ", o.lost().stream().map(f -> a.label(f.node())).toList()))
          .append("), ")
          .append(a.money(o.valueAtRisk()))
          .append(" at risk")
          .append(
              total > 0
                  ? " (" + Math.round(o.valueAtRisk() / total * 100) + "% of the value)"
                  : "");
    }
    if (!o.weakened().isEmpty()) {
      s.append("; ")
          .append(o.weakened().size())
          .append(" more would be weakened (")
          .append(String.join(", ", o.weakened().stream().map(f -> a.label(f.node())).toList()))
          .append(")");
    }
    return s.append('.').toString();
  }
}
