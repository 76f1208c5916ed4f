package networth.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The map every analysis sees: one opportunity per deal. A client who came back ({@link
 * Node#laterDeals()}) keeps its node for its first deal, and each further deal becomes an
 * opportunity of its own, so that counts, win rates, attribution, critical nodes, what-if,
 * connectors, ROI, the timeline and periods all count each deal on its own without knowing about
 * repeat work.
 *
 * <p>The k-th deal of {@code Bloom Coffee} (k = 2, 3, …) becomes the node {@code Bloom Coffee#k}
 * labelled {@code Bloom Coffee (2024-05-10)} (or {@code Bloom Coffee (deal k)} when undated), of
 * the kind its outcome says, with its date and terms. It is reached by copies of every link into
 * the client, with their kinds, dates and notes: the work came back through the same routes. It
 * leads nowhere itself (what the client led on to stays with its node) and belongs to the client's
 * groups.
 */
public final class DealMap {

  private DealMap() {}

  /** The map with one opportunity per deal, in O(n + m); the map itself when none has more. */
  public static NetworkMap of(NetworkMap map) {
    if (map.nodes().stream().allMatch(n -> n.laterDeals().isEmpty())) {
      return map;
    }
    Set<String> taken = new HashSet<>();
    map.nodes().forEach(n -> taken.add(n.id()));
    Map<String, List<String>> derived = new HashMap<>();
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    for (Node n : map.nodes()) {
      b.node(n.withLaterDeals(List.of()));
      List<String> ids = new ArrayList<>();
      int k = 2;
      for (LaterDeal d : n.laterDeals()) {
        String id = n.id() + "#" + k;
        while (taken.contains(id)) {
          id = id + "#";
        }
        taken.add(id);
        ids.add(id);
        b.node(node(n, id, k, d));
        k++;
      }
      if (!ids.isEmpty()) {
        derived.put(n.id(), ids);
      }
    }
    for (Link l : map.links()) {
      b.link(l);
    }
    for (Link l : map.links()) {
      for (String id : derived.getOrDefault(l.to(), List.of())) {
        b.link(l.between(l.from(), id));
      }
    }
    for (Group g : map.groups()) {
      List<String> members = new ArrayList<>();
      for (String m : g.members()) {
        members.add(m);
        members.addAll(derived.getOrDefault(m, List.of()));
      }
      b.group(new Group(g.name(), members));
    }
    // Who belongs where is no route and has nothing to do with deals: kept as it is.
    map.affiliations().forEach(b::affiliation);
    return b.build();
  }

  private static Node node(Node client, String id, int k, LaterDeal d) {
    String when = d.date().map(PartialDate::toString).orElse("deal " + k);
    return new Node(
        id,
        client.label() + " (" + when + ")",
        d.outcome().kind(),
        d.date(),
        Optional.empty(),
        client.note(),
        d.terms(),
        Cost.NONE,
        client.attributes());
  }
}
