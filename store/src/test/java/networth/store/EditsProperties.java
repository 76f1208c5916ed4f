package networth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import networth.io.MapArbitraries;
import networth.io.MapContent;
import networth.model.Affiliation;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.store.maps.MapChange;

/**
 * Random sequences of edits, undos and restores made through the store give, at every version, the
 * map the same edits give when made by hand on plain lists (below: a few lines per edit, with no
 * versions, rows or SQL), on SQLite and on PostgreSQL. Whole-map replacements are among the steps:
 * an edit's result saved as a whole map (a node appended, changed or removed, a link in the middle
 * changed...), and the same map with its parts in another order, which the store writes by touching
 * only the rows that differ.
 */
class EditsProperties {

  private static Store sqlite;
  private static Store postgres;

  private static synchronized Store store(Backends backend) {
    if (backend == Backends.SQLITE) {
      return sqlite == null ? (sqlite = backend.open()) : sqlite;
    }
    return postgres == null ? (postgres = backend.open()) : postgres;
  }

  @AfterContainer
  static void close() {
    if (sqlite != null) {
      sqlite.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** One step: what to do (0 to 17) and choices that pick its targets and contents. */
  record Step(
      int what,
      int a,
      int b,
      Node node,
      String text,
      MapSettings settings,
      Map<String, String> attributes) {}

  @Provide
  Arbitrary<NetworkMap> maps() {
    return MapArbitraries.maps(6, false);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<MapSettings> settings =
        Combinators.combine(
                MapArbitraries.text(false),
                Arbitraries.of("", "GBP"),
                MapArbitraries.money("GBP").optional())
            .as(MapSettings::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 17),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.of("", "GBP").flatMap(c -> MapArbitraries.node("new", false, c)),
            MapArbitraries.text(false),
            settings,
            MapArbitraries.linkAttributes(false))
        .as(Step::new)
        .list()
        .ofMaxSize(12);
  }

  @Property(tries = 40)
  void onSqlite(@ForAll("maps") NetworkMap start, @ForAll("steps") List<Step> steps) {
    check(store(Backends.SQLITE), start, steps);
  }

  @Property(tries = 40)
  void onPostgres(@ForAll("maps") NetworkMap start, @ForAll("steps") List<Step> steps) {
    check(store(Backends.POSTGRES), start, steps);
  }

  private static void check(Store store, NetworkMap start, List<Step> steps) {
    User user = store.accounts().local();
    String id = store.maps().create(user, start);
    // By hand: the map of each version, and where an undo of each goes back to.
    List<NetworkMap> versions = new ArrayList<>(List.of(start));
    List<Integer> undoTo = new ArrayList<>(List.of(0));
    for (Step step : steps) {
      int head = versions.size();
      NetworkMap now = versions.get(head - 1);
      if (step.what() == 14) {
        int target = undoTo.get(head - 1);
        if (target < 1) {
          assertThatThrownBy(() -> store.maps().undo(user, id, head))
              .isInstanceOf(StoreException.Invalid.class);
          continue;
        }
        store.maps().undo(user, id, head);
        versions.add(versions.get(target - 1));
        undoTo.add(undoTo.get(target - 1));
      } else if (step.what() >= 16) {
        Optional<NetworkMap> saved =
            step.what() == 16
                ? edit(
                        new Step(
                            step.a() % 14,
                            step.a(),
                            step.b(),
                            step.node(),
                            step.text(),
                            step.settings(),
                            step.attributes()),
                        now)
                    .result()
                : Optional.of(reordered(now, step.a(), step.b()));
        if (saved.isEmpty()) {
          continue;
        }
        store.maps().replace(user, id, head, saved.get());
        versions.add(saved.get());
        undoTo.add(head);
      } else if (step.what() == 15) {
        int back = 1 + step.a() % head;
        store.maps().restore(user, id, head, back);
        versions.add(versions.get(back - 1));
        undoTo.add(head);
      } else {
        Edit edit = edit(step, now);
        if (edit.result().isEmpty()) {
          assertThatThrownBy(() -> store.maps().apply(user, id, head, edit.change()))
              .as(edit.change().describe())
              .isInstanceOf(StoreException.Invalid.class);
          continue;
        }
        store.maps().apply(user, id, head, edit.change());
        versions.add(edit.result().get());
        undoTo.add(head);
      }
    }
    assertThat(store.maps().history(user, id)).hasSize(versions.size());
    for (int v = 1; v <= versions.size(); v++) {
      assertThat(store.maps().asOf(user, id, v).map())
          .as("version " + v)
          .isEqualTo(versions.get(v - 1));
      assertThat(MapContent.attributeOrder(store.maps().asOf(user, id, v).map()))
          .as("the order of the links' attributes at version " + v)
          .isEqualTo(MapContent.attributeOrder(versions.get(v - 1)));
    }
  }

  /** A change and the map it makes by hand; empty when it cannot apply. */
  private record Edit(MapChange change, Optional<NetworkMap> result) {}

  private static Edit edit(Step s, NetworkMap m) {
    Parts p = new Parts(m);
    List<String> ids = m.nodes().stream().map(Node::id).toList();
    String existing = ids.isEmpty() ? "nobody" : ids.get(s.a() % ids.size());
    String other = ids.isEmpty() ? "nobody" : ids.get(s.b() % ids.size());
    String fresh = "new " + s.a();
    int linkAt = m.links().isEmpty() ? 0 : s.b() % (m.links().size() + 1);
    int affiliationAt = m.affiliations().isEmpty() ? 0 : s.b() % (m.affiliations().size() + 1);
    Link link =
        new Link(
            existing,
            s.b() % 3 == 0 ? fresh : other,
            s.text(),
            Optional.empty(),
            "",
            s.attributes());
    Affiliation affiliation =
        Affiliation.of(
                existing, Affiliation.Role.values()[s.b() % 4], s.b() % 2 == 0 ? fresh : other)
            .withNote(s.text());
    String groupName = s.b() % 2 == 0 ? "social" : "g" + s.b() % 3;
    return switch (s.what()) {
      case 0 -> {
        Node n = renamed(s.node(), s.a() % 4 == 0 ? existing : fresh);
        yield new Edit(new MapChange.AddNode(n), p.has(n.id()) ? none() : p.addNode(n));
      }
      case 1 -> {
        Node n = renamed(s.node(), existing);
        yield new Edit(new MapChange.ChangeNode(n), p.has(n.id()) ? p.changeNode(n) : none());
      }
      case 2 ->
          new Edit(
              new MapChange.RemoveNode(existing),
              p.has(existing) ? p.removeNode(existing) : none());
      case 3 -> {
        var cost = s.node().cost();
        yield new Edit(
            new MapChange.SetCost(existing, cost),
            p.has(existing) ? p.changeNode(m.node(existing).get().withCost(cost)) : none());
      }
      case 4 -> new Edit(new MapChange.AddLink(link), p.addLink(link));
      case 5 ->
          new Edit(
              new MapChange.ChangeLink(linkAt, link),
              linkAt < m.links().size() ? p.changeLink(linkAt, link) : none());
      case 6 ->
          new Edit(
              new MapChange.RemoveLink(linkAt),
              linkAt < m.links().size() ? p.removeLink(linkAt) : none());
      case 7 -> {
        Group g = new Group(groupName, ids.isEmpty() ? List.of(fresh) : List.of(existing, other));
        yield new Edit(new MapChange.PutGroup(g), p.putGroup(g));
      }
      case 8 ->
          new Edit(
              new MapChange.RemoveGroup(groupName),
              m.group(groupName).isPresent() ? p.removeGroup(groupName) : none());
      case 9 -> new Edit(new MapChange.AddAffiliation(affiliation), p.addAffiliation(affiliation));
      case 10 ->
          new Edit(
              new MapChange.ChangeAffiliation(affiliationAt, affiliation),
              affiliationAt < m.affiliations().size()
                  ? p.changeAffiliation(affiliationAt, affiliation)
                  : none());
      case 11 ->
          new Edit(
              new MapChange.RemoveAffiliation(affiliationAt),
              affiliationAt < m.affiliations().size()
                  ? p.removeAffiliation(affiliationAt)
                  : none());
      case 12 -> new Edit(new MapChange.ChangeSettings(s.settings()), p.settings(s.settings()));
      default -> {
        // 13: a node with no facts at all, under a name the map may already have.
        Node n = Node.of(s.a() % 2 == 0 ? existing : fresh, NodeKind.PERSON);
        yield new Edit(new MapChange.AddNode(n), p.has(n.id()) ? none() : p.addNode(n));
      }
    };
  }

  /**
   * The same map with its nodes, groups and links turned round, and its affiliations and each
   * link's attributes reversed.
   */
  private static NetworkMap reordered(NetworkMap m, int a, int b) {
    Parts p = new Parts(m);
    java.util.Collections.rotate(p.nodes, a);
    java.util.Collections.rotate(p.links, b);
    // The same links, their attributes in the other order: equal links, but other rows.
    p.links.replaceAll(EditsProperties::attributesReversed);
    java.util.Collections.reverse(p.affiliations);
    List<Group> groups = new ArrayList<>(p.groups.values());
    java.util.Collections.rotate(groups, a + b);
    p.groups.clear();
    groups.forEach(g -> p.groups.put(g.name(), g));
    return p.built().orElseThrow();
  }

  private static Link attributesReversed(Link l) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(l.attributes().entrySet());
    java.util.Collections.reverse(entries);
    Map<String, String> reversed = new LinkedHashMap<>();
    entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
    return new Link(l.from(), l.to(), l.kind(), l.date(), l.note(), reversed);
  }

