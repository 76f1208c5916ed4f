package networth.reach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.graph.MapGraph;
import networth.model.Cost;
import networth.model.Group;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NodeKind;
import networth.model.Rhythm;
import networth.text.Amounts;

/**
 * The first answer to "which of my networking brings in work?": for each of the user's groups, each
 * channel and each source (see {@link Source}), the opportunities it played a part in, directly or
 * indirectly, their value, and the deals it touched that were lost.
 *
 * @param opportunities the ids of the opportunities counted (won and open; lost ones are not)
 * @param totalValue their summed weight (clients at value, prospects at value times probability)
 * @param currency the currency of the values, or empty
 * @param groups one touch per group, in map order
 * @param channels one touch per channel node, in map order
 * @param sources every source, most value first (see {@link SourceFinder#rank})
 * @param lost the ids of the lost opportunities, in map order
 * @param lostValue what the lost deals would have been worth
 * @param hourlyRate the map's value of an hour, for the cost of sources
 */
public record Summary(
    List<String> opportunities,
    BigDecimal totalValue,
    String currency,
    List<Touch> groups,
    List<Touch> channels,
    List<Source> sources,
    List<String> lost,
    BigDecimal lostValue,
    Optional<Money> hourlyRate) {

  /** How many of a group's members a headline names before "and N more". */
  public static final int MEMBERS_NAMED = 3;

  public Summary {
    opportunities = List.copyOf(opportunities);
    groups = List.copyOf(groups);
    channels = List.copyOf(channels);
    sources = List.copyOf(sources);
    lost = List.copyOf(lost);
  }

  /** Summarises a map: the groups, channels and sources 64 at a time (see {@link TouchWords}). */
  public static Summary of(NetworkMap map) {
    return of(map, MapGraph.of(map));
  }

  /** The same, over the map's index when it is already built. */
  public static Summary of(NetworkMap map, MapGraph graph) {
    TouchFinder finder = new TouchFinder(map, graph);
    List<TouchFinder.Asked> asked = new ArrayList<>();
    for (Group g : map.groups()) {
      asked.add(new TouchFinder.Asked(g.name(), g.title(), subject(g, map), g.members()));
    }
    map.nodesOfKind(NodeKind.CHANNEL).forEach(c -> asked.add(TouchFinder.Asked.node(c)));
    List<Touch> touches = finder.touches(asked);
    List<Touch> groups = touches.subList(0, map.groups().size());
    List<Touch> channels = touches.subList(map.groups().size(), touches.size());
    return new Summary(
        finder.opportunities(),
        finder.totalValue(),
        map.settings().currency(),
        groups,
        channels,
        SourceFinder.rank(map, graph, finder),
        finder.lostOpportunities(),
        finder.lostValue(),
        map.settings().hourlyRate());
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

  /**
   * What a person says first: the biggest source, "Acme Studio (job) led to 33% of the value: 3 of
   * 8 opportunities, €26,000.", then each source that cost something and led to nothing yet.
   */
  public List<String> lead() {
    if (sources.isEmpty()) {
      return List.of("Nothing in the map leads to an opportunity yet.");
    }
    List<String> lines = new ArrayList<>();
    lines.add(sentence(sources.get(0)));
    for (Source s : sources.subList(1, sources.size())) {
      if (s.touch().count() == 0 && !s.cost().isEmpty()) {
        lines.add(sentence(s));
      }
    }
    return lines;
  }

  /** The lead, then the headlines of every group and channel. */
  public List<String> sentences() {
    List<String> lines = new ArrayList<>(lead());
    lines.addAll(headlines());
    return lines;
  }

  /**
   * What a source led to, in a sentence: "Acme Studio (job) led to 33% of the value: 3 of 8
   * opportunities, €26,000."; for one that led to nothing, what it cost: "Config 2023 cost €1,200
   * and 24 hours (€3,120 with the hours at €80) and led to no opportunity yet."
   */
  public String sentence(Source s) {
    Touch t = s.touch();
    int total = opportunities.size();
    if (t.count() > 0) {
      String of = t.count() + " of " + total + " opportunit" + (total == 1 ? "y" : "ies");
      return totalValue.signum() == 0
          ? s.named() + " led to " + of + "."
          : s.named()
              + " led to "
              + percentOfValue(t)
              + "% of the value: "
              + of
              + ", "
              + Amounts.show(t.value(), currency)
              + ".";
    }
    String cost = s.cost().isEmpty() ? "" : " cost " + cost(s.cost()) + " and";
    String who = s.cost().isEmpty() ? s.named() : s.label();
    if (t.lost().isEmpty()) {
      return who + cost + " led to no opportunity yet.";
    }
    return who
        + cost
        + " led to no opportunity won or open yet, only "
        + t.lost().size()
        + " lost ("
        + Amounts.show(t.lostValue(), currency)
        + ").";
  }

  /** "€1,200 and 24 hours (€3,120 with the hours at €80)", as the map gives them. */
  private String cost(Cost c) {
    List<String> parts = new ArrayList<>();
    BigDecimal money = c.money().map(Money::amount).orElse(BigDecimal.ZERO);
    c.money()
        .ifPresent(
            m ->
                parts.add(
                    Amounts.show(m.amount(), m.orCurrency(currency).currency())
                        + every(c.moneyEvery())));
    double hours = c.hours().orElse(0);
    if (c.hours().isPresent()) {
      String h = BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
      parts.add(h + (hours == 1 ? " hour" : " hours") + every(c.hoursEvery()));
    }
    String said = parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    Optional<Money> rate = c.rate().or(() -> hourlyRate);
    // Amounts by different periods do not add up to one figure: "€96 a year and 2 hours a month".
    boolean sameRhythm = c.moneyEvery().equals(c.hoursEvery()) || c.money().isEmpty();
    if (hours > 0 && rate.isPresent() && sameRhythm) {
      BigDecimal valued = money.add(rate.get().amount().multiply(BigDecimal.valueOf(hours)));
      said +=
          " ("
              + Amounts.show(valued, currency)
              + every(c.hoursEvery())
              + " with the hours at "
              + Amounts.show(rate.get().amount(), currency)
              + ")";
    }
    return said;
  }

  /** " a month" after an amount paid monthly; nothing after one paid once. */
  private static String every(Optional<Rhythm> rhythm) {
    return rhythm.map(r -> " a " + r.word()).orElse("");
  }
}
