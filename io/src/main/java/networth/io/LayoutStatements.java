package networth.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import networth.model.NetworkMap;

/**
 * A layout's statements, kept small where a large map is plain: a line that only links one name to
 * another, with nothing before it, is the number of the link it made, and a line that declares one
 * node with nothing else is the node's place in the map; each is made again when asked for, its
 * names taken from the map read with it. Millions of link lines are most of a large map's file:
 * their layout objects were a fifth of the memory a read took, and their names, fetched from the id
 * table for each line, a sixth of its time. A writer given the map these statements were read with
 * writes such lines straight from the map ({@link #isOf}, {@link #plainLink}, {@link #plainNode}).
 *
 * <p>Immutable once built; equal to any list of the same statements.
 */
public final class LayoutStatements extends AbstractList<Layout.Statement> implements RandomAccess {

  private final List<Layout.Statement> others;
  // Each statement in order, an index and a tag in the low two bits: OTHER, into others; LINK, a
  // link's number; NODE, a node's place in the map.
  private static final int OTHER = 0;
  private static final int LINK = 1;
  private static final int NODE = 2;

  // The builder's array, shared and not copied (on a large map a copy is tens of megabytes of fresh
  // memory): it only ever writes past the statements built, which these never read.
  private final int[] codes;
  private final int size;
  private final NetworkMap map;

  private LayoutStatements(Builder b, NetworkMap map) {
    this.others = List.copyOf(b.others);
    this.codes = b.codes;
    this.size = b.size;
    this.map = map;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Layout.Statement get(int index) {
    int code = codes[java.util.Objects.checkIndex(index, size)];
    int at = code >>> 2;
    return switch (code & 3) {
      case LINK ->
          new Layout.ChainLine(
              List.of(List.of(id(map.fromIndex(at))), List.of(id(map.toIndex(at)))),
              at,
              List.of(),
              "");
      case NODE -> new Layout.NodeLine(id(at), List.of(), "");
      default -> others.get(at);
    };
  }

  private String id(int place) {
    return map.nodes().get(place).id();
  }

  /** Whether these are the statements of {@code map} as it was read: the very same map. */
  public boolean isOf(NetworkMap map) {
    return this.map == map;
  }

  /**
   * The link statement {@code index} made when it is the plain line {@code from -> to} (its names
   * the link's ends, nothing before it), else -1.
   */
  public int plainLink(int index) {
    int code = codes[java.util.Objects.checkIndex(index, size)];
    return (code & 3) == LINK ? code >>> 2 : -1;
  }

  /**
   * The place in the map of the node statement {@code index} declares when it is the plain line
   * {@code KIND id} (nothing before it), else -1.
   */
  public int plainNode(int index) {
    int code = codes[java.util.Objects.checkIndex(index, size)];
    return (code & 3) == NODE ? code >>> 2 : -1;
  }

  /** Collects statements in file order. */
  public static final class Builder {
    private final List<Layout.Statement> others = new ArrayList<>();
    private int[] codes = new int[16];
    private int size;

    private Builder() {}

    /** Makes room for {@code n} lines in all, plain or not (a file's line count, say). */
    public Builder expect(int n) {
      if (n > codes.length) {
        codes = Arrays.copyOf(codes, n);
      }
      return this;
    }

    public Builder add(Layout.Statement s) {
      others.add(s);
      return code(others.size() - 1, OTHER);
    }

    /**
     * Adds the line {@code from -> to} that made link {@code link} (its names are that link's ends;
     * a description or date belongs to the link), with no comment or blank line before it and none
     * at its end.
     */
    public Builder plainLink(int link) {
      return code(link, LINK);
    }

    /**
     * Adds the line {@code KIND id} that declared the node the map holds at {@code place}, with
     * nothing before it and no comment at its end.
     */
    public Builder plainDeclaration(int place) {
      return code(place, NODE);
    }

    private Builder code(int at, int tag) {
      if (at < 0 || at > (Integer.MAX_VALUE >>> 2)) {
        throw new IllegalArgumentException("a layout holds at most 2^29 lines of each kind");
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size + (size >> 1) + 1);
      }
      codes[size++] = (at << 2) | tag;
      return this;
    }

    /**
     * The statements so far, their names taken from {@code map}: the map built from what made them,
     * whose links and declared nodes are numbered as they were added.
     */
    public LayoutStatements build(NetworkMap map) {
      return new LayoutStatements(this, map);
    }
  }
}
