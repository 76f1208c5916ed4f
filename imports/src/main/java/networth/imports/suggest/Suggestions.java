package networth.imports.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import networth.model.NetworkMap;

/**
 * The links the map's data implies and the map lacks: the one entry point to the suggestions.
 *
 * <p>The list is ranked by the value each would connect, largest first; suggestions of equal value
 * come in the order of their rules ({@link Suggestion.Rule}: organisation, e-mail domain, note,
 * same person), and within a rule in the order the map gives the items they come from. It depends
 * on nothing but the map, so the same map always gives the same list in the same order, and a
 * suggestion's number means the same thing from one run to the next. Where two rules propose the
 * same change, the one ranked first stays.
 *
 * <p>Cost: each rule looks at every affiliation, person, or noted link once; finding what a node
 * leads to is a walk of the map, O(n + m), done once per node asked about.
 */
public final class Suggestions {

  private Suggestions() {}

  public static List<Suggestion> of(NetworkMap map) {
    Reach reach = new Reach(map);
    Names names = new Names(map);
    List<Suggestion> all = new ArrayList<>();
    all.addAll(WorkThroughOrganisation.find(map, reach, names));
    all.addAll(EmailDomain.find(map, reach, names));
    all.addAll(NamedInNote.find(map, reach, names));
    all.addAll(SamePerson.find(map, reach, names));
    // A stable sort: equal values keep the rule order and the map order they were found in.
    all.sort(Comparator.comparing(Suggestion::value).reversed().thenComparing(Suggestion::rule));
    Set<String> changes = new HashSet<>();
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion s : all) {
      if (changes.add(key(s.change()))) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static String key(Change c) {
    if (c instanceof Change.Add add) {
      return "add " + add.affiliations() + add.links();
    }
    Change.Merge m = (Change.Merge) c;
    return "merge " + m.keep() + "\n" + m.other();
  }
}
