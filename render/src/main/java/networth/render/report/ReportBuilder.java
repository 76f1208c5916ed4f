package networth.render.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.analysis.attribution.Attribution;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Breakdown.Key;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.analysis.routes.RouteCount;
import networth.analysis.routes.RouteFinder;
import networth.analysis.whatif.WhatIf;
import networth.engine.Answers;
import networth.engine.Within;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.RoiOptions;
import networth.engine.result.ConnectorsResult;
import networth.engine.result.CriticalResult;
import networth.engine.result.RoiResult;
import networth.engine.result.SummaryResult;
import networth.engine.result.TimelineResult;
import networth.graph.MapGraph;
import networth.io.style.GroupStyle;
import networth.io.style.KindStyle;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.Period;
import networth.render.chart.BarChart;
import networth.render.chart.FlowChart;
import networth.render.report.Report.Block;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.svg.SvgWriter;
import networth.render.text.TextTable;
import networth.render.text.TextTable.NodeKey;
import networth.text.Amounts;
import networth.text.MapWords;

/**
 * Gathers everything the report says about a map: the headlines, the map, credit under every model,
 * the flow from origins to opportunities, routes and critical nodes, what-if per group, connectors,
 * return on networking and the timeline. Each analysis runs once, here; the writers only format.
 */
public final class ReportBuilder {

  /** The most nodes the report draws a map of: beyond, the layout takes long and reads badly. */
  static final int MAP_NODES_MAX = 5_000;

  /** How many rows a long table shows; the commands give the rest. */
  static final int ROWS = 20;

  /** How many origins and opportunities the flow chart draws before gathering the rest. */
  static final int FLOW_NODES = 14;

  /** How many connectors the report lists. */
  static final int CONNECTORS = 10;

  private final NetworkMap map;
  private final Period period;
  private final MapGraph g;
  private final MapWords w;
  private final double total;
  private final Phases phases;
  // One attribution for every part: the route counts are made once.
  private final Attribution attribution;
  private final boolean[] all;
  // The map as the engine answers about it: the part reported on, in the period asked.
  private final Within within;

  private ReportBuilder(NetworkMap map, MapGraph g, Phases phases, Period period) {
    this.map = map;
    this.g = g;
    this.phases = phases;
    this.period = period;
    this.attribution = new Attribution(g);
    this.all = attribution.allOpportunities();
    this.w = new MapWords(map, g);
    this.total = g.totalWeight();
    this.within = Within.of(map, g, period);
  }

  /** The report on an acyclic map read from {@code source}. */
  public static Report build(NetworkMap map, MapGraph g, String source) {
    return build(map, g, source, Phases.NONE);
  }

  /** The report, each part computed as a phase (timed by the command line). */
  public static Report build(NetworkMap map, MapGraph g, String source, Phases phases) {
    return build(map, g, source, phases, Period.ALWAYS);
  }

  /**
   * The report of the opportunities of a period ({@code map} already restricted to them), costs
   * charged for that period.
   */
  public static Report build(
      NetworkMap map, MapGraph g, String source, Phases phases, Period period) {
    return new ReportBuilder(map, g, phases, period).build(source);
  }

