package networth.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A map's links kept in columns (arrays of ends, kinds, notes and packed dates) rather than as one
 * object each: a map of millions of links then costs a few arrays to build and to collect, not
 * millions of objects. Reads as an unmodifiable list; each {@link #get} makes the link it stands
 * for.
 */
final class LinkColumns extends AbstractList<Link> implements RandomAccess {

  private static final int NO_DATE = Integer.MIN_VALUE;

  private String[] from = new String[16];
  private String[] to = new String[16];
  private String[] kind = new String[16];
  private String[] note = new String[16];
  private int[] date = new int[16];
  private int size;

  void append(Link l) {
    if (size == from.length) {
      int grown = size + (size >> 1);
      from = Arrays.copyOf(from, grown);
      to = Arrays.copyOf(to, grown);
      kind = Arrays.copyOf(kind, grown);
      note = Arrays.copyOf(note, grown);
      date = Arrays.copyOf(date, grown);
    }
    from[size] = l.from();
    to[size] = l.to();
    kind[size] = l.kind();
    note[size] = l.note();
    date[size] = l.date().map(LinkColumns::pack).orElse(NO_DATE);
    size++;
  }

  /** A copy holding exactly these links, for a map to keep. */
  LinkColumns frozen() {
    LinkColumns c = new LinkColumns();
    c.from = Arrays.copyOf(from, size);
    c.to = Arrays.copyOf(to, size);
    c.kind = Arrays.copyOf(kind, size);
    c.note = Arrays.copyOf(note, size);
    c.date = Arrays.copyOf(date, size);
    c.size = size;
    return c;
  }

  private static int pack(PartialDate d) {
    return d.year() * 10_000 + d.month() * 100 + d.day();
  }

  @Override
  public Link get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("link " + i + " of " + size);
    }
    int d = date[i];
    Optional<PartialDate> when =
        d == NO_DATE
            ? Optional.empty()
            : Optional.of(new PartialDate(d / 10_000, d / 100 % 100, d % 100));
    return new Link(from[i], to[i], kind[i], when, note[i]);
  }

  @Override
  public int size() {
    return size;
  }
}
