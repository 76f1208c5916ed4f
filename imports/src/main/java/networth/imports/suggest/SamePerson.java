package networth.imports.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Two person nodes that are probably one person: the same full name (two words or more, compared
 * without case, accents or extra spacing), the same e-mail address or profile URL, or a first name
 * alone ("Andy", as people draw maps) and a full name beginning with it ("Andy Carter") with both
 * belonging to the same organisation. Two nodes with the same first name alone and nothing else in
 * common are not proposed: a map that draws two Andys means two people.
 *
 * <p>The one with the fuller name (more words; else the one earlier in the map) keeps its id. The
 * value is what exactly one of the two leads to: merging puts it on the routes that reach the
 * other.
 */
final class SamePerson {

  private SamePerson() {}

  static List<Suggestion> find(NetworkMap map, Reach reach, Names names) {
    List<Node> people = map.nodesOfKind(NodeKind.PERSON);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      order.put(people.get(i).id(), i);
    }
    Map<String, List<String>> byName = new HashMap<>();
    Map<String, List<String>> byEmail = new HashMap<>();
    Map<String, List<String>> byUrl = new HashMap<>();
    Map<String, List<String>> byFirstNameAndOrganisation = new HashMap<>();
    for (Node p : people) {
      List<String> words = Names.words(p.label());
      if (words.size() > 1) {
        byName.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(p.id());
        for (String org : organisations(map, p.id())) {
          byFirstNameAndOrganisation
              .computeIfAbsent(words.get(0) + "\n" + org, k -> new ArrayList<>())
              .add(p.id());
        }
      }
      for (String e : Names.emails(p)) {
        byEmail.computeIfAbsent(e, k -> new ArrayList<>()).add(p.id());
      }
      Names.url(p).ifPresent(u -> byUrl.computeIfAbsent(u, k -> new ArrayList<>()).add(p.id()));
    }
    // Pairs by their places in the map, so the list comes in the same order every time.
    Map<Long, Set<String>> evidence = new TreeMap<>();
    byName.forEach((name, ids) -> pairs(ids, order, evidence, "the same name"));
    byEmail.forEach((e, ids) -> pairs(ids, order, evidence, "the same e-mail address " + e));
    byUrl.forEach((u, ids) -> pairs(ids, order, evidence, "the same profile " + u));
    for (Node p : people) {
      List<String> words = Names.words(p.label());
      if (words.size() != 1) {
        continue;
      }
      for (String org : organisations(map, p.id())) {
        for (String full :
            byFirstNameAndOrganisation.getOrDefault(words.get(0) + "\n" + org, List.of())) {
          pairs(
              List.of(p.id(), full),
              order,
              evidence,
              p.label()
                  + " is "
                  + map.label(full)
                  + "'s first name, and both are at "
                  + names.show(org));
        }
      }
    }
    List<Suggestion> out = new ArrayList<>();
    evidence.forEach(
        (pair, why) -> {
          Node a = people.get((int) (pair >>> 32));
          Node b = people.get((int) (pair & 0xffffffffL));
          boolean bFuller = Names.words(b.label()).size() > Names.words(a.label()).size();
          String keep = bFuller ? b.id() : a.id();
          String other = bFuller ? a.id() : b.id();
          Reach.Connected gained = reach.eitherButNotBoth(keep, other);
          out.add(
              new Suggestion(
                  Suggestion.Rule.SAME_PERSON,
                  new Change.Merge(
                      keep, other, "merge " + names.show(other) + " into " + names.show(keep)),
                  "probably the same person: "
                      + names.show(keep)
                      + " and "
                      + names.show(other)
                      + " ("
                      + String.join("; ", why)
                      + ")",
                  gained.value(),
                  gained.ids()));
        });
    return out;
  }

  private static List<String> organisations(NetworkMap map, String person) {
    return map.affiliationsOf(person).stream()
        .filter(a -> a.person().equals(person))
        .map(Affiliation::organisation)
        .distinct()
        .toList();
  }

  private static void pairs(
      List<String> ids, Map<String, Integer> order, Map<Long, Set<String>> evidence, String why) {
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        long a = order.get(ids.get(i));
        long b = order.get(ids.get(j));
        if (a == b) {
          continue;
        }
        long key = Math.min(a, b) << 32 | Math.max(a, b);
        evidence.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(why);
      }
    }
  }
}
