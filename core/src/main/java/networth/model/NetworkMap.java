package networth.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole network: its nodes, the links "A led to B" between them, and the user's groups.
 * Immutable; build one with {@link #builder()}. Every link and group refers to nodes of the map.
 */
public final class NetworkMap {

  private final MapSettings settings;
  private final List<Node> nodes;
  private final List<Link> links;
  private final List<Group> groups;
  private final Map<String, Node> byId;

  private NetworkMap(MapSettings settings, List<Node> nodes, List<Link> links, List<Group> groups) {
    this.settings = settings;
    this.nodes = List.copyOf(nodes);
    this.links = links instanceof LinkColumns columns ? columns : List.copyOf(links);
    this.groups = List.copyOf(groups);
    Map<String, Node> index = new LinkedHashMap<>();
    for (Node n : nodes) {
      if (index.putIfAbsent(n.id(), n) != null) {
        throw new IllegalArgumentException("two nodes have the id '" + n.id() + "'");
      }
    }
    // The builder makes a node of every id a link or group refers to, so every reference holds.
    this.byId = Collections.unmodifiableMap(index);
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

  public Optional<Node> node(String id) {
    return Optional.ofNullable(byId.get(id));
  }

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
    return groups.stream().filter(g -> g.members().contains(id)).map(Group::name).toList();
  }

  /** The label of a node, or the id itself when there is no such node. */
  public String label(String id) {
    Node n = byId.get(id);
    return n == null ? id : n.label();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkMap m
        && settings.equals(m.settings)
        && nodes.equals(m.nodes)
        && links.equals(m.links)
        && groups.equals(m.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, nodes, links, groups);
  }

  @Override
  public String toString() {
    return "NetworkMap["
        + nodes.size()
        + " nodes, "
        + links.size()
        + " links, "
        + groups.size()
        + " groups]";
  }

  /**
   * Collects a map in reading order. A node that a link or group refers to but nobody declares
   * becomes a node of kind {@link NodeKind#UNKNOWN}.
   */
  public static final class Builder {
    private MapSettings settings = MapSettings.NONE;
    private final Map<String, Node> declared = new LinkedHashMap<>();
    private final Map<String, Boolean> referred = new LinkedHashMap<>();
    private final LinkColumns links = new LinkColumns();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    private Builder() {}

    public Builder settings(MapSettings s) {
      this.settings = Objects.requireNonNull(s);
      return this;
    }

    public MapSettings settings() {
      return settings;
    }

    /** Declares a node; its id must be new. */
    public Builder node(Node n) {
      if (declared.putIfAbsent(n.id(), n) != null) {
        throw new IllegalArgumentException("'" + n.id() + "' is declared twice");
      }
      return this;
    }

    public boolean isDeclared(String id) {
      return declared.containsKey(id);
    }

    /** The nodes declared so far, in order. */
    public java.util.Collection<Node> declaredNodes() {
      return Collections.unmodifiableCollection(declared.values());
    }

    public Optional<Node> declared(String id) {
      return Optional.ofNullable(declared.get(id));
    }

    public Builder link(Link l) {
      refer(l.from());
      refer(l.to());
      links.append(l);
      return this;
    }

    /** Remembers an id used before any declaration, to make a node of unknown kind of it. */
    private void refer(String id) {
      if (!declared.containsKey(id)) {
        referred.putIfAbsent(id, true);
      }
    }

    public int linkCount() {
      return links.size();
    }

    public Builder link(String from, String to) {
      return link(Link.of(from, to));
    }

    /** Adds a group, or adds members to the group of that name. */
    public Builder group(Group g) {
      g.members().forEach(this::refer);
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
     * The map. Amounts that name no currency take the map's currency, so that what a map means does
     * not depend on whether its currency line came before or after them.
     */
    public NetworkMap build() {
      String currency = settings.currency();
      List<Node> all = new ArrayList<>();
      declared.values().forEach(n -> all.add(currency.isEmpty() ? n : inCurrency(n, currency)));
      referred.keySet().stream()
          .filter(id -> !declared.containsKey(id))
          .forEach(id -> all.add(Node.of(id, NodeKind.UNKNOWN)));
      MapSettings s =
          new MapSettings(
              settings.title(), currency, settings.hourlyRate().map(m -> m.orCurrency(currency)));
      return new NetworkMap(s, all, links.frozen(), List.copyOf(groups.values()));
    }

    private static Node inCurrency(Node n, String currency) {
      Deal d = n.deal();
      Cost c = n.cost();
      return n.withDeal(
              new Deal(
                  d.value().map(m -> m.orCurrency(currency)), d.probability(), d.stage(), d.next()))
          .withCost(
              new Cost(
                  c.money().map(m -> m.orCurrency(currency)),
                  c.hours(),
                  c.rate().map(m -> m.orCurrency(currency))));
    }
  }
}
