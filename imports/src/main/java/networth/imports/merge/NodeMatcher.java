package networth.imports.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Which node of the map a node found by an import is, if any. The rule (docs/imports.md):
 *
 * <ol>
 *   <li>a person is the map's person with the same profile address ({@code url}); else
 *   <li>with an e-mail address in common; else
 *   <li>with the same name (ignoring case, accents and punctuation) and no organisation that tells
 *       them apart: they share one, or one of them has none. Two people of that name in the map,
 *       and no organisation to choose between them, and the person is added as new and reported as
 *       kept apart ({@code networth suggest} then offers to merge). A different profile address
 *       always tells two people apart.
 *   <li>An organisation is the map's node of the same name without its legal form ("Cielo Ltd" is
 *       Cielo), be it an organisation or an opportunity or a name never declared;
 *   <li>a job, the map's job of the same name without the word "job" ("Imagination job");
 *   <li>anything else, the map's node of the same name and kind (or of unknown kind).
 * </ol>
 *
 * Nodes added by the import are learnt as it goes, so one import never adds the same person twice.
 */
final class NodeMatcher {

  /** The map's node a found one is, and the words the summary gives for it. */
  record Match(String id, String reason) {}

  private final Map<String, List<String>> byKey = new HashMap<>();
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Set<String>> organisationsOf = new HashMap<>();
  private final Map<String, Set<String>> foundOrganisations = new HashMap<>();
  private final List<String> keptApart = new ArrayList<>();
  // The map's people an earlier row of this import already was: two rows of one file are two
  // people, so a name alone never makes a second row the first one's.
  private final Set<String> claimed = new HashSet<>();

  NodeMatcher(NetworkMap map, Found found) {
    map.nodes().forEach(this::index);
    for (Affiliation a : map.affiliations()) {
      String org = Names.organisation(map.label(a.organisation()));
      organisationsOf.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add(org);
    }
    Map<String, String> foundLabels = new HashMap<>();
    found.nodes().forEach(e -> foundLabels.put(e.item().id(), e.item().label()));
    for (Found.Entry<Affiliation> e : found.affiliations()) {
      Affiliation a = e.item();
      String org = Names.organisation(foundLabels.getOrDefault(a.organisation(), a.organisation()));
      foundOrganisations.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add(org);
    }
  }

  List<String> keptApart() {
    return keptApart;
  }

  Optional<Match> match(Node f, Origin origin) {
    return switch (f.kind()) {
      case PERSON -> person(f, origin);
      case ORGANISATION ->
          byName(f, "o:", Names.organisation(f.label()), Names.organisation(f.id()));
      case JOB -> byName(f, "j:", Names.job(f.label()), Names.job(f.id()));
      default -> byName(f, "n:", Names.plain(f.label()), Names.plain(f.id()));
    };
  }

  /** Learns a node now in the map (added, or merged with what {@code found} knew of it). */
  void learn(Node now, Node found) {
    index(now);
    if (now.kind() == NodeKind.PERSON) {
      claimed.add(now.id());
    }
    Set<String> orgs = foundOrganisations.get(found.id());
    if (orgs != null) {
      organisationsOf.computeIfAbsent(now.id(), k -> new LinkedHashSet<>()).addAll(orgs);
    }
  }

  /** Learns an affiliation now in the map. */
  void learn(Affiliation a, Map<String, Node> current) {
    Node org = current.get(a.organisation());
    String name = Names.organisation(org == null ? a.organisation() : org.label());
    organisationsOf.computeIfAbsent(a.person(), k -> new LinkedHashSet<>()).add(name);
  }

