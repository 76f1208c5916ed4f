package networth.render.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import networth.analysis.routes.Scaled;
import networth.engine.result.ConnectorsResult;
import networth.engine.result.CriticalResult;
import networth.engine.result.RoiResult;
import networth.engine.result.SummaryResult;
import networth.engine.result.TimelineResult;
import networth.engine.result.WinLoss;
import networth.graph.MapGraph;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.reach.WinRate;
import networth.render.text.TextTable;
import networth.text.Amounts;
import networth.text.MapWords;

/**
 * The tables of the analyses, built once and shown by the commands (as text, Markdown or CSV) and
 * by the report (as HTML or Markdown), so both always say the same thing.
 */
public final class Tables {

  private Tables() {}

  /** Each counted opportunity with its value and the nodes every route to it passes through. */
  public static TextTable critical(MapWords w, MapGraph g, CriticalResult critical) {
    TextTable t = new TextTable("OPPORTUNITY", ">VALUE", "EVERY ROUTE PASSES THROUGH");
    for (CriticalResult.Opportunity o : critical.opportunities()) {
      int v = g.indexOf(o.id()).orElseThrow();
      List<String> names = labels(w, g, o.critical());
      t.row(
          w.label(v),
          w.money(g.weight(v)),
          names.isEmpty() ? "(no single node)" : String.join(" → ", names));
    }
    return t;
  }

  /** The keystones, most value held first, with the opportunities each holds. */
  public static TextTable keystones(MapWords w, MapGraph g, CriticalResult critical) {
    TextTable t = new TextTable("KEYSTONE", ">VALUE HELD", "OPPORTUNITIES");
    for (CriticalResult.Keystone k : critical.keystones()) {
      t.row(
          w.label(g.indexOf(k.id()).orElseThrow()),
          w.money(k.value().doubleValue()),
          String.join(", ", labels(w, g, k.opportunities())));
    }
    return t;
  }

  /** The labels of nodes given by id. */
  public static List<String> labels(MapWords w, MapGraph g, List<String> ids) {
    return ids.stream().map(id -> w.label(g.indexOf(id).orElseThrow())).toList();
  }

  /** The connectors the engine ranked; labels as the map words them. */
  public static TextTable connectors(MapWords w, MapGraph g, ConnectorsResult ranked) {
    TextTable t = new TextTable("PERSON", ">VALUE CARRIED", ">ROUTE SHARE", ">BETWEENNESS");
    for (ConnectorsResult.Connector c : ranked.connectors()) {
      t.row(
          w.label(g.indexOf(c.id()).orElseThrow()),
          w.money(c.valueCarried().doubleValue()),
          String.format(Locale.ROOT, "%.2f", c.routeShare()),
          c.betweenness().map(b -> String.format(Locale.ROOT, "%.1f", b)).orElse("-"));
    }
    return t;
  }

  /**
   * Who played a part in what: the groups, then every source ranked (most value first), then the
   * channels that are no source; with the lost deals each touched and its win rate.
   *
   * @param map the map summarised, for its groups' titles
   */
  public static TextTable summary(NetworkMap map, SummaryResult s) {
    TextTable t =
        new TextTable(
            "",
            "NAME",
            ">TOUCHED",
            ">DIRECT",
            ">INDIRECT",
            ">VALUE",
            ">SHARE",
            ">LOST",
            ">WIN RATE",
            ">BY VALUE");
    for (SummaryResult.Reach g : s.groups()) {
      String title = map.group(g.name()).map(Group::title).orElse(g.name());
      Counted c = new Counted(g.touched().size(), g.direct().size(), g.indirect().size());
      summaryRow(t, s, "group", title, c, g.value(), g.lostValue(), g.winRate());
    }
    for (SummaryResult.SourceRow src : s.sources()) {
      SummaryResult.Counts n = src.counts();
      Counted c = new Counted(n.touched(), n.direct(), n.indirect());
      summaryRow(t, s, src.kind(), src.label(), c, src.value(), src.lostValue(), src.winRate());
    }
    Set<String> sources = new HashSet<>();
    s.sources().forEach(src -> sources.add(src.name()));
    for (SummaryResult.Reach ch : s.channels()) {
      if (!sources.contains(ch.name())) {
        Counted c = new Counted(ch.touched().size(), ch.direct().size(), ch.indirect().size());
        String title = ch.label().orElse(ch.name());
        summaryRow(t, s, "channel", title, c, ch.value(), ch.lostValue(), ch.winRate());
      }
    }
    return t;
  }

  /** How many opportunities a row touched, directly and indirectly. */
  private record Counted(int touched, int direct, int indirect) {}

