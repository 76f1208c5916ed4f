package networth.io.netmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.io.Layout;
import networth.model.Affiliation;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The order {@link NetmapWriter} chooses for a map that comes with no layout (read from JSON or
 * spreadsheets): the settings, the groups, the declarations by kind, the affiliations, then the
 * links, joined into chains where one ends where the next starts.
 */
final class DefaultLayout {

  private final NetworkMap map;

  DefaultLayout(NetworkMap map) {
    this.map = map;
  }

  List<Layout.Statement> statements() {
    List<Layout.Statement> s = new ArrayList<>();
    MapSettings settings = map.settings();
    if (!settings.title().isEmpty()) {
      s.add(new Layout.Setting("title", List.of(), ""));
    }
    if (!settings.currency().isEmpty()) {
      s.add(new Layout.Setting("currency", List.of(), ""));
    }
    if (settings.hourlyRate().isPresent()) {
      s.add(new Layout.Setting("rate", List.of(), ""));
    }
    List<String> gap = s.isEmpty() ? List.of() : List.of("");
    for (Group g : map.groups()) {
      s.add(new Layout.GroupLine(g.name(), gap, ""));
      gap = List.of();
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    Map<String, NodeKind> made = made();
    NodeKind previous = null;
    for (Node n : map.nodes()) {
      NodeKind bare = made.get(n.id());
      if (bare == null || !n.equals(Node.of(n.id(), bare))) {
        boolean newKind = previous != null && n.kind() != previous;
        s.add(new Layout.NodeLine(n.id(), newKind ? List.of("") : gap, ""));
        gap = List.of();
        previous = n.kind();
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    for (Node n : map.nodes()) {
      for (int k = 0; k < n.laterDeals().size(); k++) {
        s.add(new Layout.DealLine(n.id(), k, java.util.Map.of(), gap, ""));
        gap = List.of();
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    for (int i = 0; i < map.affiliations().size(); i++) {
      s.add(new Layout.AffiliationLine(i, "", gap, ""));
      gap = List.of();
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    List<Link> links = map.links();
    int start = 0;
    for (int i = 1; i <= links.size(); i++) {
      boolean chainEnds =
          i == links.size()
              || !links.get(i).from().equals(links.get(i - 1).to())
              || !links.get(i - 1).note().isEmpty();
      if (chainEnds) {
        List<List<String>> stops = new ArrayList<>();
        stops.add(List.of(links.get(start).from()));
        for (int k = start; k < i; k++) {
          stops.add(List.of(links.get(k).to()));
        }
        s.add(new Layout.ChainLine(stops, start, gap, ""));
        gap = List.of();
        start = i;
      }
    }
    return s;
  }

  /**
   * What the reader makes of a name it meets undeclared: a node of unknown kind in a link or group,
   * an organisation or a person where only affiliations name it. A node that says no more than that
   * needs no declaration.
   */
  private Map<String, NodeKind> made() {
    Map<String, NodeKind> made = new HashMap<>();
    for (Affiliation a : map.affiliations()) {
      made.putIfAbsent(a.person(), NodeKind.PERSON);
      made.put(a.organisation(), NodeKind.ORGANISATION);
    }
    referred().forEach(id -> made.put(id, NodeKind.UNKNOWN));
    return made;
  }

  private Set<String> referred() {
    Set<String> ids = new HashSet<>();
    for (Link l : map.links()) {
      ids.add(l.from());
      ids.add(l.to());
    }
    map.groups().forEach(g -> ids.addAll(g.members()));
    return ids;
  }
}