  private Optional<Match> person(Node f, Origin origin) {
    String url = Names.url(f.attributes().getOrDefault(Facts.URL, ""));
    if (!url.isEmpty()) {
      Optional<String> id = first("u:" + url, f.kind());
      if (id.isPresent()) {
        return Optional.of(new Match(id.get(), "same profile URL"));
      }
    }
    for (String email : Names.emails(f.attributes().getOrDefault(Facts.EMAIL, ""))) {
      Optional<String> id = first("e:" + email, f.kind());
      if (id.isPresent()) {
        return Optional.of(new Match(id.get(), "same e-mail address"));
      }
    }
    Set<String> orgs = foundOrganisations.getOrDefault(f.id(), Set.of());
    List<String> sameName = new ArrayList<>();
    for (String id : candidates(f.kind(), "n:" + Names.plain(f.label()))) {
      if (claimed.contains(id)) {
        continue;
      }
      Node n = nodes.get(id);
      String theirUrl = Names.url(n.attributes().getOrDefault(Facts.URL, ""));
      boolean otherProfile = !url.isEmpty() && !theirUrl.isEmpty() && !url.equals(theirUrl);
      Set<String> theirs = organisationsOf.getOrDefault(id, Set.of());
      boolean otherOrganisation = !orgs.isEmpty() && !theirs.isEmpty() && disjoint(orgs, theirs);
      if (!otherProfile && !otherOrganisation) {
        sameName.add(id);
      }
    }
    if (sameName.size() == 1) {
      String id = sameName.get(0);
      boolean shared = !disjoint(orgs, organisationsOf.getOrDefault(id, Set.of()));
      return Optional.of(new Match(id, shared ? "same name and organisation" : "same name"));
    }
    // Several people of one name that an earlier import of this file added: each row is the one
    // it added, by its row, else by the id it was given ("Jane Doe", "Jane Doe (2)").
    for (String id : sameName) {
      if (origin.toString().equals(nodes.get(id).attributes().get(Facts.SOURCE))) {
        return Optional.of(new Match(id, "same name"));
      }
    }
    if (sameName.contains(f.id()) && nodes.get(f.id()).attributes().containsKey(Facts.SOURCE)) {
      return Optional.of(new Match(f.id(), "same name"));
    }
    if (sameName.size() > 1) {
      List<String> sharing =
          sameName.stream()
              .filter(id -> !disjoint(orgs, organisationsOf.getOrDefault(id, Set.of())))
              .toList();
      if (sharing.size() == 1) {
        return Optional.of(new Match(sharing.get(0), "same name and organisation"));
      }
      keptApart.add(
          "\""
              + f.label()
              + "\" could be any of "
              + String.join(", ", sameName)
              + " in the map: added apart; `networth suggest` offers to merge");
    }
    return Optional.empty();
  }

  private Optional<Match> byName(Node f, String prefix, String... names) {
    for (String name : names) {
      if (name.isEmpty()) {
        continue;
      }
      Optional<String> id = first(prefix + name, f.kind());
      if (id.isPresent()) {
        return Optional.of(new Match(id.get(), "same name"));
      }
    }
    return Optional.empty();
  }

  private Optional<String> first(String key, NodeKind kind) {
    List<String> c = candidates(kind, key);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  private List<String> candidates(NodeKind kind, String key) {
    return byKey.getOrDefault(key, List.of()).stream()
        .filter(id -> fits(kind, nodes.get(id).kind()))
        .toList();
  }

  /** Whether a node found as {@code found} may be a node of the map of kind {@code map}. */
  static boolean fits(NodeKind found, NodeKind map) {
    if (found == NodeKind.UNKNOWN || map == NodeKind.UNKNOWN || found == map) {
      return true;
    }
    if (found == NodeKind.ORGANISATION) {
      return map.isOpportunity();
    }
    return found.isOpportunity() && map.isOpportunity();
  }

  private void index(Node n) {
    // A node learnt again (merged) keeps the keys it had: its names and addresses only grow.
    nodes.put(n.id(), n);
    Set<String> keys = new LinkedHashSet<>();
    String url = Names.url(n.attributes().getOrDefault(Facts.URL, ""));
    if (!url.isEmpty()) {
      keys.add("u:" + url);
    }
    Names.emails(n.attributes().getOrDefault(Facts.EMAIL, "")).forEach(e -> keys.add("e:" + e));
    for (String name : List.of(n.id(), n.label())) {
      String plain = Names.plain(name);
      if (!plain.isEmpty()) {
        keys.add("n:" + plain);
        keys.add("o:" + Names.organisation(name));
        keys.add("j:" + Names.job(name));
      }
    }
    for (String k : keys) {
      List<String> ids = byKey.computeIfAbsent(k, x -> new ArrayList<>());
      if (!ids.contains(n.id())) {
        ids.add(n.id());
      }
    }
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    Set<String> c = new HashSet<>(a);
    c.retainAll(b);
    return c.isEmpty();
  }
}
