package networth.imports.merge;

import static networth.imports.merge.Change.Action.UPDATED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.imports.Skipped;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Merges what a source holds into a map without duplicating what the map already has.
 *
 * <p>Each node found is matched to a node of the map ({@link NodeMatcher} holds the rule); a match
 * keeps the map's id, label and every value the map already has, and gains only the facts it
 * lacked. A node without a match is added, with its {@code source}. A link is the map's when it
 * joins the same two nodes; an affiliation when it joins the same person and organisation. So an
 * import run twice changes nothing the second time.
 */
public final class MapMerge {

  /** The map after the import, and what the import did. */
  public record Merged(NetworkMap map, MergeReport report) {}

  private final NetworkMap map;
  private final Found found;
  private final NodeMatcher matcher;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, String> resolved = new HashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, Integer> linkAt = new HashMap<>();
  private final Map<String, List<String>> next = new HashMap<>();
  private final List<Affiliation> affiliations = new ArrayList<>();
  private final Map<String, Integer> affiliationAt = new HashMap<>();
  private final List<Change> changes = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  private MapMerge(NetworkMap map, Found found) {
    this.map = map;
    this.found = found;
    map.nodes().forEach(n -> nodes.put(n.id(), n));
    map.links().forEach(this::keepLink);
    map.affiliations().forEach(this::keepAffiliation);
    this.matcher = new NodeMatcher(map, found);
  }

  /**
   * Merges {@code found} into {@code map}.
   *
   * @param files the files it was read from, as named, for the report
   */
  public static Merged merge(NetworkMap map, Found found, List<String> files) {
    return new MapMerge(map, found).run(files);
  }

  private Merged run(List<String> files) {
    skipped.addAll(found.skipped());
    for (Found.Entry<Node> e : found.nodes()) {
      node(e.item(), e.origin());
    }
    for (Found.Entry<Link> e : found.links()) {
      link(e.item(), e.origin());
    }
    for (Found.Entry<Affiliation> e : found.affiliations()) {
      affiliation(e.item(), e.origin());
    }
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    nodes.values().forEach(b::node);
    links.forEach(b::link);
    map.groups().forEach(b::group);
    affiliations.forEach(b::affiliation);
    return new Merged(
        b.build(), new MergeReport(found.source(), files, changes, skipped, matcher.keptApart()));
  }

  private void node(Node f, Origin origin) {
    Optional<NodeMatcher.Match> match = matcher.match(f, origin);
    if (match.isPresent()) {
      String id = match.get().id();
      Node was = nodes.get(id);
      Node now = Filled.node(was, f);
      nodes.put(id, now);
      resolved.put(f.id(), id);
      matcher.learn(now, f);
      changes.add(
          new Change(
              f.kind().keyword(),
              id,
              now.equals(was) ? Change.Action.UNCHANGED : Change.Action.UPDATED,
              match.get().reason(),
              origin));
      return;
    }
    String id = freshId(f.id());
    Node added = rebadged(f, id);
    if (!added.attributes().containsKey(Facts.SOURCE)) {
      added = added.withAttribute(Facts.SOURCE, origin.toString());
    }
    nodes.put(id, added);
    resolved.put(f.id(), id);
    matcher.learn(added, f);
    changes.add(new Change(f.kind().keyword(), id, Change.Action.ADDED, "", origin));
  }

  private void link(Link f, Origin origin) {
    Optional<String> from = end(f.from(), origin);
    Optional<String> to = end(f.to(), origin);
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    String name = from.get() + " -> " + to.get();
    if (from.get().equals(to.get())) {
      skipped.add(new Skipped(origin, "a link from a node to itself"));
      return;
    }
    Integer at = linkAt.get(key(from.get(), to.get()));
    if (at != null) {
      fill(
          links,
          at,
          f,
          Filled::link,
          new Change("link", name, UPDATED, "joins the same two nodes", origin));
      return;
    }
    if (reaches(to.get(), from.get())) {
      // A map with a loop fails its check, and every analysis with it: the link is left out.
      skipped.add(new Skipped(origin, "a link that would close a loop"));
      return;
    }
    Link added = f.between(from.get(), to.get());
    if (!added.attributes().containsKey(Facts.SOURCE)) {
      added = added.withAttribute(Facts.SOURCE, origin.toString());
    }
    keepLink(added);
    changes.add(new Change("link", name, Change.Action.ADDED, "", origin));
  }

