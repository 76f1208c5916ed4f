package networth.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A layout's statements, kept small where a large map is plain: a line that only links one name to
 * another, with nothing before it, is three numbers here (its names and its first link) instead of
 * a {@link Layout.ChainLine} and its lists, and a line that declares one node with nothing else is
 * its id instead of a {@link Layout.NodeLine}; each is made again when asked for. Millions of link
 * lines are most of a large map's file, and their layout objects were a fifth of the memory a read
 * took.
 *
 * <p>Immutable once built; equal to any list of the same statements.
 */
public final class LayoutStatements extends AbstractList<Layout.Statement> implements RandomAccess {

  private final List<Layout.Statement> others;
  // Each statement in order, an index and a tag in the low two bits: OTHER, into others; LINK, into
  // from, to and firstLink; NODE, into from (the id declared).
  private static final int OTHER = 0;
  private static final int LINK = 1;
  private static final int NODE = 2;

  // The builder's arrays, shared and not copied (on a large map a copy is a hundred megabytes of
  // fresh memory): it only ever writes past the statements built, which these never read.
  private final int[] codes;
  private final int size;
  private final String[] from;
  private final String[] to;
  private final int[] firstLink;

  private LayoutStatements(Builder b) {
    this.others = List.copyOf(b.others);
    this.codes = b.codes;
    this.size = b.size;
    this.from = b.from;
    this.to = b.to;
    this.firstLink = b.firstLink;
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
              List.of(List.of(from[at]), List.of(to[at])), firstLink[at], List.of(), "");
      case NODE -> new Layout.NodeLine(from[at], List.of(), "");
      default -> others.get(at);
    };
  }

  /** Collects statements in file order. */
  public static final class Builder {
    private final List<Layout.Statement> others = new ArrayList<>();
    private int[] codes = new int[16];
    private int size;
    private String[] from = new String[16];
    private String[] to = new String[16];
    private int[] firstLink = new int[16];
    private int plain;

    private Builder() {}

    /** Makes room for {@code n} lines in all, plain or not (a file's line count, say). */
    public Builder expect(int n) {
      if (n > codes.length) {
        codes = Arrays.copyOf(codes, n);
      }
      roomForPlain(n);
      return this;
    }

    public Builder add(Layout.Statement s) {
      others.add(s);
      return code(((others.size() - 1) << 2) | OTHER);
    }

    /**
     * Adds the line {@code from -> to} (names as the builder keeps them; a description or date
     * belongs to the link), which made link {@code firstLink}, with no comment or blank line before
     * it and none at its end.
     */
    public Builder plainLink(String fromId, String toId, int link) {
      grow();
      from[plain] = fromId;
      to[plain] = toId;
      firstLink[plain] = link;
      return code((plain++ << 2) | LINK);
    }

    /** Adds the line {@code KIND id}, with nothing before it and no comment at its end. */
    public Builder plainDeclaration(String id) {
      grow();
      from[plain] = id;
      return code((plain++ << 2) | NODE);
    }

    private void grow() {
      if (plain == from.length) {
        roomForPlain(plain + (plain >> 1) + 1);
      }
    }

    private void roomForPlain(int n) {
      if (n > from.length) {
        from = Arrays.copyOf(from, n);
        to = Arrays.copyOf(to, n);
        firstLink = Arrays.copyOf(firstLink, n);
      }
    }

    private Builder code(int code) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size + (size >> 1) + 1);
      }
      codes[size++] = code;
      return this;
    }

    public LayoutStatements build() {
      return new LayoutStatements(this);
    }
  }
}
