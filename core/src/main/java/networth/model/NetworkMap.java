package networth.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A whole network: its nodes, the links "A led to B" between them, the user's groups, and the
 * affiliations ("Sam works at Northwind") that say who belongs where. Immutable; build one with
 * {@link #builder()}. Every link, group and affiliation refers to nodes of the map.
 *
 * <p>Affiliations are kept here and never in the graph the analyses walk: they are no routes.
 */
public final class NetworkMap {

  private final MapSettings settings;
  private final List<Node> nodes;
  private final LinkColumns links;
  private final List<Group> groups;
  private final List<Affiliation> affiliations;
  // Each node's affiliations, either side: the map draws every node's, so one scan serves them all.
  private final Map<String, List<Affiliation>> affiliationsByNode;
  // Each node's id numbered as the builder met it, and that number's place in nodes (null when
  // the two agree): the builder's table is kept rather than copied into a map of a million ids.
  private final IdTable ids;
  private final int[] placeOf;

  private NetworkMap(
      MapSettings settings,
      List<Node> nodes,
      LinkColumns links,
      List<Group> groups,
      List<Affiliation> affiliations,
      IdTable ids,
      int[] placeOf) {
    this.settings = settings;
    this.nodes = nodes;
    this.links = links;
    this.groups = List.copyOf(groups);
    this.affiliations = List.copyOf(affiliations);
    Map<String, List<Affiliation>> byNode = new HashMap<>();
    for (Affiliation a : this.affiliations) {
      byNode.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(a);
      if (!a.organisation().equals(a.person())) {
        byNode.computeIfAbsent(a.organisation(), k -> new ArrayList<>()).add(a);
      }
    }
    this.affiliationsByNode = byNode;
    // The builder makes a node of every id a link or group refers to, so every reference holds.
    this.ids = ids;
    this.placeOf = placeOf;
  }

  /**
   * Whether the builder's numbers were the nodes' places, so that the map shares the builder's
   * columns of link ends instead of copying them renumbered: for tests.
   */
  boolean keptTheBuildersNumbers() {
    return placeOf == null;
  }

  public static Builder builder() {
    return new Builder();
  }

  public MapSettings settings() {
    return settings;
  }

  /** Every node: those declared, in order, then those only referred to, in order of first use. */
  public List<Node> nodes() {
    return nodes;
  }

  public List<Link> links() {
    return links;
  }

  public List<Group> groups() {
    return groups;
  }

  /** Who belongs to which organisation, in the order given. */
  public List<Affiliation> affiliations() {
    return affiliations;
  }

  /** The affiliations a node takes part in, on either side, in the order given. */
  public List<Affiliation> affiliationsOf(String id) {
    return Collections.unmodifiableList(affiliationsByNode.getOrDefault(id, List.of()));
  }

  public Optional<Node> node(String id) {
    int i = place(id);
    return i < 0 ? Optional.empty() : Optional.of(nodes.get(i));
  }

  /** The node's place in {@link #nodes()}, or empty when the map has no such node. */
  public OptionalInt indexOf(String id) {
    int i = place(id);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  private int place(String id) {
    int n = ids.find(id);
    return n < 0 || placeOf == null ? n : placeOf[n];
  }

  /** The place in {@link #nodes()} of the node link {@code e} comes from. */
  public int fromIndex(int e) {
    return links.from(e);
  }

  /** The place in {@link #nodes()} of the node link {@code e} leads to. */
  public int toIndex(int e) {
    return links.to(e);
  }

  /** Link {@code e}'s date as days since 1970-01-01 (its first day), or {@link #NO_DAY}. */
  public int linkDay(int e) {
    return links.day(e);
  }

  /** Every link's {@link #linkDay}, in link order. */
  public int[] linkDays() {
    return links.days();
  }

  /** Link {@code e}'s date, as {@code links().get(e).date()} without making the link. */
  public Optional<PartialDate> linkDate(int e) {
    return links.date(e);
  }

  /**
   * Link {@code e}'s date as written, packed as {@code year * 10_000 + month * 100 + day} (a month
   * or day not written is 0), or {@link #NO_DAY} when it has none: equal for equal dates, so that a
   * writer can spell each of the few thousand dates of millions of links once.
   */
  public int linkDateKey(int e) {
    return links.packedDate(e);
  }

  /** Link {@code e}'s kind, as {@code links().get(e).kind()} without making the link. */
  public String linkKind(int e) {
    return links.kind(e);
  }

  /** Link {@code e}'s note, as {@code links().get(e).note()} without making the link. */
  public String linkNote(int e) {
    return links.note(e);
  }

  /** Link {@code e}'s attributes, as {@code links().get(e).attributes()} without the link. */
  public Map<String, String> linkAttributes(int e) {
    return links.attributes(e);
  }

  /** What {@link #linkDay} gives for an undated link. */
  public static final int NO_DAY = LinkColumns.NO_DATE;

  public Optional<Group> group(String name) {
    return groups.stream().filter(g -> g.name().equals(name)).findFirst();
  }

  /** Clients, prospects and lost opportunities, in map order. */
  public List<Node> opportunities() {
    return nodes.stream().filter(Node::isOpportunity).toList();
  }

  public List<Node> nodesOfKind(NodeKind kind) {
    return nodes.stream().filter(n -> n.kind() == kind).toList();
  }

  /** The names of the groups a node belongs to, in group order. */
  public List<String> groupsOf(String id) {
    return groupIndex().getOrDefault(id, List.of());
  }

  // The names of each member's groups, in the groups' order: made when first asked for, as a
  // writer asks it of every node (looking through every group's members each time took seconds
  // on the million-node map).
  private volatile Map<String, List<String>> groupIndex;

  private Map<String, List<String>> groupIndex() {
    Map<String, List<String>> index = groupIndex;
    if (index == null) {
      Map<String, List<String>> made = new java.util.HashMap<>();
      for (Group g : groups) {
        for (String member : g.members()) {
          List<String> of = made.computeIfAbsent(member, m -> new java.util.ArrayList<>(1));
          if (of.isEmpty() || !of.get(of.size() - 1).equals(g.name())) {
            of.add(g.name());
          }
        }
      }
      made.replaceAll((member, names) -> List.copyOf(names));
      groupIndex = index = made;
    }
    return index;
  }

  /** The label of a node, or the id itself when there is no such node. */
  public String label(String id) {
    int i = place(id);
    return i < 0 ? id : nodes.get(i).label();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkMap m
        && settings.equals(m.settings)
        && nodes.equals(m.nodes)
        && links.equals(m.links)
        && groups.equals(m.groups)
        && affiliations.equals(m.affiliations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, nodes, links, groups, affiliations);
  }

  @Override
  public String toString() {
    return "NetworkMap["
        + nodes.size()
        + " nodes, "
        + links.size()
        + " links, "
        + groups.size()
        + " groups"
        + (affiliations.isEmpty() ? "" : ", " + affiliations.size() + " affiliations")
        + "]";
  }

  /**
   * Collects a map in reading order. A node that a link or group refers to but nobody declares
   * becomes a node of kind {@link NodeKind#UNKNOWN}. One that only affiliations name takes the kind
   * they imply: {@link NodeKind#ORGANISATION} when it is ever the organisation, else {@link
   * NodeKind#PERSON}; since such a node is in no route, its kind changes no analysis.
   */
  public static final class Builder {
    private MapSettings settings = MapSettings.NONE;
    // Every id met so far, declared or only referred to, numbered in the order first met: a link
    // looks each end up once, and is kept as two numbers.
    private IdTable slots = new IdTable();
    private final ArrayList<Node> slotNodes = new ArrayList<>();
    private int[] declaredOrder = new int[16];
    private int declaredCount;
    private final LinkColumns links = new LinkColumns();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Affiliation> affiliations = new ArrayList<>();
    // Slots a link or group names, and slots an affiliation names as its organisation: what an
    // undeclared node named only by affiliations is taken to be.
    private BitSet inRoutesOrGroups = new BitSet();
    private final BitSet asOrganisation = new BitSet();
    // Group members not yet numbered when their group was added, numbered only when the map is
    // built: a map's groups often come first, and members numbered there would make the builder's
    // numbers differ from the nodes' places, so that building a map of millions of links copied
    // their ends (tens of megabytes of fresh memory). Each is kept with how many ids were numbered
    // before its group, which places it among the nodes only referred to (see build).
    private final List<String> laterMembers = new ArrayList<>();
    private int[] laterMembersAfter = new int[0];

    private Builder() {}

    public Builder settings(MapSettings s) {
      this.settings = Objects.requireNonNull(s);
      return this;
    }

    public MapSettings settings() {
      return settings;
    }

    private int slot(String id) {
      return numbered(slots.add(id));
    }

    /** The slot the id table gave, with room made for its node when it is new. */
    private int numbered(int s) {
      if (s == slotNodes.size()) {
        slotNodes.add(null);
      }
      return s;
    }

    /**
     * The number this builder gives {@code id}, numbering it now when it is new (as a node only
     * referred to, until it is declared). A reader that looks each link end up once passes these
     * numbers to {@link #link(int, int, String, Optional, String, Map)}.
     *
     * @throws IllegalArgumentException when {@code id} is blank, which no node can be
     */
    public int number(String id) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("a node id cannot be blank");
      }
      return slot(id);
    }

    /**
     * The same as {@link #number(String)} for an id written in ASCII as {@code ascii[from, to)}
     * (not blank): a reader of a large file looks its link ends up without making strings.
     */
    public int number(byte[] ascii, int from, int to) {
      return numbered(slots.add(ascii, from, to));
    }

    /**
     * The number of {@code id} when the builder has numbered it, or -1: a look-up that numbers
     * nothing, which threads may make side by side while nothing is added.
     */
    public int find(String id) {
      return slots.find(id);
    }

    /** The same for an id written in ASCII as {@code ascii[from, to)}. */
    public int find(byte[] ascii, int from, int to) {
      return slots.find(ascii, from, to);
    }

    /** The same for many ids at once (see {@link IdTable#findAll}). */
    public void findAll(byte[] ascii, int[] from, int[] to, int count, int[] numbers) {
      slots.findAll(ascii, from, to, count, numbers);
    }

    /** How many ids the builder has numbered: the next one new is given this number. */
    public int numbered() {
      return slots.size();
    }

    /** The id numbered {@code number}, as the builder first met it (one string for every use). */
    public String id(int number) {
      return slots.id(number);
    }

    /**
     * How many nodes have been declared: the place in the built map's {@link #nodes()} of the node
     * declared next.
     */
    public int declaredCount() {
      return declaredCount;
    }

    /** Whether the id numbered {@code number} has been declared. */
    public boolean isDeclared(int number) {
      return slotNodes.get(number) != null;
    }

    /** Declares a node; its id must be new. */
    public Builder node(Node n) {
      return declare(slot(n.id()), n);
    }

    /**
     * Declares the node of the id numbered {@code number} (see {@link #number}), which must be its
     * id and not declared yet: the same as {@link #node(Node)} without looking the id up again.
     */
    public Builder node(int number, Node n) {
      if (!n.id().equals(id(number))) {
        throw new IllegalArgumentException("'" + n.id() + "' is not numbered " + number);
      }
      return declare(number, n);
    }

    private Builder declare(int s, Node n) {
      if (slotNodes.get(s) != null) {
        throw new IllegalArgumentException("'" + n.id() + "' is declared twice");
      }
      slotNodes.set(s, n);
      if (declaredCount == declaredOrder.length) {
        declaredOrder = Arrays.copyOf(declaredOrder, declaredCount * 2);
      }
      declaredOrder[declaredCount++] = s;
      return this;
    }

    /**
     * Adds a further deal to a declared opportunity (a client who came back).
     *
     * @throws IllegalArgumentException when {@code id} is not a declared opportunity
     */
    public Builder laterDeal(String id, LaterDeal deal) {
      int s = slots.find(id);
      Node n = s < 0 ? null : slotNodes.get(s);
      if (n == null) {
        throw new IllegalArgumentException("'" + id + "' is not declared");
      }
      slotNodes.set(s, n.withLaterDeal(deal));
      return this;
    }

    public boolean isDeclared(String id) {
      return declared(id).isPresent();
    }

    /** The nodes declared so far, in order. */
    public List<Node> declaredNodes() {
      List<Node> out = new ArrayList<>(declaredCount);
      for (int i = 0; i < declaredCount; i++) {
        out.add(slotNodes.get(declaredOrder[i]));
      }
      return Collections.unmodifiableList(out);
    }

    public Optional<Node> declared(String id) {
      int s = slots.find(id);
      return s < 0 ? Optional.empty() : Optional.ofNullable(slotNodes.get(s));
    }

    /**
     * Makes room for about {@code n} nodes in all, before any is added: a reader of a large file
     * then fills a table of that size instead of copying it as it grows (each copy is fresh memory,
     * which on a million nodes costs more than the look-ups).
     */
    public Builder expectNodes(int n) {
      if (slots.size() == 0) {
        slots = new IdTable(n);
      }
      slotNodes.ensureCapacity(n);
      if (inRoutesOrGroups.isEmpty()) {
        inRoutesOrGroups = new BitSet(n);
      }
      if (n > declaredOrder.length) {
        declaredOrder = Arrays.copyOf(declaredOrder, n);
      }
      return this;
    }

    /**
     * Makes room for {@code n} links in all: a reader that knows about how many it will add (one a
     * line, say) then fills arrays of that size instead of copying them as they grow.
     */
    public Builder expectLinks(int n) {
      links.reserve(n);
      return this;
    }

    public Builder link(Link l) {
      int from = slot(l.from());
      int to = slot(l.to());
      inRoutesOrGroups.set(from);
      inRoutesOrGroups.set(to);
      links.append(from, to, l);
      return this;
    }

    /**
     * Adds a link between two numbered ids (see {@link #number}) without making a {@link Link}
     * first: the same as {@code link(new Link(id(from), id(to), kind, date, note, attributes))}.
     */
    public Builder link(
        int from,
        int to,
        String kind,
        Optional<PartialDate> date,
        String note,
        Map<String, String> attributes) {
      inRoutesOrGroups.set(from);
      inRoutesOrGroups.set(to);
      links.append(from, to, kind, date, note, attributes);
      return this;
    }

    /** Adds an affiliation; its names need not be declared (see the class comment). */
    public Builder affiliation(Affiliation a) {
      slot(a.person());
      asOrganisation.set(slot(a.organisation()));
      affiliations.add(a);
      return this;
    }

    /** Adds "person role organisation", undated and without a note. */
    public Builder affiliation(String person, Affiliation.Role role, String organisation) {
      return affiliation(Affiliation.of(person, role, organisation));
    }

    public int affiliationCount() {
      return affiliations.size();
    }

    public int linkCount() {
      return links.size();
    }

    public Builder link(String from, String to) {
      return link(Link.of(from, to));
    }

    /** Adds a group, or adds members to the group of that name. */
    public Builder group(Group g) {
      int after = slots.size();
      for (String m : g.members()) {
        int s = slots.find(m);
        if (s >= 0) {
          inRoutesOrGroups.set(s);
        } else {
          if (laterMembers.size() == laterMembersAfter.length) {
            laterMembersAfter = Arrays.copyOf(laterMembersAfter, 2 * laterMembers.size() + 4);
          }
          laterMembersAfter[laterMembers.size()] = after;
          laterMembers.add(m);
        }
      }
      groups.merge(
          g.name(),
          g,
          (old, more) -> {
            List<String> members = new ArrayList<>(old.members());
            more.members().stream().filter(m -> !members.contains(m)).forEach(members::add);
            return new Group(old.name(), members);
          });
      return this;
    }

    public boolean hasGroup(String name) {
      return groups.containsKey(name);
    }

    /**
     * The map: the declared nodes in order, then those only referred to in order of first use.
     * Amounts that name no currency take the map's currency, so that what a map means does not
     * depend on whether its currency line came before or after them.
     */
    public NetworkMap build() {
      String currency = settings.currency();
      // The members a group named first: numbered now, and placed as first met. Each one's key:
      // twice the ids numbered before its group, so that it comes before the id numbered next (an
      // id's own key is twice its number, plus one), then its place among the members.
      Map<Integer, Long> memberKeys = new HashMap<>();
      for (int k = 0; k < laterMembers.size(); k++) {
        int s = numbered(slots.add(laterMembers.get(k)));
        inRoutesOrGroups.set(s);
        memberKeys.putIfAbsent(s, (2L * laterMembersAfter[k]) << 32 | k);
      }
      int n = slots.size();
      int[] number = new int[n];
      Arrays.fill(number, -1);
      List<Node> all = new ArrayList<>(n);
      for (int i = 0; i < declaredCount; i++) {
        Node node = slotNodes.get(declaredOrder[i]);
        number[declaredOrder[i]] = all.size();
        all.add(currency.isEmpty() ? node : inCurrency(node, currency));
      }
      for (int s : referredInOrderOfFirstUse(number, memberKeys)) {
        number[s] = all.size();
        all.add(Node.of(slots.id(s), referredKind(s)));
      }
      boolean same = true;
      for (int s = 0; s < n && same; s++) {
        same = number[s] == s;
      }
      List<Node> nodes = Collections.unmodifiableList(all);
      MapSettings s =
          new MapSettings(
              settings.title(), currency, settings.hourlyRate().map(m -> m.orCurrency(currency)));
      return new NetworkMap(
          s,
          nodes,
          links.frozen(same ? null : number, nodes),
          List.copyOf(groups.values()),
          affiliations,
          slots,
          same ? null : number);
    }

    /**
     * The numbers of the ids not declared ({@code number} -1), in the order they were first used:
     * the order of their numbers, but for a group's member numbered later than its group (or only
     * when building), which was first used by the group, before any id numbered after it. {@code
     * memberKeys} holds such a member's key by its number (see {@link #build}).
     */
    private int[] referredInOrderOfFirstUse(int[] number, Map<Integer, Long> memberKeys) {
      int n = number.length;
      int count = 0;
      for (int s = 0; s < n; s++) {
        count += number[s] < 0 ? 1 : 0;
      }
      int[] referred = new int[count];
      for (int s = 0, k = 0; s < n; s++) {
        if (number[s] < 0) {
          referred[k++] = s;
        }
      }
      if (memberKeys.isEmpty()) {
        return referred;
      }
      return Arrays.stream(referred)
          .boxed()
          .sorted(
              java.util.Comparator.comparingLong(
                  (Integer s) ->
                      Math.min(memberKeys.getOrDefault(s, Long.MAX_VALUE), (2L * s + 1) << 32)))
          .mapToInt(Integer::intValue)
          .toArray();
    }

    private NodeKind referredKind(int slot) {
      if (inRoutesOrGroups.get(slot)) {
        return NodeKind.UNKNOWN;
      }
      return asOrganisation.get(slot) ? NodeKind.ORGANISATION : NodeKind.PERSON;
    }

    private static Node inCurrency(Node n, String currency) {
      if (!n.laterDeals().isEmpty()) {
        n = n.withLaterDeals(n.laterDeals().stream().map(l -> l.orCurrency(currency)).toList());
      }
      Deal d = n.deal();
      Cost c = n.cost();
      boolean bare =
          d.value().filter(m -> m.currency().isEmpty()).isPresent()
              || c.money().filter(m -> m.currency().isEmpty()).isPresent()
              || c.rate().filter(m -> m.currency().isEmpty()).isPresent();
      if (!bare) {
        return n;
      }
      return n.withDeal(
              new Deal(
                  d.value().map(m -> m.orCurrency(currency)), d.probability(), d.stage(), d.next()))
          .withCost(c.orCurrency(currency));
    }
  }

  /**
   * A map rebuilt from what an earlier one held (a snapshot read back), without a builder: the
   * nodes as {@link #nodes()} gave them, each link's ends as places in {@code nodes}, its date
   * packed as year × 10,000 + month × 100 + day (0 for what is not known) or {@link #NO_DAY}, and
   * its attributes ({@code attributes} null when no link has any, else null where one has none).
   * The arrays are kept, not copied.
   */
  public static NetworkMap restored(
      MapSettings settings,
      List<Node> nodes,
      int[] linkFrom,
      int[] linkTo,
      String[] linkKind,
      String[] linkNote,
      int[] linkDate,
      Map<String, String>[] linkAttributes,
      List<Group> groups,
      List<Affiliation> affiliations) {
    int n = nodes.size();
    int m = linkFrom.length;
    if (linkTo.length != m
        || linkKind.length != m
        || linkNote.length != m
        || linkDate.length != m) {
      throw new IllegalArgumentException("link columns of different lengths");
    }
    for (int e = 0; e < m; e++) {
      if (linkFrom[e] < 0 || linkFrom[e] >= n || linkTo[e] < 0 || linkTo[e] >= n) {
        throw new IllegalArgumentException("link " + e + " refers to no node");
      }
    }
    IdTable ids = new IdTable(n);
    for (int i = 0; i < n; i++) {
      if (ids.add(nodes.get(i).id()) != i) {
        throw new IllegalArgumentException("'" + nodes.get(i).id() + "' is there twice");
      }
    }
    List<Node> kept = Collections.unmodifiableList(nodes);
    return new NetworkMap(
        settings,
        kept,
        LinkColumns.of(linkFrom, linkTo, linkKind, linkNote, linkDate, linkAttributes, kept),
        groups,
        affiliations,
        ids,
        null);
  }
}
