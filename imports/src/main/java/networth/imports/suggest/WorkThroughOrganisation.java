package networth.imports.suggest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;

/**
 * "Andy Carter works at Cielo, and Cielo became Client 1": a person belongs to an organisation that
 * leads to work (or is itself a client or prospect), and has no link to it, so no route runs from
 * the person to that work. Proposes the link person → organisation, worth the opportunities it
 * would put on a route from the person. Left out when it would connect nothing new, and when the
 * organisation already leads to the person (the link would close a loop, which a map may not have).
 */
final class WorkThroughOrganisation {

  private WorkThroughOrganisation() {}

  static List<Suggestion> find(NetworkMap map, Reach reach, Names names) {
    List<Suggestion> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Affiliation a : map.affiliations()) {
      String person = a.person();
      String org = a.organisation();
      if (!seen.add(person + "\n" + org)
          || reach.linked(person, org)
          || reach.leadsTo(org, person)) {
        continue;
      }
      Reach.Connected gained = reach.newlyConnected(person, org);
      if (gained.isEmpty()) {
        continue;
      }
      String reason =
          a.sentence(names.show(person), names.show(org))
              + ", and "
              + leadsTo(map, reach, names, org, gained.ids());
      out.add(
          new Suggestion(
              Suggestion.Rule.WORK_THROUGH_ORGANISATION,
              new Change.Add(List.of(), List.of(Link.of(person, org)), arrow(names, person, org)),
              reason,
              gained.value(),
              gained.ids()));
    }
    return out;
  }

  /** {@code Andy Carter → Cielo}. */
  static String arrow(Names names, String from, String to) {
    return names.show(from) + " → " + names.show(to);
  }

  /**
   * What a node leads to, in words: "Cielo became Client 1" for opportunities it links to, "led on
   * to Prospect 3" for those further on, "is itself a client" when it is one; at most three named.
   */
  static String leadsTo(
      NetworkMap map, Reach reach, Names names, String node, List<String> opportunities) {
    List<String> direct = reach.directly(node, opportunities);
    List<String> further = new ArrayList<>();
    boolean itself = false;
    for (String o : opportunities) {
      if (o.equals(node)) {
        itself = true;
      } else if (!direct.contains(o)) {
        further.add(o);
      }
    }
    List<String> parts = new ArrayList<>();
    if (itself) {
      parts.add("is itself a " + map.node(node).orElseThrow().kind().keyword());
    }
    if (!direct.isEmpty()) {
      parts.add("became " + list(names, direct));
    }
    if (!further.isEmpty()) {
      parts.add("led on to " + list(names, further));
    }
    return names.show(node) + " " + String.join(" and ", parts);
  }

  private static String list(Names names, List<String> ids) {
    List<String> shown = ids.stream().limit(3).map(names::show).toList();
    String more = ids.size() > 3 ? " and " + (ids.size() - 3) + " more" : "";
    if (shown.size() == 1) {
      return shown.get(0) + more;
    }
    if (more.isEmpty()) {
      return String.join(", ", shown.subList(0, shown.size() - 1))
          + " and "
          + shown.get(shown.size() - 1);
    }
    return String.join(", ", shown) + more;
  }
}