  private static Optional<NetworkMap> none() {
    return Optional.empty();
  }

  private static Node renamed(Node n, String id) {
    return new Node(
        id,
        n.label().equals(n.id()) ? id : n.label(),
        n.kind(),
        n.date(),
        n.until(),
        n.note(),
        n.deal(),
        n.cost(),
        n.attributes(),
        n.laterDeals());
  }

  /** A map as plain lists, edited by hand and built again: the reference the store is held to. */
  private static final class Parts {
    MapSettings settings;
    final List<Node> nodes;
    final List<Link> links;
    final Map<String, Group> groups = new LinkedHashMap<>();
    final List<Affiliation> affiliations;

    Parts(NetworkMap m) {
      settings = m.settings();
      nodes = new ArrayList<>(m.nodes());
      links = new ArrayList<>(m.links());
      m.groups().forEach(g -> groups.put(g.name(), g));
      affiliations = new ArrayList<>(m.affiliations());
    }

    boolean has(String id) {
      return nodes.stream().anyMatch(n -> n.id().equals(id));
    }

    /** The map, every node declared in order, as a map file would declare them. */
    Optional<NetworkMap> built() {
      NetworkMap.Builder b = NetworkMap.builder().settings(settings);
      nodes.forEach(b::node);
      groups.values().forEach(b::group);
      links.forEach(b::link);
      affiliations.forEach(b::affiliation);
      return Optional.of(b.build());
    }

