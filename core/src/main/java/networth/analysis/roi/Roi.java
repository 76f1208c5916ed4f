package networth.analysis.roi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.graph.MapGraph;
import networth.model.Cost;
import networth.model.Group;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.Period;
import networth.reach.Touch;
import networth.reach.TouchFinder;
import networth.reach.WinRate;

/**
 * Return on the time and money networking costs: for each channel, each other node with a cost (an
 * event, a job, an appearance...) and each group, the value an attribution model credits to it,
 * divided by what it cost: money spent plus hours times the hourly rate (the node's own, else the
 * map's). A group's credit and cost are its members'. Beside it, the deals it touched that were won
 * and lost.
 */
public final class Roi {

  /**
   * One channel or group.
   *
   * @param name the node's id or the group's name
   * @param label how it is shown
   * @param kind the node's kind keyword ("channel", "event"...) or "group"
   * @param credit the value credited to it
   * @param money money spent
   * @param hours hours spent
   * @param cost money plus hours at the rate; empty when hours were given without any rate
   * @param winRate the clients it touched against the lost deals it touched
   */
  public record Line(
      String name,
      String label,
      String kind,
      double credit,
      double money,
      double hours,
      OptionalDouble cost,
      WinRate winRate) {

    /** Credit per unit of cost: 12 means 12 of value for each 1 spent. */
    public OptionalDouble ratio() {
      return cost.isPresent() && cost.getAsDouble() > 0
          ? OptionalDouble.of(credit / cost.getAsDouble())
          : OptionalDouble.empty();
    }

    /** Credit per hour spent. */
    public OptionalDouble perHour() {
      return hours > 0 ? OptionalDouble.of(credit / hours) : OptionalDouble.empty();
    }
  }

  private Roi() {}

  /**
   * Every channel and every other node with a cost, most credited first (then by label), then the
   * groups in map order; each with its credit under {@code perNode}, its cost and its win rate.
   */
  public static List<Line> of(NetworkMap map, MapGraph g, double[] perNode) {
    return of(map, g, perNode, span(g, Period.ALWAYS));
  }

  /**
   * The same, charging each cost for the days of {@code span}: a cost by the week, month, quarter
   * or year for the days its node was active within it, a one-off cost when its node's date lies in
   * it (see {@link Cost#over}). Without a span (a map with no dates) a recurring cost cannot be
   * charged, and the line's cost is unknown.
   */
  public static List<Line> of(NetworkMap map, MapGraph g, double[] perNode, Optional<Span> span) {
    Optional<Money> rate = map.settings().hourlyRate();
    List<Node> costed = new ArrayList<>();
    for (Node n : map.nodes()) {
      if (n.kind() == NodeKind.CHANNEL || (!n.isOpportunity() && !n.cost().isEmpty())) {
        costed.add(n);
      }
    }
    // The deals of every line found together, 64 lines to a pass.
    List<TouchFinder.Asked> asked = new ArrayList<>();
    costed.forEach(n -> asked.add(TouchFinder.Asked.node(n)));
    map.groups()
        .forEach(gr -> asked.add(new TouchFinder.Asked(gr.name(), gr.title(), "", gr.members())));
    List<Touch> touches = new TouchFinder(map, g).touches(asked);
    List<Line> nodes = new ArrayList<>();
    for (int i = 0; i < costed.size(); i++) {
      Node n = costed.get(i);
      nodes.add(
          line(
              n.id(),
              n.label(),
              n.kind().keyword(),
              List.of(n),
              g,
              perNode,
              rate,
              span,
              touches.get(i).winRate()));
    }
    nodes.sort(Comparator.comparingDouble((Line l) -> -l.credit()).thenComparing(Line::label));
    List<Line> lines = new ArrayList<>(nodes);
    for (int i = 0; i < map.groups().size(); i++) {
      Group group = map.groups().get(i);
      List<Node> members = group.members().stream().map(id -> map.node(id).orElseThrow()).toList();
      WinRate winRate = touches.get(costed.size() + i).winRate();
      lines.add(
          line(group.name(), group.title(), "group", members, g, perNode, rate, span, winRate));
    }
    return lines;
  }

  private static Line line(
      String name,
      String label,
      String kind,
      List<Node> nodes,
      MapGraph g,
      double[] perNode,
      Optional<Money> mapRate,
      Optional<Span> span,
      WinRate winRate) {
    double credit = 0;
    double money = 0;
    double hours = 0;
    boolean priced = true;
    double hourCost = 0;
    for (Node n : nodes) {
      credit += perNode[g.indexOf(n.id()).orElseThrow()];
      Cost c = n.cost();
      boolean recurring = c.moneyEvery().isPresent() || c.hoursEvery().isPresent();
      Cost.Charge charge;
      if (span.isEmpty()) {
        // No dates to measure a span by: one-off costs in full, recurring ones unknown.
        charge =
            new Cost.Charge(
                c.moneyEvery().isPresent() ? Optional.empty() : c.money(),
                c.hoursEvery().isPresent() ? 0 : c.hours().orElse(0));
        priced &= !recurring;
      } else if (span.get().isEmpty()) {
        charge = new Cost.Charge(Optional.empty(), 0);
      } else {
        charge = c.over(span.get().from(), span.get().to(), n.date(), n.until());
      }
      money += charge.money().map(m -> m.amount().doubleValue()).orElse(0.0);
      double h = charge.hours();
      hours += h;
      Optional<Money> rate = c.rate().or(() -> mapRate);
      if (h > 0 && rate.isEmpty()) {
        priced = false;
      }
      hourCost += h * rate.map(r -> r.amount().doubleValue()).orElse(0.0);
    }
    OptionalDouble cost = priced ? OptionalDouble.of(money + hourCost) : OptionalDouble.empty();
    return new Line(name, label, kind, credit, money, hours, cost, winRate);
  }

  /**
   * The days a return is measured over, both ends included.
   *
   * @param from the first day
   * @param to the last day
   */
  public record Span(LocalDate from, LocalDate to) {

    /** Whether no day lies in it: the period asked lies outside the map's dates. */
    public boolean isEmpty() {
      return to.isBefore(from);
    }

    @Override
    public String toString() {
      return isEmpty()
          ? "no day of the map's (the period asked lies outside its dates)"
          : from + " to " + to;
    }
  }

  /**
   * The days costs are charged for: the period asked, its open ends (all of them, for all time)
   * bounded by the map's first and last dates (nodes and links), a span of no day when the period
   * lies outside them; empty when an end is open and the map gives no dates.
   */
  public static Optional<Span> span(MapGraph g, Period period) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.date(v) != MapGraph.NO_DATE) {
        first = Math.min(first, g.date(v));
        last = Math.max(last, g.date(v));
      }
      for (int k = 0; k < g.outDegree(v); k++) {
        if (g.outDate(v, k) != MapGraph.NO_DATE) {
          first = Math.min(first, g.outDate(v, k));
          last = Math.max(last, g.outDate(v, k));
        }
      }
    }
    if (first == Integer.MAX_VALUE) {
      return period.from().isPresent() && period.to().isPresent()
          ? Optional.of(new Span(period.from().get(), period.to().get()))
          : Optional.empty();
    }
    LocalDate from = period.firstDay(LocalDate.ofEpochDay(first));
    LocalDate to = period.lastDay(LocalDate.ofEpochDay(last));
    return Optional.of(new Span(from, to));
  }
}
