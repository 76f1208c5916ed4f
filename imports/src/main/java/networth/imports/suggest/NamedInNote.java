package networth.imports.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * "Jane Doe invited me: 'Roger said I should get in touch'": a link's note (a LinkedIn invitation,
 * or any note) names a person of the map who has no link to the link's target, so the route the
 * note tells of is missing. Proposes named person → target.
 *
 * <p>A person is named by their full label, matched as whole words in any case and without accents;
 * or, written with a capital, by a first name alone (the first word of the label, or the whole of a
 * one-word label such as "Roger") when no other person of the map has that first name. Two people
 * called Andy make "Andy" name nobody. Words such as "A" and "The" that begin labels like "A
 * LinkedIn connection" are never taken for first names.
 */
final class NamedInNote {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

  private static final Set<String> NOT_NAMES =
      Set.of("a", "an", "the", "my", "our", "his", "her", "their", "i", "mr", "mrs", "ms", "dr");

  private NamedInNote() {}

  static List<Suggestion> find(NetworkMap map, Reach reach, Names names) {
    Map<List<String>, List<String>> byFullLabel = new HashMap<>();
    Map<String, List<String>> byFirstName = new HashMap<>();
    int longest = 0;
    for (Node p : map.nodesOfKind(NodeKind.PERSON)) {
      List<String> words = Names.words(p.label());
      if (words.isEmpty()) {
        continue;
      }
      if (words.size() > 1) {
        byFullLabel.computeIfAbsent(words, k -> new ArrayList<>()).add(p.id());
        longest = Math.max(longest, words.size());
      }
      if (!NOT_NAMES.contains(words.get(0))) {
        byFirstName.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(p.id());
      }
    }
    List<Suggestion> out = new ArrayList<>();
    Set<String> proposed = new HashSet<>();
    for (Link link : map.links()) {
      if (link.note().isBlank()) {
        continue;
      }
      for (String named : named(link.note(), byFullLabel, byFirstName, longest)) {
        String target = link.to();
        if (named.equals(target)
            || named.equals(link.from())
            || reach.linked(named, target)
            || reach.leadsTo(target, named)
            || !proposed.add(named + "\n" + target)) {
          continue;
        }
        Reach.Connected gained = reach.newlyConnected(named, target);
        String reason =
            "the note on "
                + WorkThroughOrganisation.arrow(names, link.from(), target)
                + " names "
                + names.show(named)
                + ": "
                + link.note();
        out.add(
            new Suggestion(
                Suggestion.Rule.NAMED_IN_NOTE,
                new Change.Add(
                    List.of(),
                    List.of(Link.of(named, target)),
                    WorkThroughOrganisation.arrow(names, named, target)),
                reason,
                gained.value(),
                gained.ids()));
      }
    }
    return out;
  }

  /** The people a note names, in the order it names them. */
  static Set<String> named(
      String note,
      Map<List<String>, List<String>> byFullLabel,
      Map<String, List<String>> byFirstName,
      int longest) {
    List<String> raw = new ArrayList<>();
    Matcher m = WORD.matcher(note);
    while (m.find()) {
      raw.add(m.group().replaceFirst("['’]s$", ""));
    }
    List<String> words = raw.stream().map(Names::normal).toList();
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int len = Math.min(longest, words.size() - i); len >= 2 && matched == 0; len--) {
        List<String> people = byFullLabel.get(words.subList(i, i + len));
        if (people != null) {
          matched = len;
          if (people.size() == 1) {
            out.add(people.get(0));
          }
        }
      }
      if (matched > 0) {
        i += matched;
        continue;
      }
      List<String> people = byFirstName.get(words.get(i));
      if (people != null && people.size() == 1 && Character.isUpperCase(raw.get(i).charAt(0))) {
        out.add(people.get(0));
      }
      i++;
    }
    return out;
  }
}
