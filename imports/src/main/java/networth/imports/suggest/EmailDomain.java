package networth.imports.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * "jane@cielo.com: cielo.com is Cielo's": a person's e-mail address is at an organisation's domain
 * (its {@code domain} attribute, or a domain whose main label is the organisation's name spelt
 * without spaces), and the map does not say the person belongs there. Proposes the affiliation
 * "person works at organisation"; where the organisation leads to work the person is not yet on a
 * route to, the same suggestion also adds the link person → organisation and carries that value,
 * since an affiliation alone is no route. Addresses at free mail services say nothing and are
 * passed over.
 */
final class EmailDomain {

  private EmailDomain() {}

  static List<Suggestion> find(NetworkMap map, Reach reach, Names names) {
    Map<String, List<Node>> byDomain = new HashMap<>();
    Map<String, List<Node>> byName = new HashMap<>();
    for (Node org : map.nodesOfKind(NodeKind.ORGANISATION)) {
      String d = Names.domainOf(org);
      if (!d.isEmpty()) {
        byDomain.computeIfAbsent(d, k -> new ArrayList<>()).add(org);
      }
      String squeezed = Names.squeezed(org.label());
      if (!squeezed.isEmpty()) {
        byName.computeIfAbsent(squeezed, k -> new ArrayList<>()).add(org);
      }
    }
    List<Suggestion> out = new ArrayList<>();
    for (Node person : map.nodesOfKind(NodeKind.PERSON)) {
      Set<String> done = new HashSet<>();
      for (String email : Names.emails(person)) {
        String domain = Names.domain(email);
        if (Names.isFreeMail(domain)) {
          continue;
        }
        Map<String, String> why = new java.util.LinkedHashMap<>();
        for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
          for (Node org : byDomain.getOrDefault(d, List.of())) {
            why.putIfAbsent(org.id(), d + " is the domain of " + names.show(org.id()));
          }
        }
        for (Node org : byName.getOrDefault(Names.mainLabel(domain), List.of())) {
          why.putIfAbsent(org.id(), domain + " bears the name of " + names.show(org.id()));
        }
        for (var e : why.entrySet()) {
          String org = e.getKey();
          if (!done.add(org) || belongs(map, person.id(), org)) {
            continue;
          }
          out.add(suggestion(map, reach, names, person.id(), org, email + ": " + e.getValue()));
        }
      }
    }
    return out;
  }

  private static boolean belongs(NetworkMap map, String person, String org) {
    return person.equals(org)
        || map.affiliationsOf(person).stream()
            .anyMatch(a -> a.person().equals(person) && a.organisation().equals(org));
  }

  private static Suggestion suggestion(
      NetworkMap map, Reach reach, Names names, String person, String org, String evidence) {
    Affiliation works = Affiliation.of(person, Affiliation.Role.WORKS_AT, org);
    String title = works.sentence(names.show(person), names.show(org));
    Reach.Connected gained = reach.newlyConnected(person, org);
    boolean link = !gained.isEmpty() && !reach.linked(person, org) && !reach.leadsTo(org, person);
    if (!link) {
      return new Suggestion(
          Suggestion.Rule.EMAIL_DOMAIN,
          new Change.Add(List.of(works), List.of(), title),
          evidence,
          java.math.BigDecimal.ZERO,
          List.of());
    }
    return new Suggestion(
        Suggestion.Rule.EMAIL_DOMAIN,
        new Change.Add(
            List.of(works),
            List.of(Link.of(person, org)),
            title + ", and " + WorkThroughOrganisation.arrow(names, person, org)),
        evidence + ", and " + WorkThroughOrganisation.leadsTo(map, reach, names, org, gained.ids()),
        gained.value(),
        gained.ids());
  }
}
