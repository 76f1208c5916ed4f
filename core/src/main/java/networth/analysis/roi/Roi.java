package networth.analysis.roi;

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
              touches.get(i).winRate()));
    }
    nodes.sort(Comparator.comparingDouble((Line l) -> -l.credit()).thenComparing(Line::label));
    List<Line> lines = new ArrayList<>(nodes);
    for (int i = 0; i < map.groups().size(); i++) {
      Group group = map.groups().get(i);
      List<Node> members = group.members().stream().map(id -> map.node(id).orElseThrow()).toList();
      WinRate winRate = touches.get(costed.size() + i).winRate();
      lines.add(line(group.name(), group.title(), "group", members, g, perNode, rate, winRate));
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
      WinRate winRate) {
    double credit = 0;
    double money = 0;
    double hours = 0;
    boolean priced = true;
    double hourCost = 0;
    for (Node n : nodes) {
      credit += perNode[g.indexOf(n.id()).orElseThrow()];
      Cost c = n.cost();
      money += c.money().map(m -> m.amount().doubleValue()).orElse(0.0);
      double h = c.hours().orElse(0);
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
   * The first and last dates in the map (nodes and links), the period its costs and values span.
   */
  public static Optional<String> period(MapGraph g) {
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
      return Optional.empty();
    }
    return Optional.of(
        java.time.LocalDate.ofEpochDay(first) + " to " + java.time.LocalDate.ofEpochDay(last));
  }
}
