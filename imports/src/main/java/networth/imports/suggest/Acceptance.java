package networth.imports.suggest;

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
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Applies chosen suggestions to a map, and to the layout its file was read with, so that the file
 * written afterwards keeps its order and comments and gains the new statements at its end.
 *
 * <p>Additions come first, then merges, so that a link proposed to a node that is merged away
 * follows it. A merge keeps the first node's id, label and kind; takes from the other its date,
 * end, note and attributes where the first has none; moves the other's links, affiliations and
 * group places to the first, dropping the self-loops and the duplicates this makes; and removes the
 * other.
 */
public final class Acceptance {

  /** The map after the changes, and the layout to write it with. */
  public record Accepted(NetworkMap map, Layout layout) {}

  private final List<Node> nodes;
  private final List<Link> links;
  private final List<Affiliation> affiliations;
  private final List<Group> groups;
  private final Layout original;
  private final List<Layout.Statement> statements;
  private final Map<String, String> mergedInto = new HashMap<>();
  private final NetworkMap map;

  private Acceptance(NetworkMap map, Layout layout) {
    this.map = map;
    this.nodes = new ArrayList<>(map.nodes());
    this.links = new ArrayList<>(map.links());
    this.affiliations = new ArrayList<>(map.affiliations());
    this.groups = new ArrayList<>(map.groups());
    this.original = layout;
    this.statements = new ArrayList<>(layout.statements());
  }

  /** The map with the chosen suggestions applied, in the order given. */
  public static Accepted apply(NetworkMap map, Layout layout, List<Suggestion> chosen) {
    Acceptance a = new Acceptance(map, layout);
    for (Suggestion s : chosen) {
      if (s.change() instanceof Change.Add add) {
        add.affiliations().forEach(a::addAffiliation);
        add.links().forEach(a::addLink);
      }
    }
    for (Suggestion s : chosen) {
      if (s.change() instanceof Change.Merge m) {
        a.merge(a.resolve(m.keep()), a.resolve(m.other()));
      }
    }
    return a.result();
  }

  private String resolve(String id) {
    String r = id;
    while (mergedInto.containsKey(r)) {
      r = mergedInto.get(r);
    }
    return r;
  }

  private void addAffiliation(Affiliation a) {
    boolean there =
        affiliations.stream()
            .anyMatch(
                x ->
                    x.person().equals(a.person())
                        && x.organisation().equals(a.organisation())
                        && x.role() == a.role());
    if (!there) {
      affiliations.add(a);
      append(new Layout.AffiliationLine(affiliations.size() - 1, "", before(), ""));
    }
  }

  private void addLink(Link l) {
    if (links.stream().noneMatch(x -> x.from().equals(l.from()) && x.to().equals(l.to()))) {
      links.add(l);
      append(
          new Layout.ChainLine(
              List.of(List.of(l.from()), List.of(l.to())), links.size() - 1, before(), ""));
    }
  }

  /** A blank line before the first statement added to a file that has some. */
  private List<String> before() {
    return statements.size() == original.statements().size() && !statements.isEmpty()
        ? List.of("")
        : List.of();
  }

  private void append(Layout.Statement s) {
    if (!original.isEmpty()) {
      statements.add(s);
    }
  }

