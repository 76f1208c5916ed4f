package networth.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A map restricted to the opportunities of a period: those whose own date lies in it. The others
 * are left out, with their links, so that every analysis of the restricted map answers "what came
 * in during the period?" and counts only them. Undated opportunities are left out when there is a
 * period, since they cannot be placed in one.
 *
 * <p>An opportunity left out that led on to something (a client who referred another) stays on the
 * map as a step of those routes, as an organisation, so that the later work keeps its routes; it is
 * not counted. Groups lose the members left out.
 *
 * @param map the restricted map (the map itself when the period is {@link Period#ALWAYS})
 * @param period the period
 * @param kept the ids of the opportunities in the period, in map order
 * @param outside the ids of the dated opportunities outside it
 * @param undated the ids of the opportunities left out for having no date
 */
public record PeriodMap(
    NetworkMap map, Period period, List<String> kept, List<String> outside, List<String> undated) {

  public PeriodMap {
    kept = List.copyOf(kept);
    outside = List.copyOf(outside);
    undated = List.copyOf(undated);
  }

  /** The map restricted to the period's opportunities, in O(n + m). */
  public static PeriodMap of(NetworkMap map, Period period) {
    List<String> kept = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    Set<String> left = new HashSet<>();
    for (Node n : map.nodes()) {
      if (!n.isOpportunity()) {
        continue;
      }
      if (period.isAlways() || n.date().filter(period::contains).isPresent()) {
        kept.add(n.id());
      } else {
        (n.date().isPresent() ? outside : undated).add(n.id());
        left.add(n.id());
      }
    }
    if (left.isEmpty()) {
      return new PeriodMap(map, period, kept, outside, undated);
    }
    Set<String> leadOn = new HashSet<>();
    for (Link l : map.links()) {
      if (left.contains(l.from())) {
        leadOn.add(l.from());
      }
    }
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    for (Node n : map.nodes()) {
      if (!left.contains(n.id())) {
        b.node(n);
      } else if (leadOn.contains(n.id())) {
        b.node(step(n));
      }
    }
    for (Link l : map.links()) {
      if (kept(l.from(), left, leadOn) && kept(l.to(), left, leadOn)) {
        b.link(l);
      }
    }
    for (Group g : map.groups()) {
      b.group(
          new Group(g.name(), g.members().stream().filter(m -> kept(m, left, leadOn)).toList()));
    }
    map.affiliations().stream()
        .filter(x -> kept(x.person(), left, leadOn) && kept(x.organisation(), left, leadOn))
        .forEach(b::affiliation);
    return new PeriodMap(b.build(), period, kept, outside, undated);
  }

  private static boolean kept(String id, Set<String> left, Set<String> leadOn) {
    return !left.contains(id) || leadOn.contains(id);
  }

  /** An opportunity outside the period kept as a step of later routes: not counted. */
  private static Node step(Node n) {
    Node s =
        Node.of(n.id(), NodeKind.ORGANISATION)
            .withLabel(n.label())
            .withNote(n.note())
            .withCost(n.cost());
    if (n.date().isPresent()) {
      s = s.withDate(n.date().get());
    }
    for (Map.Entry<String, String> a : n.attributes().entrySet()) {
      s = s.withAttribute(a.getKey(), a.getValue());
    }
    return s;
  }

  /** How many opportunities were left out, dated outside the period or undated. */
  public int leftOut() {
    return outside.size() + undated.size();
  }
}
