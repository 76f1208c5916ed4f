package networth.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A map's links kept in columns (arrays of node numbers, kinds, notes and packed dates) rather than
 * as one object each: a map of millions of links then costs a few arrays to build and to collect,
 * not millions of objects, and the graph index reads its ends as numbers without looking ids up.
 * Reads as an unmodifiable list; each {@link #get} makes the link it stands for.
 */
final class LinkColumns extends AbstractList<Link> implements RandomAccess {

  static final int NO_DATE = Integer.MIN_VALUE;

  private int[] from = new int[16];
  private int[] to = new int[16];
  // Most links of a large map have no kind and no note: each column stays null until a link has
  // one, and a null entry is "" too (two arrays of millions of references, written for nothing,
  // were fresh memory and work for every garbage collection).
  private String[] kind;
  private String[] note;
  private int[] date = new int[16];
  // Most links have no attributes: the array stays null until one does.
  private Map<String, String>[] attributes;
  private int size;
  private List<Node> nodes = List.of();

  /** Makes room for {@code n} links in all, so that a reader that knows its size grows nothing. */
  void reserve(int n) {
    if (n > from.length) {
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      kind = kind == null ? null : Arrays.copyOf(kind, n);
      note = note == null ? null : Arrays.copyOf(note, n);
      date = Arrays.copyOf(date, n);
      if (attributes != null) {
        attributes = Arrays.copyOf(attributes, n);
      }
    }
  }

  /** Appends a link between two numbered nodes (numbered as the caller keeps them). */
  void append(int a, int b, Link l) {
    append(a, b, l.kind(), l.date(), l.note(), l.attributes());
  }

  /** Appends a link from its parts, as {@link Link}'s constructor would keep them. */
  void append(
      int a,
      int b,
      String linkKind,
      Optional<PartialDate> linkDate,
      String linkNote,
      Map<String, String> linkAttributes) {
    if (size == from.length) {
      reserve(size + (size >> 1));
    }
    from[size] = a;
    to[size] = b;
    if (!Objects.requireNonNull(linkKind, "kind").isEmpty()) {
      if (kind == null) {
        kind = new String[from.length];
      }
      kind[size] = linkKind;
    }
    if (!Objects.requireNonNull(linkNote, "note").isEmpty()) {
      if (note == null) {
        note = new String[from.length];
      }
      note[size] = linkNote;
    }
    date[size] = linkDate.isPresent() ? pack(linkDate.get()) : NO_DATE;
    if (!linkAttributes.isEmpty()) {
      if (attributes == null) {
        attributes = newAttributes(from.length);
      }
      attributes[size] = Collections.unmodifiableMap(new LinkedHashMap<>(linkAttributes));
    }
    size++;
  }

  /**
   * The links so far, for a map to keep: each end renumbered through {@code number} to its place in
   * {@code nodes}, or kept when {@code number} is null (each end's number is its place already).
   * The columns are shared, not copied (on a large map a copy is a hundred megabytes of fresh
   * memory): this builder only ever writes past the links the map holds, which the map never reads.
   */
  LinkColumns frozen(int[] number, List<Node> nodes) {
    LinkColumns c = new LinkColumns();
    if (number == null) {
      c.from = from;
      c.to = to;
    } else {
      c.from = new int[size];
      c.to = new int[size];
      for (int i = 0; i < size; i++) {
        c.from[i] = number[from[i]];
        c.to[i] = number[to[i]];
      }
    }
    c.kind = kind;
    c.note = note;
    c.date = date;
    c.attributes = attributes;
    c.size = size;
    c.nodes = nodes;
    return c;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newAttributes(int n) {
    return (Map<String, String>[]) new Map<?, ?>[n];
  }

  private static int pack(PartialDate d) {
    return d.year() * 10_000 + d.month() * 100 + d.day();
  }

  int from(int i) {
    return from[i];
  }

  int to(int i) {
    return to[i];
  }

  /**
   * Every link's {@link #day}, in one array. Dates repeat (a million links fall on a few thousand
   * days), so each packed date is converted once while it stays in a small cache, not once a link.
   */
  int[] days() {
    int[] days = new int[size];
    int[] cachedDate = new int[1 << 12];
    int[] cachedDay = new int[1 << 12];
    Arrays.fill(cachedDate, NO_DATE);
    for (int i = 0; i < size; i++) {
      int d = date[i];
      if (d == NO_DATE) {
        days[i] = NO_DATE;
        continue;
      }
      int slot = (d ^ (d >>> 12)) & ((1 << 12) - 1);
      if (cachedDate[slot] != d) {
        cachedDate[slot] = d;
        cachedDay[slot] = day(i);
      }
      days[i] = cachedDay[slot];
    }
    return days;
  }

  /** The link's date as days since 1970-01-01 (of its first day), or {@link #NO_DATE}. */
  int day(int i) {
    int d = date[i];
    if (d == NO_DATE) {
      return NO_DATE;
    }
    int month = d / 100 % 100;
    int day = d % 100;
    return (int)
        java.time.LocalDate.of(d / 10_000, Math.max(month, 1), Math.max(day, 1)).toEpochDay();
  }

  String kind(int i) {
    return text(kind, checked(i));
  }

  String note(int i) {
    return text(note, checked(i));
  }

  /** Entry {@code i} of a text column, "" where it holds none. */
  private static String text(String[] column, int i) {
    String t = column == null ? null : column[i];
    return t == null ? "" : t;
  }

  Map<String, String> attributes(int i) {
    checked(i);
    return attributes == null || attributes[i] == null ? Map.of() : attributes[i];
  }

  private int checked(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("link " + i + " of " + size);
    }
    return i;
  }

  /** The link's date packed as year * 10,000 + month * 100 + day, or {@link #NO_DATE}. */
  int packedDate(int i) {
    return date[checked(i)];
  }

  /** The link's date as written (a year, a month or a day), without making the link. */
  Optional<PartialDate> date(int i) {
    int d = date[checked(i)];
    return d == NO_DATE
        ? Optional.empty()
        : Optional.of(new PartialDate(d / 10_000, d / 100 % 100, d % 100));
  }

  @Override
  public Link get(int i) {
    Optional<PartialDate> when = date(i);
    return new Link(
        nodes.get(from[i]).id(),
        nodes.get(to[i]).id(),
        text(kind, i),
        when,
        text(note, i),
        attributes(i));
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Columns taken as they are (a stored map read back): ends already numbered as places in {@code
   * nodes}, dates packed as {@link #append} packs them; {@code attributes} may be null.
   */
  static LinkColumns of(
      int[] from,
      int[] to,
      String[] kind,
      String[] note,
      int[] date,
      Map<String, String>[] attributes,
      List<Node> nodes) {
    LinkColumns c = new LinkColumns();
    c.from = from;
    c.to = to;
    c.kind = kind;
    c.note = note;
    c.date = date;
    c.attributes = attributes;
    c.size = from.length;
    c.nodes = nodes;
    return c;
  }
}
