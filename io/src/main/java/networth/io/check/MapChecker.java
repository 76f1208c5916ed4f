package networth.io.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.graph.CycleFinder;
import networth.graph.MapGraph;
import networth.io.FieldValues;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The checks that concern a whole map, whatever format it was read from: links to themselves, links
 * given twice, cycles, nodes without a kind, amounts in several currencies, affiliations of a node
 * to itself, given twice or ending before they start, texts holding control characters ({@link
 * TextCharacters}), attributes with a blank key ({@link BlankAttributeKeys}).
 */
public final class MapChecker {

  private final NetworkMap map;
  private final Locations locations;
  private final String source;
  private List<Problem> problems = new ArrayList<>();
  private MapGraph graph;

  // Links from which the index is built on a thread of its own while the checks that do not need
  // it run (below, a thread costs more than it saves).
  private static final int INDEX_BESIDE_FROM = 100_000;

  private MapChecker(ReadResult read, String source) {
    this.map = read.map();
    this.locations = read.locations();
    this.source = source;
  }

  /**
   * The read result with the map's problems added.
   *
   * @param source the name to use where a problem has no better place
   */
  public static ReadResult check(ReadResult read, String source) {
    MapChecker checker = new MapChecker(read, source);
    NetworkMap map = checker.map;
    java.util.concurrent.CompletableFuture<MapGraph> index =
        map.links().size() < INDEX_BESIDE_FROM
            ? java.util.concurrent.CompletableFuture.completedFuture(MapGraph.of(map))
            : java.util.concurrent.CompletableFuture.supplyAsync(
                () -> MapGraph.of(map), task -> new Thread(task, "map index").start());
    // The checks that only read the map, while the index is built; their problems come after
    // those of the links and cycles, as they always have.
    checker.kinds();
    checker.currencies();
    checker.affiliations();
    checker.problems.addAll(TextCharacters.check(map, checker.locations, source));
    checker.problems.addAll(BlankAttributeKeys.check(map, checker.locations, source));
    List<Problem> later = checker.problems;
    checker.problems = new ArrayList<>();
    checker.graph = index.join();
    checker.links();
    checker.cycles();
    checker.problems.addAll(later);
    return read.with(checker.problems, checker.graph);
  }

  private void links() {
    // Ends are read as node numbers: no link object is made for the millions that are fine.
    int m = map.links().size();
    for (int i = 0; i < m; i++) {
      if (map.fromIndex(i) == map.toIndex(i)) {
        String id = map.nodes().get(map.fromIndex(i)).id();
        error(
            link(i), "'" + id + "' links to itself", "a link joins two different nodes: remove it");
      }
    }
    int[] repeated = graph.repeatedLinks();
    if (repeated.length == 0) {
      return;
    }
    Map<Long, Integer> first = new HashMap<>();
    for (int i = 0; i < m; i++) {
      first.putIfAbsent(pair(i), i);
    }
    for (int i : repeated) {
      Link l = map.links().get(i);
      warning(
          link(i),
          "the link "
              + l.from()
              + " -> "
              + l.to()
              + " is given twice (first at "
              + link(first.get(pair(i)))
              + ")",
          "keep one; the analyses count it once");
    }
  }

  private long pair(int link) {
    return ((long) map.fromIndex(link) << 32) | map.toIndex(link);
  }

  private void cycles() {
    if (graph.isAcyclic()) {
      return;
    }
    Optional<List<String>> cycle = CycleFinder.find(graph);
    if (cycle.isEmpty()) {
      return;
    }
    List<String> ids = cycle.get();
    if (ids.size() == 2) {
      return; // a link to itself, reported as such by links()
    }
    String from = ids.get(ids.size() - 2);
    String to = ids.get(ids.size() - 1);
    int closing = 0;
    int a = map.indexOf(from).orElseThrow();
    int b = map.indexOf(to).orElseThrow();
    for (int i = 0; i < map.links().size(); i++) {
      if (map.fromIndex(i) == a && map.toIndex(i) == b) {
        closing = i;
        break;
      }
    }
    String spelled = String.join(" -> ", ids.stream().map(this::shown).toList());
    error(
        link(closing),
        "cycle: " + spelled,
        "routes must not come back to where they started: remove one of these links (this one closes it)");
  }

