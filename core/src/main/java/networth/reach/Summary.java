package networth.reach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import networth.graph.MapGraph;
import networth.model.Group;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The first answer to "which of my networking brings in work?": for each of the user's groups and
 * each channel, the opportunities it played a part in, directly or indirectly, and their value.
 *
 * @param opportunities the ids of the opportunities counted (won and open; lost ones are not)
 * @param totalValue their summed weight (clients at value, prospects at value times probability)
 * @param currency the currency of the values, or empty
 * @param groups one touch per group, in map order
 * @param channels one touch per channel node, in map order
 */
public record Summary(
    List<String> opportunities,
    BigDecimal totalValue,
    String currency,
    List<Touch> groups,
    List<Touch> channels) {

  /** How many of a group's members a headline names before "and N more". */
  public static final int MEMBERS_NAMED = 3;

  public Summary {
    opportunities = List.copyOf(opportunities);
    groups = List.copyOf(groups);
    channels = List.copyOf(channels);
  }

  /** Summarises a map: one breadth-first search per group and per channel. */
  public static Summary of(NetworkMap map) {
    return of(map, MapGraph.of(map));
  }

  /** The same, over the map's index when it is already built. */
  public static Summary of(NetworkMap map, MapGraph graph) {
    TouchFinder finder = new TouchFinder(map, graph);
    List<Touch> groups = new ArrayList<>();
    for (Group g : map.groups()) {
      groups.add(finder.touch(g.name(), g.title(), subject(g, map), g.members()));
    }
    List<Touch> channels = new ArrayList<>();
    for (Node c : map.nodesOfKind(NodeKind.CHANNEL)) {
      channels.add(finder.touch(c.id(), c.label(), c.label(), List.of(c.id())));
    }
    return new Summary(
        finder.opportunities(), finder.totalValue(), map.settings().currency(), groups, channels);
  }

  /** Members named up to three; "Events (IDG event, UC Expo, ITDF 2012 and 2 more)". */
  private static String subject(Group g, NetworkMap map) {
    List<String> labels = g.members().stream().map(map::label).toList();
    if (labels.size() > MEMBERS_NAMED) {
      int more = labels.size() - MEMBERS_NAMED;
      return g.title()
          + " ("
          + String.join(", ", labels.subList(0, MEMBERS_NAMED))
          + " and "
          + more
          + " more)";
    }
    return g.title() + " (" + String.join(", ", labels) + ")";
  }

  /** The share of the total value a touch holds, in whole percent (0 when nothing has value). */
  public int percentOfValue(Touch t) {
    if (totalValue.signum() == 0) {
      return 0;
    }
    return t.value()
        .multiply(BigDecimal.valueOf(100))
        .divide(totalValue, 0, RoundingMode.HALF_UP)
        .intValueExact();
  }

  /**
   * The sentence a person would say: "Social (LinkedIn, Twitter, My blog) played a part in 9 of 10
   * opportunities (85% of the value): 2 directly, 7 indirectly."
   */
  public String headline(Touch t) {
    int total = opportunities.size();
    String of = total == 1 ? "the 1 opportunity" : "the " + total + " opportunities";
    if (t.count() == 0) {
      return t.subject() + " played no part in any of " + of + ".";
    }
    String where =
        t.count() == total && total > 1
            ? "all " + total + " opportunities"
            : t.count() + " of " + total + " opportunit" + (total == 1 ? "y" : "ies");
    String value = totalValue.signum() == 0 ? "" : " (" + percentOfValue(t) + "% of the value)";
    return t.subject()
        + " played a part in "
        + where
        + value
        + ": "
        + t.direct().size()
        + " directly, "
        + t.indirect().size()
        + " indirectly.";
  }

  /** Headlines for every group, then every channel. */
  public List<String> headlines() {
    List<String> lines = new ArrayList<>();
    groups.forEach(t -> lines.add(headline(t)));
    channels.forEach(t -> lines.add(headline(t)));
    return lines;
  }
}