  private Report build(String source) {
    SummaryResult summary = Answers.summary(within, phases);
    CriticalResult critical =
        phases.phase(
            "dominators",
            () -> Answers.critical(within, new CriticalOptions(ROWS, period), Phases.NONE));
    List<Integer> opportunities =
        critical.opportunities().stream().map(o -> g.indexOf(o.id()).orElseThrow()).toList();
    List<Section> sections = new ArrayList<>();
    List<Removal> removals = phases.phase("whatif", this::removals);
    sections.add(glance(summary, opportunities, removals));
    if (map.nodes().size() <= MAP_NODES_MAX) {
      String svg = phases.phase("map", () -> SvgWriter.write(map));
      sections.add(
          new Section(
              "map",
              "The map",
              List.of(
                  new Figure(
                      "map",
                      svg,
                      "Origins on the left, work on the right; a shape and colour per kind, a dot"
                          + " per group; an opportunity's area follows its value. Nodes in bold"
                          + " are the keystones (at most "
                          + networth.render.svg.Keystones.TOP
                          + ", each holding at least a tenth of the value) that alone hold the"
                          + " most value: every route to some work passes through them.",
                      true))));
    } else {
      sections.add(
          new Section(
              "map",
              "The map",
              List.of(
                  new Paragraph(
                      "The map has "
                          + String.format(java.util.Locale.ROOT, "%,d", map.nodes().size())
                          + " nodes, more than a page shows legibly (the report draws up to "
                          + String.format(java.util.Locale.ROOT, "%,d", MAP_NODES_MAX)
                          + "). Report on one story with --focus NODE (and --depth N), or draw"
                          + " the whole map with networth render."))));
    }
    AffiliationFacts.section(map).ifPresent(sections::add);
    sections.add(phases.phase("credit", this::credit));
    phases.phase("flow", () -> flow(opportunities)).ifPresent(sections::add);
    sections.add(phases.phase("routes", () -> routes(critical)));
    whatIf(removals).ifPresent(sections::add);
    phases.phase("connectors", this::connectors).ifPresent(sections::add);
    phases.phase("roi", this::roi).ifPresent(sections::add);
    phases.phase("timeline", this::timeline).ifPresent(sections::add);
    sections.add(reading());
    String title = map.settings().title().isEmpty() ? "Network map" : map.settings().title();
    List<String> sentences = new ArrayList<>(summary.lead());
    summary.groups().forEach(r -> sentences.add(r.headline()));
    summary.channels().forEach(r -> sentences.add(r.headline()));
    return new Report(title, source, sentences, sections);
  }

  private Section glance(
      SummaryResult summary, List<Integer> opportunities, List<Removal> removals) {
    List<Block> blocks = new ArrayList<>();
    long clients = opportunities.stream().filter(v -> g.kind(v) == NodeKind.CLIENT).count();
    long prospects = opportunities.size() - clients;
    blocks.add(
        new Paragraph(
            MapWords.count(clients, "client", "clients")
                + " and "
                + MapWords.count(prospects, "open prospect", "open prospects")
                + ", worth "
                + w.money(total)
                + " in all ("
                + MapWords.WEIGHT_BASIS
                + ")."));
    List<String> without = new ArrayList<>();
    for (Removal r : removals) {
      without.add(w.whatIf(r.name(), r.outcome(), total));
    }
    if (!without.isEmpty()) {
      blocks.add(new Bullets(without));
    }
    blocks.add(
        new Table(
            "Who played a part in what: the groups, then every source (a node nothing leads to, or"
                + " one with a cost) most value first, then the other channels; with the lost deals"
                + " each touched ("
                + (summary.lost().isEmpty()
                    ? "none in this map"
                    : MapWords.count(summary.lost().size(), "lost deal", "lost deals")
                        + " in the map, worth "
                        + Amounts.show(summary.lostValue(), map.settings().currency()))
                + "). "
                + Tables.WIN_RATE_BASIS
                + ".",
            Tables.summary(map, summary)));
    return new Section("glance", "At a glance", blocks);
  }

  /** Taking away one group (or, in a map without groups, one channel) at a time. */
  private record Removal(String name, WhatIf.Outcome outcome) {}

  private List<Removal> removals() {
    List<Removal> out = new ArrayList<>();
    if (!map.groups().isEmpty()) {
      for (Group group : map.groups()) {
        boolean[] removed = new boolean[g.nodeCount()];
        group.members().forEach(id -> g.indexOf(id).ifPresent(v -> removed[v] = true));
        out.add(new Removal("the " + group.title() + " group", WhatIf.without(g, removed)));
      }
    } else {
      for (int v = 0; v < g.nodeCount(); v++) {
        if (g.kind(v) == NodeKind.CHANNEL) {
          boolean[] removed = new boolean[g.nodeCount()];
          removed[v] = true;
          out.add(new Removal(w.label(v), WhatIf.without(g, removed)));
        }
      }
    }
    return out;
  }

