package networth.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Node;

/**
 * What one source's files hold, before it meets a map: the nodes, links and affiliations an
 * importer read, each with the row it came from, and the rows it left out.
 *
 * <p>Node ids here are the importer's own (a person's full name, a company's name); links and
 * affiliations refer to them. The merge ({@link networth.imports.merge.MapMerge}) decides which
 * node of the map each one is, and so which id it ends with. What identifies a node is written in
 * its attributes under the keys of {@link Facts}.
 *
 * @param source the importer's name ("linkedin")
 * @param nodes every node, ids unique, in the order found
 * @param links every link between them
 * @param affiliations every affiliation between them
 * @param skipped the rows left out, and why
 */
public record Found(
    String source,
    List<Entry<Node>> nodes,
    List<Entry<Link>> links,
    List<Entry<Affiliation>> affiliations,
    List<Skipped> skipped) {

  public Found {
    Objects.requireNonNull(source, "source");
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
    affiliations = List.copyOf(affiliations);
    skipped = List.copyOf(skipped);
  }

  /** One item and the row it came from. */
  public record Entry<T>(T item, Origin origin) {
    public Entry {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** How many rows were read in all: taken or skipped. */
  public int size() {
    return nodes.size() + links.size() + affiliations.size() + skipped.size();
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  /**
   * Collects what an importer reads. A node met again (the same id) is not added twice: {@link
   * #node(String)} finds it, and {@link #replace} puts a fuller version of it in its place.
   */
  public static final class Builder {
    private final String source;
    private final Map<String, Entry<Node>> nodes = new LinkedHashMap<>();
    private final List<Entry<Link>> links = new ArrayList<>();
    private final List<Entry<Affiliation>> affiliations = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private Builder(String source) {
      this.source = source;
    }

    /**
     * Adds a node, unless one with its id is already here (then the first stays: use {@link
     * #replace} to change it).
     *
     * @return whether it was added
     */
    public boolean node(Node n, Origin origin) {
      return nodes.putIfAbsent(n.id(), new Entry<>(n, origin)) == null;
    }

    /** The node of this id read so far, if any. */
    public Optional<Node> node(String id) {
      return Optional.ofNullable(nodes.get(id)).map(Entry::item);
    }

    /** Puts {@code n} in the place of the node of its id, keeping where that was first found. */
    public Builder replace(Node n) {
      Entry<Node> was = nodes.get(n.id());
      if (was == null) {
        throw new IllegalArgumentException("no node '" + n.id() + "' to replace");
      }
      nodes.put(n.id(), new Entry<>(n, was.origin()));
      return this;
    }

    public Builder link(Link l, Origin origin) {
      links.add(new Entry<>(l, origin));
      return this;
    }

    public Builder affiliation(Affiliation a, Origin origin) {
      affiliations.add(new Entry<>(a, origin));
      return this;
    }

    public Builder skip(Origin origin, String reason) {
      skipped.add(new Skipped(origin, reason));
      return this;
    }

    public Found build() {
      return new Found(source, List.copyOf(nodes.values()), links, affiliations, skipped);
    }
  }
}