  private void merge(String keep, String other) {
    if (keep.equals(other)) {
      return;
    }
    mergedInto.put(other, keep);
    int k = place(keep);
    int o = place(other);
    nodes.set(k, combined(nodes.get(k), nodes.get(o)));
    nodes.remove(o);

    int[] linkPlace = new int[links.size()];
    List<Link> keptLinks = repoint(links, other, keep, linkPlace, true);
    int[] affiliationPlace = new int[affiliations.size()];
    List<Affiliation> keptAffiliations =
        repoint(affiliations, other, keep, affiliationPlace, false);
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (g.members().contains(other)) {
        Set<String> members = new java.util.LinkedHashSet<>();
        g.members().forEach(m -> members.add(m.equals(other) ? keep : m));
        groups.set(i, new Group(g.name(), List.copyOf(members)));
      }
    }
    if (!original.isEmpty()) {
      List<Layout.Statement> edited =
          LayoutAfterMerge.edit(
              statements, other, keep, keptLinks, linkPlace, affiliationPlace, trailerCarry);
      statements.clear();
      statements.addAll(edited);
      if (!declared(keep)
          && !nodes.get(place(keep)).equals(Node.of(keep, nodes.get(place(keep)).kind()))) {
        statements.add(new Layout.NodeLine(keep, List.of(), ""));
      }
    }
    links.clear();
    links.addAll(keptLinks);
    affiliations.clear();
    affiliations.addAll(keptAffiliations);
  }

  /**
   * Comments and blank lines of statements a merge removed with nothing after them to go before.
   */
  private final List<String> trailerCarry = new ArrayList<>();

  private boolean declared(String id) {
    return statements.stream()
        .anyMatch(s -> s instanceof Layout.NodeLine n && n.ids().contains(id));
  }

  private int place(String id) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no node '" + id + "' in the map");
  }

  private static Node combined(Node keep, Node other) {
    Node n = keep;
    if (n.date().isEmpty() && other.date().isPresent()) {
      n = n.withDate(other.date().get());
    }
    if (n.until().isEmpty() && other.until().isPresent()) {
      n = n.withUntil(other.until().get());
    }
    if (n.note().isEmpty() && !other.note().isEmpty()) {
      n = n.withNote(other.note());
    }
    for (var e : other.attributes().entrySet()) {
      if (!n.attributes().containsKey(e.getKey())) {
        n = n.withAttribute(e.getKey(), e.getValue());
      }
    }
    return n;
  }

  /**
   * The items with {@code other} changed to {@code keep}; an item so changed is dropped when it now
   * joins a node to itself or repeats one already there. {@code place[i]} receives item i's new
   * place, or -1.
   */
  private static <T> List<T> repoint(
      List<T> items, String other, String keep, int[] place, boolean isLink) {
    Set<String> untouched = new HashSet<>();
    for (T t : items) {
      if (!ends(t)[0].equals(other) && !ends(t)[1].equals(other)) {
        untouched.add(key(t, isLink));
      }
    }
    Set<String> added = new HashSet<>();
    List<T> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T t = items.get(i);
      String[] e = ends(t);
      if (!e[0].equals(other) && !e[1].equals(other)) {
        place[i] = out.size();
        out.add(t);
        continue;
      }
      T moved = moved(t, e[0].equals(other) ? keep : e[0], e[1].equals(other) ? keep : e[1]);
      String[] m = ends(moved);
      String key = key(moved, isLink);
      if (m[0].equals(m[1]) || untouched.contains(key) || !added.add(key)) {
        place[i] = -1;
      } else {
        place[i] = out.size();
        out.add(moved);
      }
    }
    return out;
  }

  private static String[] ends(Object t) {
    if (t instanceof Link l) {
      return new String[] {l.from(), l.to()};
    }
    Affiliation a = (Affiliation) t;
    return new String[] {a.person(), a.organisation()};
  }

  @SuppressWarnings("unchecked")
  private static <T> T moved(T t, String a, String b) {
    if (t instanceof Link l) {
      return (T) l.between(a, b);
    }
    Affiliation x = (Affiliation) t;
    return (T) new Affiliation(a, b, x.role(), x.since(), x.until(), x.note());
  }

  private static String key(Object t, boolean isLink) {
    String[] e = ends(t);
    return e[0] + "\n" + e[1] + (isLink ? "" : "\n" + ((Affiliation) t).role());
  }

  private Accepted result() {
    NetworkMap.Builder b = NetworkMap.builder().settings(map.settings());
    nodes.forEach(b::node);
    links.forEach(b::link);
    groups.forEach(b::group);
    affiliations.forEach(b::affiliation);
    if (original.isEmpty()) {
      return new Accepted(b.build(), Layout.NONE);
    }
    List<String> trailer = new ArrayList<>(trailerCarry);
    trailer.addAll(original.trailer());
    return new Accepted(b.build(), new Layout(statements, trailer));
  }
}