  private Section credit() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "Who gets the credit depends on the model. First and last touch give it all to one end"
                + " of each route; linear shares it equally along the route; position gives 40% to"
                + " each end; time decay favours the most recent links; Markov gives each node the"
                + " share of routes that pass through it; Shapley gives each player its average"
                + " marginal worth."));
    ModelComparison.Settings settings = ModelComparison.Settings.defaults();
    List<Model> models = List.of(Model.values());
    if (!map.groups().isEmpty()) {
      ModelComparison byGroup =
          ModelComparison.of(map, attribution, models, By.GROUP, all, settings, phases);
      blocks.add(
          chart("credit-by-group", "Credit by group under each model", byGroup, byGroup.rows()));
    }
    ModelComparison byNode =
        ModelComparison.of(map, attribution, models, By.NODE, all, settings, phases);
    List<Key> channels =
        byNode.rows().stream()
            .filter(k -> g.kind(g.indexOf(k.id()).orElseThrow()) == NodeKind.CHANNEL)
            .toList();
    if (!channels.isEmpty()) {
      blocks.add(
          chart("credit-by-channel", "Credit by channel under each model", byNode, channels));
    } else {
      ModelComparison byKind =
          ModelComparison.of(map, attribution, models, By.KIND, all, settings, phases);
      blocks.add(
          chart(
              "credit-by-kind", "Credit by kind of node under each model", byKind, byKind.rows()));
    }
    List<Key> rows = byNode.rows();
    List<String> header = new ArrayList<>(List.of("NAME"));
    byNode.models().forEach(m -> header.add(">" + m.word().toUpperCase(Locale.ROOT)));
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (Key k : rows.subList(0, Math.min(ROWS, rows.size()))) {
      int v = g.indexOf(k.id()).orElseThrow();
      List<String> cells = new ArrayList<>(List.of(w.label(v)));
      for (Model m : byNode.models()) {
        cells.add(byNode.credit(m, k).map(c -> w.money(Math.round(c * 100) / 100.0)).orElse(""));
      }
      t.row(new NodeKey(k.id()), cells.toArray(String[]::new));
    }
    blocks.add(
        new Table(
            "Credit per node under each model"
                + (rows.size() > ROWS
                    ? " (the " + ROWS + " most credited of " + rows.size() + ")"
                    : "")
                + "; Shapley's players are the origins, each on its own.",
            t));
    return new Section("credit", "Credit by model", blocks);
  }

  private Figure chart(String name, String title, ModelComparison c, List<Key> rows) {
    List<Model> models = c.models();
    double[][] values = new double[rows.size()][models.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int m = 0; m < models.size(); m++) {
        values[r][m] = c.credit(models.get(m), rows.get(r)).orElse(Double.NaN);
      }
    }
    String svg =
        BarChart.svg(
            title,
            rows.stream().map(Key::label).toList(),
            models.stream().map(Model::word).toList(),
            values,
            v -> w.money(Math.round(v)));
    return new Figure(name, svg, title + "; each bar is labelled with its amount.", false);
  }

  /** Origins to opportunities, each band the first-touch credit of the origin for that work. */
  private Optional<Section> flow(List<Integer> opportunities) {
    if (opportunities.isEmpty() || total <= 0) {
      return Optional.empty();
    }
    List<Integer> shown = new ArrayList<>(opportunities);
    shown.sort(Comparator.comparingDouble((Integer o) -> -g.weight(o)));
    List<Integer> drawn = shown.subList(0, Math.min(FLOW_NODES, shown.size()));
    // What each origin starts, over all the work at once; then the opportunities drawn one by
    // one, and the rest, gathered, is what is left.
    double[] bySource = attribution.credits(Model.FIRST, all).perNode();
    double[] rest = bySource.clone();
    Map<Integer, double[]> perTarget = new LinkedHashMap<>();
    for (int o : drawn) {
      double[] first = attribution.credits(Model.FIRST, attribution.only(o)).perNode();
      perTarget.put(o, first);
      for (int v = 0; v < first.length; v++) {
        rest[v] -= first[v];
      }
    }
    List<Integer> sources = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (bySource[v] > 0) {
        sources.add(v);
      }
    }
    sources.sort(Comparator.comparingDouble((Integer v) -> -bySource[v]));
    List<Integer> namedSources = sources.subList(0, Math.min(FLOW_NODES, sources.size()));
    String otherSources = "Other origins (" + (sources.size() - namedSources.size()) + ")";
    String otherTargets = "Other opportunities (" + Math.max(0, shown.size() - FLOW_NODES) + ")";
    Map<String, String> colours = new LinkedHashMap<>();
    List<FlowChart.Flow> flows = new ArrayList<>();
    for (int o : drawn) {
      double[] first = perTarget.get(o);
      for (int v : sources) {
        if (first[v] > 0) {
          String source = namedSources.contains(v) ? w.label(v) : otherSources;
          colours.putIfAbsent(source, colour(v));
          flows.add(new FlowChart.Flow(source, w.label(o), first[v]));
        }
      }
    }
    if (shown.size() > drawn.size()) {
      for (int v : sources) {
        // Above rounding noise: the subtraction leaves ~1e-12 of the total where nothing is left.
        if (rest[v] > total * 1e-9) {
          String source = namedSources.contains(v) ? w.label(v) : otherSources;
          colours.putIfAbsent(source, colour(v));
          flows.add(new FlowChart.Flow(source, otherTargets, rest[v]));
        }
      }
    }
    int rows = Math.min(FLOW_NODES + 1, Math.max(namedSources.size(), shown.size()));
    String svg =
        FlowChart.svg(
            "From origins to opportunities",
            flows,
            colours,
            Math.max(220, rows * 30),
            v -> w.money(Math.round(v)));
    return Optional.of(
        new Section(
            "flow",
            "From origins to work",
            List.of(
                new Figure(
                    "flow",
                    svg,
                    "Where the work started: each band carries the part of an opportunity's value"
                        + " whose routes begin at that origin (first-touch credit; an opportunity"
                        + " with several routes is shared among them equally).",
                    false))));
  }

  /** The colour of a node's group (its first), else of its kind. */
  private String colour(int v) {
    List<String> groups = map.groupsOf(g.id(v));
    return groups.isEmpty()
        ? KindStyle.of(g.kind(v)).colour()
        : GroupStyle.colour(map.groups(), groups.get(0)).orElseThrow();
  }

  private Section routes(CriticalResult critical) {
    RouteFinder finder = new RouteFinder(g);
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
    List<Integer> shown =
        new ArrayList<>(
            critical.opportunities().stream().map(o -> g.indexOf(o.id()).orElseThrow()).toList());
    shown.sort(Comparator.comparingDouble((Integer o) -> -g.weight(o)));
    for (int o : shown.subList(0, Math.min(shown.size(), 50))) {
      BigInteger count = RouteCount.to(g, o);
      List<int[]> shortest = finder.shortest(o, 1);
      String route =
          shortest.isEmpty()
              ? "(nothing leads here)"
              : String.join(" → ", Arrays.stream(shortest.get(0)).mapToObj(w::label).toList());
      List<String> through = Tables.labels(w, g, passes.get(g.id(o)));
      t.row(
          new NodeKey(g.id(o)),
          w.label(o),
          status(map.node(g.id(o)).orElseThrow()),
          w.money(g.weight(o)),
          count.toString(),
          route,
          through.isEmpty() ? "(no single node)" : String.join(", ", through));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Table(
            "Each opportunity, most valuable first"
                + (shown.size() > 50 ? " (50 of " + shown.size() + ")" : "")
                + ": how many routes lead to it, the shortest, and the nodes every route passes"
                + " through. Click a row to light its routes up on the map.",
            t));
    if (!critical.keystones().isEmpty()) {
      blocks.add(
          new Table(
              "Keystones: the value each node alone holds (lost without it).",
              Tables.keystones(w, g, critical)));
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

  private Optional<Section> whatIf(List<Removal> removals) {
    if (removals.isEmpty()) {
      return Optional.empty();
    }
    boolean groups = !map.groups().isEmpty();
    TextTable t =
        new TextTable(
            groups ? "WITHOUT THE GROUP" : "WITHOUT THE CHANNEL",
            "LOST",
            ">VALUE AT RISK",
            ">SHARE",
            "WEAKENED");
    for (Removal r : removals) {
      WhatIf.Outcome o = r.outcome();
      t.row(
          r.name().replaceFirst("^the (.*) group$", "$1"),
          o.lost().isEmpty()
              ? "none"
              : String.join(", ", o.lost().stream().map(f -> w.label(f.node())).toList()),
          w.money(o.valueAtRisk()),
          total > 0 ? Math.round(o.valueAtRisk() / total * 100) + "%" : "",
          o.weakened().isEmpty()
              ? "none"
              : String.join(
                  ", ",
                  o.weakened().stream()
                      .map(
                          f ->
                              w.label(f.node())
                                  + " ("
                                  + Math.round(f.shareLost() * 100)
                                  + "% of routes)")
                      .toList()));
    }
    return Optional.of(
        new Section(
            "whatif",
            groups ? "What if a group were gone" : "What if a channel were gone",
            List.of(
                new Table(
                    "Take the whole "
                        + (groups ? "group" : "channel")
                        + " away: the work no route would reach any more, and the work that keeps"
                        + " some routes. A node with several incoming links survives while any of"
                        + " them does.",
                    t))));
  }

  private Optional<Section> connectors() {
    ConnectorsResult ranked =
        Answers.connectors(within, new ConnectorsOptions(CONNECTORS, period), Phases.NONE);
    if (ranked.connectors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Section(
            "connectors",
            "Connectors",
            List.of(
                new Table(
                    "The people who carried the most value (linear credit among people), with the"
                        + " share of routes through them and their betweenness.",
                    Tables.connectors(w, g, ranked)))));
  }

  private Optional<Section> roi() {
    RoiResult roi = Answers.roi(within, new RoiOptions(Model.LINEAR, period), Phases.NONE);
    if (roi.lines().stream().noneMatch(l -> l.money().signum() > 0 || l.hours() > 0)) {
      return Optional.empty();
    }
    String rate =
        map.settings()
            .hourlyRate()
            .map(r -> w.money(r.amount().doubleValue()) + " an hour")
            .orElse("no hourly rate set");
    return Optional.of(
        new Section(
            "roi",
            "Return on networking",
            List.of(
                new Table(
                    "Linear credit against cost for every channel, every node with a cost and every"
                        + " group, over "
                        + roi.span()
                        + "; hours are valued at "
                        + rate
                        + ". RETURN is credited value per unit of cost; "
                        + Tables.WIN_RATE_BASIS
                        + ".",
                    Tables.roi(w, roi)))));
  }

  private Optional<Section> timeline() {
    TimelineResult timeline = Answers.timeline(within, Phases.NONE);
    if (timeline.opportunities().isEmpty()) {
      return Optional.empty();
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Table(
            "From the first dated contact (the earliest dated link on any route) to the date of the work.",
            Tables.timeline(w, g, timeline.opportunities())));
    if (!timeline.channels().isEmpty()) {
      blocks.add(
          new Table(
              "By channel: how long its work typically (median) took from its first dated contact.",
              Tables.channelLags(w, g, timeline.channels())));
    }
    return Optional.of(new Section("timeline", "Timeline", blocks));
  }

  private Section reading() {
    return new Section(
        "reading",
        "How to read this report",
        List.of(
            new Bullets(
                List.of(
                    "A route is a chain of links from an origin (a node nothing leads to) to an"
                        + " opportunity.",
                    "Weights: " + MapWords.WEIGHT_BASIS + ".",
                    "Time decay halves a link's weight every "
                        + MapWords.number(Attribution.halfLifeDefault())
                        + " days before the opportunity's date (else its routes' newest link date);"
                        + " an undated link counts as made then, and an opportunity with no dated"
                        + " link on its routes is credited as linear.",
                    "Made by networth on "
                        + map.nodes().size()
                        + " nodes and "
                        + map.links().size()
                        + " links, without looking anything up: every number comes from the map"
                        + " alone. Run 'networth attribute', 'critical', 'whatif', 'connectors',"
                        + " 'roi' and 'timeline' for the full tables."))));
  }
}