    private void ensure(String id, NodeKind kind) {
      if (!has(id)) {
        nodes.add(Node.of(id, kind));
      }
    }

    Optional<NetworkMap> addNode(Node n) {
      nodes.add(n);
      return built();
    }

    Optional<NetworkMap> changeNode(Node n) {
      nodes.replaceAll(old -> old.id().equals(n.id()) ? n : old);
      return built();
    }

    Optional<NetworkMap> removeNode(String id) {
      nodes.removeIf(n -> n.id().equals(id));
      links.removeIf(l -> l.from().equals(id) || l.to().equals(id));
      affiliations.removeIf(a -> a.person().equals(id) || a.organisation().equals(id));
      groups.replaceAll(
          (name, g) -> new Group(name, g.members().stream().filter(x -> !x.equals(id)).toList()));
      return built();
    }

    Optional<NetworkMap> addLink(Link l) {
      ensure(l.from(), NodeKind.UNKNOWN);
      ensure(l.to(), NodeKind.UNKNOWN);
      links.add(l);
      return built();
    }

    Optional<NetworkMap> changeLink(int i, Link l) {
      ensure(l.from(), NodeKind.UNKNOWN);
      ensure(l.to(), NodeKind.UNKNOWN);
      links.set(i, l);
      return built();
    }

    Optional<NetworkMap> removeLink(int i) {
      links.remove(i);
      return built();
    }

    Optional<NetworkMap> putGroup(Group g) {
      g.members().forEach(x -> ensure(x, NodeKind.UNKNOWN));
      groups.put(g.name(), g);
      return built();
    }

    Optional<NetworkMap> removeGroup(String name) {
      groups.remove(name);
      return built();
    }

    Optional<NetworkMap> addAffiliation(Affiliation a) {
      ensure(a.person(), NodeKind.PERSON);
      ensure(a.organisation(), NodeKind.ORGANISATION);
      affiliations.add(a);
      return built();
    }

    Optional<NetworkMap> changeAffiliation(int i, Affiliation a) {
      ensure(a.person(), NodeKind.PERSON);
      ensure(a.organisation(), NodeKind.ORGANISATION);
      affiliations.set(i, a);
      return built();
    }

    Optional<NetworkMap> removeAffiliation(int i) {
      affiliations.remove(i);
      return built();
    }

    Optional<NetworkMap> settings(MapSettings s) {
      settings = s;
      return built();
    }
  }
}
