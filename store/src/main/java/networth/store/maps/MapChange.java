package networth.store.maps;

import java.util.Objects;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.Node;

/**
 * One edit of a map, as a form on the page makes it. Each is applied as one transaction that raises
 * the map's version by one, and each says in a line what it did, for the history.
 *
 * <p>Nodes are named by their id and groups by their name. Links and affiliations have no name of
 * their own, so they are named by their place in the map's list ({@code map.links().get(index)}) as
 * of the version the change is based on; since a change is refused when the map has moved on, the
 * place cannot have shifted under it.
 */
public sealed interface MapChange {

  /** The line the history shows for this change. */
  String describe();

  /**
   * Adds a node after the others. Its id must be new; a bare amount takes the map's currency, as it
   * would in a map file.
   */
  record AddNode(Node node) implements MapChange {
    public AddNode {
      Objects.requireNonNull(node, "node");
    }

    @Override
    public String describe() {
      return "added " + node.kind().keyword() + " " + quoted(node.id());
    }
  }

  /** Replaces the node with this id, keeping its place; the id stays the same. */
  record ChangeNode(Node node) implements MapChange {
    public ChangeNode {
      Objects.requireNonNull(node, "node");
    }

    @Override
    public String describe() {
      return "changed " + node.kind().keyword() + " " + quoted(node.id());
    }
  }

  /**
   * Removes a node with the links and affiliations that name it, and takes it out of its groups.
   */
  record RemoveNode(String id) implements MapChange {
    public RemoveNode {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String describe() {
      return "removed " + quoted(id);
    }
  }

  /** Sets what a node costs ({@link Cost#NONE} to remove its cost). */
  record SetCost(String id, Cost cost) implements MapChange {
    public SetCost {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(cost, "cost");
    }

    @Override
    public String describe() {
      return (cost.isEmpty() ? "removed the cost of " : "set the cost of ") + quoted(id);
    }
  }

  /** Adds a link after the others; an end the map does not have becomes a node of unknown kind. */
  record AddLink(Link link) implements MapChange {
    public AddLink {
      Objects.requireNonNull(link, "link");
    }

    @Override
    public String describe() {
      return "added the link " + quoted(link.from()) + " -> " + quoted(link.to());
    }
  }

  /** Replaces the link at {@code index}, keeping its place. */
  record ChangeLink(int index, Link link) implements MapChange {
    public ChangeLink {
      Objects.requireNonNull(link, "link");
    }

    @Override
    public String describe() {
      return "changed the link " + quoted(link.from()) + " -> " + quoted(link.to());
    }
  }

  /** Removes the link at {@code index}. */
  record RemoveLink(int index) implements MapChange {
    @Override
    public String describe() {
      return "removed link " + (index + 1);
    }
  }

  /**
   * Adds a group, or replaces the group of that name (keeping its place); a member the map does not
   * have becomes a node of unknown kind.
   */
  record PutGroup(Group group) implements MapChange {
    public PutGroup {
      Objects.requireNonNull(group, "group");
    }

    @Override
    public String describe() {
      return "set the group " + quoted(group.name());
    }
  }

  /** Removes a group; its members stay. */
  record RemoveGroup(String name) implements MapChange {
    public RemoveGroup {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String describe() {
      return "removed the group " + quoted(name);
    }
  }

  /** Adds an affiliation after the others; a name the map does not have becomes a node. */
  record AddAffiliation(Affiliation affiliation) implements MapChange {
    public AddAffiliation {
      Objects.requireNonNull(affiliation, "affiliation");
    }

    @Override
    public String describe() {
      return "added "
          + affiliation.sentence(quoted(affiliation.person()), quoted(affiliation.organisation()));
    }
  }

  /** Replaces the affiliation at {@code index}, keeping its place. */
  record ChangeAffiliation(int index, Affiliation affiliation) implements MapChange {
    public ChangeAffiliation {
      Objects.requireNonNull(affiliation, "affiliation");
    }

    @Override
    public String describe() {
      return "changed "
          + affiliation.sentence(quoted(affiliation.person()), quoted(affiliation.organisation()));
    }
  }

  /** Removes the affiliation at {@code index}. */
  record RemoveAffiliation(int index) implements MapChange {
    @Override
    public String describe() {
      return "removed affiliation " + (index + 1);
    }
  }

  /** Sets the map's title, currency and hourly rate. */
  record ChangeSettings(MapSettings settings) implements MapChange {
    public ChangeSettings {
      Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String describe() {
      return "changed the title, currency or hourly rate";
    }
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