  private String shown(String id) {
    return id.matches("[\\w.'&-]+") ? id : "\"" + id + "\"";
  }

  private void kinds() {
    for (Node n : map.nodes()) {
      if (n.kind() != NodeKind.UNKNOWN || locations.isBroken(n.id())) {
        continue;
      }
      if (locations.declaration(n.id()).isPresent()) {
        warning(
            at(n.id()),
            "'" + n.id() + "' has no kind",
            "give it one of " + String.join(", ", NodeKind.keywords().subList(0, 11)));
      } else {
        warning(
            at(n.id()),
            "'" + n.id() + "' is used but not declared",
            "declare it with its kind, e.g. person "
                + shown(n.id())
                + " (it counts as a node of unknown kind)");
      }
    }
  }

  private void currencies() {
    TreeSet<String> used = new TreeSet<>();
    // The first value in a currency other than the map's (or than the first one used), where the
    // warning points: the place to change.
    String expected = map.settings().currency();
    Optional<String> odd = Optional.empty();
    for (Node n : map.nodes()) {
      if (n.deal().value().isEmpty() && n.laterDeals().isEmpty()) {
        continue; // nearly every node of a large map: nothing valued, nothing to gather
      }
      List<String> here = new ArrayList<>();
      n.deal().value().map(Money::currency).ifPresent(here::add);
      // A client who came back is valued in each of its deals too.
      n.laterDeals().forEach(d -> d.terms().value().map(Money::currency).ifPresent(here::add));
      for (String c : here) {
        if (c.isEmpty()) {
          continue;
        }
        used.add(c);
        if (expected.isEmpty()) {
          expected = c;
        } else if (!c.equals(expected) && odd.isEmpty()) {
          odd = Optional.of(n.id());
        }
      }
    }
    if (used.size() > 1) {
      String first = expected;
      warning(
          odd.map(this::at).orElse(SourcePosition.of(source)),
          "opportunities are valued in " + String.join(", ", used),
          odd.map(id -> "'" + id + "' is the first valued in another currency than " + first + "; ")
                  .orElse("")
              + "networth adds values as they are, without converting currencies: use one currency");
    }
  }

  private void affiliations() {
    Map<Affiliation, Integer> first = new HashMap<>();
    List<Affiliation> all = map.affiliations();
    for (int i = 0; i < all.size(); i++) {
      Affiliation a = all.get(i);
      String said =
          shown(a.person()) + " " + a.role().phrase(a.ended()) + " " + shown(a.organisation());
      String ends = FieldValues.untilProblem(a.since(), a.until());
      // Two that differ only in their notes say the same thing.
      Integer before = first.putIfAbsent(a.withNote(""), i);
      if (a.person().equals(a.organisation())) {
        error(
            affiliation(i),
            "'" + a.person() + "' " + a.role().phrase(a.ended()) + " itself",
            "an affiliation joins a person to another node: name the organisation");
      } else if (!ends.isEmpty()) {
        error(affiliation(i), said + ": " + ends, "give an until that is not before since");
      } else if (before != null) {
        warning(
            affiliation(i),
            said + " is given twice (first at " + affiliation(before) + ")",
            "keep one");
      }
    }
  }

  private SourcePosition affiliation(int i) {
    return locations.affiliation(i).orElse(SourcePosition.of(source));
  }

  private SourcePosition link(int i) {
    return locations.link(i).orElse(SourcePosition.of(source));
  }

  private SourcePosition at(String id) {
    return locations.of(id).orElse(SourcePosition.of(source));
  }

  private void error(SourcePosition at, String message, String hint) {
    problems.add(Problem.error(at, message, hint).showing(locations.line(at), 2));
  }

  private void warning(SourcePosition at, String message, String hint) {
    problems.add(Problem.warning(at, message, hint).showing(locations.line(at), 1));
  }
}
