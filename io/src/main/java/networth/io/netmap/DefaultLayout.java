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
    return following(s, new Covered());
  }

  /**
   * The statements a layout lacks for this map: what was added to a map after it was read (by an
   * import, say), after the layout's own, so that the writer never leaves a part of the map out.
   */
  List<Layout.Statement> rest(Layout layout) {
    Covered covered = new Covered();
    for (Layout.Statement st : layout.statements()) {
      if (st instanceof Layout.NodeLine n) {
        covered.nodes.addAll(n.ids());
      } else if (st instanceof Layout.GroupLine g) {
        covered.groups.add(g.name());
      } else if (st instanceof Layout.DealLine d) {
        covered.deals.add(d.id() + '\u0000' + d.number());
      } else if (st instanceof Layout.AffiliationLine a) {
        covered.affiliations.add(a.index());
      } else if (st instanceof Layout.ChainLine c) {
        covered.links = Math.max(covered.links, c.firstLink() + c.linkCount());
      }
    }
    List<Layout.Statement> s = new ArrayList<>();
    following(s, covered);
    if (!s.isEmpty() && s.get(0).before().isEmpty()) {
      s.set(0, withBefore(s.get(0), List.of("")));
    }
    return s;
  }

  /** What a layout already holds: nothing, for a map written afresh. */
  private static final class Covered {
    final Set<String> nodes = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final Set<String> deals = new HashSet<>();
    final Set<Integer> affiliations = new HashSet<>();
    int links;
  }

  /** The groups, declarations, deals, affiliations and links after {@code s}, but the covered. */
  private List<Layout.Statement> following(List<Layout.Statement> s, Covered covered) {
    List<String> gap = s.isEmpty() ? List.of() : List.of("");
    for (Group g : map.groups()) {
      if (!covered.groups.contains(g.name())) {
        s.add(new Layout.GroupLine(g.name(), gap, ""));
        gap = List.of();
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    Map<String, NodeKind> made = made();
    NodeKind previous = null;
    for (Node n : map.nodes()) {
      NodeKind bare = made.get(n.id());
      if (!covered.nodes.contains(n.id()) && (bare == null || !n.equals(Node.of(n.id(), bare)))) {
        boolean newKind = previous != null && n.kind() != previous;
        s.add(new Layout.NodeLine(n.id(), newKind ? List.of("") : gap, ""));
        gap = List.of();
        previous = n.kind();
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    for (Node n : map.nodes()) {
      for (int k = 0; k < n.laterDeals().size(); k++) {
        if (!covered.deals.contains(n.id() + '\u0000' + k)) {
          s.add(new Layout.DealLine(n.id(), k, java.util.Map.of(), gap, ""));
          gap = List.of();
        }
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    for (int i = 0; i < map.affiliations().size(); i++) {
      if (!covered.affiliations.contains(i)) {
        s.add(new Layout.AffiliationLine(i, "", gap, ""));
        gap = List.of();
      }
    }
    gap = s.isEmpty() ? List.of() : List.of("");
    List<Link> links = map.links();
    int start = covered.links;
    for (int i = start + 1; i <= links.size(); i++) {
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

  private static Layout.Statement withBefore(Layout.Statement st, List<String> before) {
    if (st instanceof Layout.NodeLine n) {
      return new Layout.NodeLine(n.ids(), n.written(), before, n.comment());
    } else if (st instanceof Layout.GroupLine g) {
      return new Layout.GroupLine(g.name(), before, g.comment());
    } else if (st instanceof Layout.DealLine d) {
      return new Layout.DealLine(d.id(), d.number(), d.written(), before, d.comment());
    } else if (st instanceof Layout.AffiliationLine a) {
      return new Layout.AffiliationLine(a.index(), a.written(), before, a.comment());
    } else if (st instanceof Layout.ChainLine c) {
      return new Layout.ChainLine(c.stops(), c.firstLink(), before, c.comment());
    }
    return st;
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
