package networth.render.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Model;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.Answers;
import networth.engine.Within;
import networth.engine.exact.EachGone;
import networth.engine.options.AttributeOptions;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.FlowOptions;
import networth.engine.options.RoiOptions;
import networth.engine.options.RoutesOptions;
import networth.engine.result.ConnectorsResult;
import networth.engine.result.CriticalResult;
import networth.engine.result.RoiResult;
import networth.engine.result.SummaryResult;
import networth.engine.result.TimelineResult;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import networth.model.NodeKind;
import networth.model.Period;
import networth.render.report.Report.Block;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.svg.SvgWriter;
import networth.text.Amounts;
import networth.text.MapWords;

/**
 * Gathers everything the report says about a map: the headlines, the map, credit under every model,
 * the flow from origins to opportunities, routes and critical nodes, what-if per group, connectors,
 * return on networking and the timeline. Every number comes from the engine's answers about the map
 * reported on; each section words them (see the {@code …Section} classes), and the writers only
 * format.
 */
public final class ReportBuilder {

  /** The most nodes the report draws a map of: beyond, the layout takes long and reads badly. */
  static final int MAP_NODES_MAX = 5_000;

  /** How many rows a long table shows; the commands give the rest. */
  static final int ROWS = 20;

  /** How many connectors the report lists. */
  static final int CONNECTORS = 10;

  private final Subject s;
  private final NetworkMap map;
  private final MapGraph g;
  private final MapWords w;
  private final Period period;
  private final Phases phases;
  // The map as the engine answers about it: the part reported on, in the period asked.
  private final Within within;

  private ReportBuilder(Subject s) {
    this.s = s;
    this.map = s.map();
    this.g = s.g();
    this.w = s.w();
    this.period = s.period();
    this.phases = s.phases();
    this.within = s.within();
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
    return new ReportBuilder(Subject.of(map, g, phases, period)).build(source);
  }

  private Report build(String source) {
    SummaryResult summary = Answers.summary(within, phases);
    CriticalResult critical =
        phases.phase(
            "dominators",
            () -> Answers.critical(within, new CriticalOptions(ROWS, period), Phases.NONE));
    EachGone removals = phases.phase("whatif", () -> Answers.eachGone(within, Phases.NONE));
    List<Section> sections = new ArrayList<>();
    sections.add(glance(summary, critical, removals));
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
    sections.add(
        phases.phase("credit", () -> CreditSection.of(s, Answers.modelCredits(within, phases))));
    if (!critical.opportunities().isEmpty() && s.total() > 0) {
      sections.add(
          phases.phase(
              "flow",
              () ->
                  FlowSection.of(
                      s,
                      Answers.flow(
                          within, new FlowOptions(FlowSection.NODES, period), Phases.NONE))));
    }
    sections.add(
        phases.phase(
            "routes",
            () ->
                RoutesSection.of(
                    s,
                    Answers.routes(
                        within,
                        new RoutesOptions(RoutesSection.OPPORTUNITIES, period),
                        Phases.NONE),
                    critical)));
    WhatIfSection.of(s, removals).ifPresent(sections::add);
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

  private Section glance(SummaryResult summary, CriticalResult critical, EachGone removals) {
    List<Block> blocks = new ArrayList<>();
    long clients =
        critical.opportunities().stream()
            .filter(o -> g.kind(s.index(o.id())) == NodeKind.CLIENT)
            .count();
    long prospects = critical.opportunities().size() - clients;
    blocks.add(
        new Paragraph(
            MapWords.count(clients, "client", "clients")
                + " and "
                + MapWords.count(prospects, "open prospect", "open prospects")
                + ", worth "
                + w.money(s.total())
                + " in all ("
                + MapWords.WEIGHT_BASIS
                + ")."));
    List<String> without = WhatIfSection.sentences(s, removals);
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
                        + MapWords.number(AttributeOptions.HALF_LIFE_DEFAULT)
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
