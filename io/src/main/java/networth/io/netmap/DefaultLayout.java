package networth.io.netmap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.io.Layout;
import networth.io.LayoutStatements;
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
  interface Sink {
    void accept(Layout.Statement s) throws IOException;

    /**
     * A batch of chains of links, each a line: chain {@code k < count} is links [{@code firsts[k]},
     * {@code ends[k]}), the first one's start, then each one's end; {@code before} goes before the
     * first. Asked of the map's columns by the writer, so that no {@link Layout.ChainLine} (and no
     * list of names) is made for each of millions of lines.
     */
    void chains(int[] firsts, int[] ends, int count, List<String> before) throws IOException;
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
    following(s, new Covered(map.nodes().size()), out);
  }

  /**
   * The statements a layout lacks for this map: what was added to a map after it was read (by an
   * import, say), after the layout's own, so that the writer never leaves a part of the map out.
   */
  void rest(Layout layout, Sink out) throws IOException {
    Covered covered = new Covered(map.nodes().size());
    List<Layout.Statement> statements = layout.statements();
    LayoutStatements kept = statements instanceof LayoutStatements k && k.isOf(map) ? k : null;
    for (int i = 0; i < statements.size(); i++) {
      // The map's own plain lines are told by their numbers, without making their statements.
      int plainLink = kept == null ? -1 : kept.plainLink(i);
      int plainNode = kept == null ? -1 : kept.plainNode(i);
      if (plainLink >= 0) {
        covered.links = Math.max(covered.links, plainLink + 1);
        continue;
      } else if (plainNode >= 0) {
        covered.nodes[plainNode] = true;
        continue;
      }
      Layout.Statement st = statements.get(i);
      if (st instanceof Layout.NodeLine n) {
        for (String id : n.ids()) {
          map.indexOf(id).ifPresent(p -> covered.nodes[p] = true);
        }
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
    following(
        new ArrayList<>(),
        covered,
        new Sink() {
          boolean first = true;

          @Override
          public void accept(Layout.Statement st) throws IOException {
            boolean blank = first && st.before().isEmpty();
            first = false;
            out.accept(blank ? withBefore(st, List.of("")) : st);
          }

          @Override
          public void chains(int[] firsts, int[] ends, int count, List<String> before)
              throws IOException {
            boolean blank = first && before.isEmpty();
            first = false;
            out.chains(firsts, ends, count, blank ? List.of("") : before);
          }
        });
  }

  /** What a layout already holds: nothing, for a map written afresh. */
  private static final class Covered {
    // The nodes declared, by their places in the map's nodes (a large map's, a million ids).
    final boolean[] nodes;
    final Set<String> groups = new HashSet<>();
    final Set<String> deals = new HashSet<>();
    final Set<Integer> affiliations = new HashSet<>();
    int links;

    Covered(int nodes) {
      this.nodes = new boolean[nodes];
    }
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
    Map<String, NodeKind> affiliated = affiliated();
    boolean[] referred = referred();
    NodeKind previous = null;
    List<Node> nodes = map.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      NodeKind bare = referred[i] ? NodeKind.UNKNOWN : affiliated.get(n.id());
      if (!covered.nodes[i] && (bare == null || !n.equals(Node.of(n.id(), bare)))) {
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
    // The links are asked about in the map's columns, by their ends' places: none is made. A
    // chain runs from link `start` to the one before link `i`; chains are written in batches.
    Chains chains = new Chains(gap, out);
    for (int i = start + 1; i <= links.size(); i++) {
      int last = i - 1;
      if (i == links.size()
          || map.fromIndex(i) != map.toIndex(last)
          || !map.linkNote(last).isEmpty()) {
        chains.add(start, i);
        start = i;
      }
    }
    chains.write();
  }

  /** Chains of links to be written, a batch at a time. */
  private static final class Chains {
    private static final int BATCH = 512;
    private final int[] firsts = new int[BATCH];
    private final int[] ends = new int[BATCH];
    private final Sink out;
    private List<String> gap;
    private int count;

    Chains(List<String> gap, Sink out) {
      this.gap = gap;
      this.out = out;
    }

    /** The chain of links [first, end). */
    void add(int first, int end) throws IOException {
      firsts[count] = first;
      ends[count++] = end;
      if (count == BATCH) {
        write();
      }
    }

    void write() throws IOException {
      if (count > 0) {
        out.chains(firsts, ends, count, gap);
        gap = List.of();
      }
      count = 0;
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
   * What the reader makes of a name it meets undeclared: a node of unknown kind in a link or group
   * ({@link #referred}), an organisation or a person where only affiliations name it (here). A node
   * that says no more than that needs no declaration.
   */
  private Map<String, NodeKind> affiliated() {
    Map<String, NodeKind> made = new HashMap<>();
    for (Affiliation a : map.affiliations()) {
      made.putIfAbsent(a.person(), NodeKind.PERSON);
      made.put(a.organisation(), NodeKind.ORGANISATION);
    }
    return made;
  }

  /** Which nodes, by their place, a link or a group names: read back, they are made unknown. */
  private boolean[] referred() {
    boolean[] referred = new boolean[map.nodes().size()];
    for (int e = 0; e < map.links().size(); e++) {
      referred[map.fromIndex(e)] = true;
      referred[map.toIndex(e)] = true;
    }
    for (Group g : map.groups()) {
      for (String member : g.members()) {
        map.indexOf(member).ifPresent(i -> referred[i] = true);
      }
    }
    return referred;
  }
}