  private void affiliation(Affiliation f, Origin origin) {
    Optional<String> person = end(f.person(), origin);
    Optional<String> organisation = end(f.organisation(), origin);
    if (person.isEmpty() || organisation.isEmpty()) {
      return;
    }
    if (person.get().equals(organisation.get())) {
      skipped.add(new Skipped(origin, "an affiliation of a node with itself"));
      return;
    }
    Affiliation moved =
        new Affiliation(person.get(), organisation.get(), f.role(), f.since(), f.until(), f.note());
    String name = moved.sentence(person.get(), organisation.get());
    Integer at = affiliationAt.get(key(person.get(), organisation.get()));
    if (at != null) {
      fill(
          affiliations,
          at,
          moved,
          Filled::affiliation,
          new Change(
              "affiliation", name, UPDATED, "joins the same person and organisation", origin));
      return;
    }
    keepAffiliation(moved);
    matcher.learn(moved, nodes);
    changes.add(new Change("affiliation", name, Change.Action.ADDED, "", origin));
  }

  /**
   * Fills the item at {@code at} with what the import found of it, and records {@code change}: as
   * it is when the item gained something, else as unchanged.
   */
  private <T> void fill(List<T> items, int at, T found, BinaryOperator<T> filled, Change change) {
    T was = items.get(at);
    T now = filled.apply(was, found);
    items.set(at, now);
    changes.add(
        now.equals(was)
            ? new Change(
                change.what(),
                change.name(),
                Change.Action.UNCHANGED,
                change.reason(),
                change.origin())
            : change);
  }

  /** The map id of a link's end: the node found under that id, else a node of the map. */
  private Optional<String> end(String foundId, Origin origin) {
    String id = resolved.get(foundId);
    if (id != null) {
      return Optional.of(id);
    }
    if (nodes.containsKey(foundId)) {
      return Optional.of(foundId);
    }
    skipped.add(new Skipped(origin, "names a node the files do not hold"));
    return Optional.empty();
  }

  /** Whether a route leads from {@code a} to {@code b} along the links kept so far. */
  private boolean reaches(String a, String b) {
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(a));
    java.util.Set<String> seen = new java.util.HashSet<>(todo);
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (n.equals(b)) {
        return true;
      }
      for (String m : next.getOrDefault(n, List.of())) {
        if (seen.add(m)) {
          todo.push(m);
        }
      }
    }
    return false;
  }

  private void keepLink(Link l) {
    next.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l.to());
    linkAt.putIfAbsent(key(l.from(), l.to()), links.size());
    links.add(l);
  }

  private void keepAffiliation(Affiliation a) {
    affiliationAt.putIfAbsent(key(a.person(), a.organisation()), affiliations.size());
    affiliations.add(a);
  }

  private static String key(String a, String b) {
    return a + '\u0000' + b;
  }

  /** {@code wanted}, or "wanted (2)", "wanted (3)"… when the map already has that id. */
  private String freshId(String wanted) {
    if (!nodes.containsKey(wanted)) {
      return wanted;
    }
    for (int k = 2; ; k++) {
      String id = wanted + " (" + k + ")";
      if (!nodes.containsKey(id)) {
        return id;
      }
    }
  }

  private static Node rebadged(Node n, String id) {
    if (n.id().equals(id)) {
      return n;
    }
    return new Node(
        id,
        n.label(),
        n.kind(),
        n.date(),
        n.until(),
        n.note(),
        n.deal(),
        n.cost(),
        n.attributes(),
        n.laterDeals());
  }
}
