package networth.io.netmap;

import java.io.IOException;
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

  /** Where the statements go, one at a time: a large map's are written, never all held. */
  @FunctionalInterface
  interface Sink {
    void accept(Layout.Statement s) throws IOException;
  }

  void statements(Sink out) throws IOException {
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
    following(s, new Covered(), out);
  }

  /**
   * The statements a layout lacks for this map: what was added to a map after it was read (by an
   * import, say), after the layout's own, so that the writer never leaves a part of the map out.
   */
  void rest(Layout layout, Sink out) throws IOException {
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
    // What follows the layout's own is set off from it by a blank line.
    boolean[] first = {true};
    following(
        new ArrayList<>(),
        covered,
        st -> {
          boolean blank = first[0] && st.before().isEmpty();
          first[0] = false;
          out.accept(blank ? withBefore(st, List.of("")) : st);
        });
  }

  /** What a layout already holds: nothing, for a map written afresh. */
  private static final class Covered {
    final Set<String> nodes = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final Set<String> deals = new HashSet<>();
    final Set<Integer> affiliations = new HashSet<>();
    int links;
  }

  /**
   * The statements {@code s}, then the groups, declarations, deals, affiliations and links but the
   * covered, to {@code out}; the chains of links are made as they are written, not gathered first.
   */
  private void following(List<Layout.Statement> s, Covered covered, Sink out) throws IOException {
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
    boolean before = !s.isEmpty();
    for (Layout.Statement st : s) {
      out.accept(st);
    }
    s.clear();
    gap = before ? List.of("") : List.of();
    List<Link> links = map.links();
    int start = covered.links;
    if (start >= links.size()) {
      return;
    }
    // Each link is made from the map's columns once, here, not once for each question asked of it.
    Link last = links.get(start);
    List<List<String>> stops = new ArrayList<>(List.of(List.of(last.from())));
    stops.add(List.of(last.to()));
    for (int i = start + 1; i <= links.size(); i++) {
      Link next = i == links.size() ? null : links.get(i);
      boolean chainEnds = next == null || !next.from().equals(last.to()) || !last.note().isEmpty();
      if (chainEnds) {
        out.accept(new Layout.ChainLine(stops, start, gap, ""));
        gap = List.of();
        start = i;
        stops = new ArrayList<>();
        if (next != null) {
          stops.add(List.of(next.from()));
        }
      }
      if (next != null) {
        stops.add(List.of(next.to()));
        last = next;
      }
    }
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
    // Sized for every node at once: growing it step by step rehashes millions of ids again and
    // again.
    Set<String> ids = new HashSet<>(map.nodes().size() * 2);
    for (Link l : map.links()) {
      ids.add(l.from());
      ids.add(l.to());
    }
    map.groups().forEach(g -> ids.addAll(g.members()));
    return ids;
  }
}