  private static void summaryRow(
      TextTable t,
      SummaryResult s,
      String kind,
      String title,
      Counted c,
      BigDecimal value,
      BigDecimal lostValue,
      WinLoss rate) {
    t.row(
        kind,
        title,
        c.touched() + " of " + s.opportunities().size(),
        String.valueOf(c.direct()),
        String.valueOf(c.indirect()),
        Amounts.show(value, s.currency()),
        percentOf(value, s.totalValue()) + "%",
        Amounts.show(lostValue, s.currency()),
        WinRate.percent(rate.byCount()),
        WinRate.percent(rate.byValue()));
  }

  /** A value's share of a total in whole percent, as the headlines say it (0 of nothing). */
  public static int percentOf(BigDecimal value, BigDecimal total) {
    if (total.signum() == 0) {
      return 0;
    }
    return value
        .multiply(BigDecimal.valueOf(100))
        .divide(total, 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  /** What the win-rate columns mean, for the line under a table. */
  public static final String WIN_RATE_BASIS =
      "WIN RATE is won / (won + lost) by count, BY VALUE the same by value; clients are won, open"
          + " prospects count in neither, \"—\" where nothing was decided";

  /** Return on networking as the engine answered it. */
  public static TextTable roi(MapWords w, RoiResult roi) {
    TextTable t =
        new TextTable(
            "",
            "NAME",
            ">CREDIT",
            ">MONEY",
            ">HOURS",
            ">COST",
            ">RETURN",
            ">PER HOUR",
            ">LOST",
            ">WIN RATE",
            ">BY VALUE");
    for (RoiResult.Line l : roi.lines()) {
      t.row(
          l.kind(),
          l.label(),
          w.money(l.credit().doubleValue()),
          l.money().signum() > 0 ? w.money(l.money().doubleValue()) : "",
          l.hours() > 0 ? MapWords.hours(l.hours()) : "",
          l.cost().isPresent()
              ? w.money(l.cost().get().doubleValue())
              // Unknown for want of a rate, or of dates to charge a cost by the period for.
              : w.hasHourlyRate() ? "—" : "no rate",
          // From the amounts rather than the rounded ratio: rounding twice would make 1.047 1.1.
          l.roi().isPresent()
              ? String.format(
                  Locale.ROOT,
                  "%.1f×",
                  l.credit().doubleValue() / l.cost().orElseThrow().doubleValue())
              : "",
          l.valuePerHour().map(v -> w.money(v.doubleValue())).orElse(""),
          w.money(l.lostValue().doubleValue()),
          WinRate.percent(l.winRate().byCount()),
          WinRate.percent(l.winRate().byValue()));
    }
    return t;
  }

  /** Each measured opportunity: from its first dated contact to its date. */
  public static TextTable timeline(MapWords w, MapGraph g, List<TimelineResult.Lag> lags) {
    TextTable t = new TextTable("OPPORTUNITY", "FIRST CONTACT", "DATE", ">TOOK", ">ROUTES DATED");
    for (TimelineResult.Lag l : lags) {
      t.row(
          w.label(g.indexOf(l.id()).orElseThrow()),
          l.firstContact(),
          l.date(),
          MapWords.span(l.days()),
          ofRoutes(routes(l.datedRoutes()), routes(l.routes())));
    }
    return t;
  }

  /** Each channel's typical lag from its first dated contact. */
  public static TextTable channelLags(
      MapWords w, MapGraph g, List<TimelineResult.ChannelLag> channels) {
    TextTable t = new TextTable("CHANNEL", ">LED TO", ">DATED", ">TYPICAL LAG");
    for (TimelineResult.ChannelLag ch : channels) {
      t.row(
          w.label(g.indexOf(ch.id()).orElseThrow()),
          String.valueOf(ch.ledTo()),
          String.valueOf(ch.opportunities()),
          ch.medianDays()
              .map(MapWords::span)
              .orElse(ch.ledTo() == 0 ? "led to none" : "no dated route"));
    }
    return t;
  }

  /**
   * A route count of a result back in the form the analyses counted it: the result holds it as the
   * integer that form stood for (at most 53 significant bits), so this is exact.
   */
  public static Scaled routes(BigInteger count) {
    if (count.signum() == 0) {
      return Scaled.ZERO;
    }
    int e = count.bitLength() - 1;
    double mantissa =
        e >= 52
            ? count.shiftRight(e - 52).longValueExact() / 0x1p52
            : count.doubleValue() / Math.scalb(1.0, e);
    return new Scaled(mantissa, e);
  }

  /** "2 of 3", "1,200 of 4,000"; counts beyond 10^15 as a share: "99% of about 10^40". */
  public static String ofRoutes(Scaled part, Scaled all) {
    if (all.exponent() < 50) {
      return String.format(
          Locale.ROOT, "%,d of %,d", Math.round(part.toDouble()), Math.round(all.toDouble()));
    }
    double share = part.isZero() ? 0 : part.dividedBy(all).toDouble();
    long power =
        Math.round((all.exponent() + Math.log(all.mantissa()) / Math.log(2)) * Math.log10(2));
    return Math.round(share * 100) + "% of about 10^" + power;
  }
}
