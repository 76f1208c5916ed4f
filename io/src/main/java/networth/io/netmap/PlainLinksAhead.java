package networth.io.netmap;

import java.util.Optional;
import networth.io.LinkEnds;
import networth.io.SourceLines;
import networth.model.NetworkMap;
import networth.model.PartialDate;

/**
 * The plain link lines ({@link PlainLink}) of a large map read ahead, in parts of lines, on threads
 * of their own, each end looked up in the builder's table of ids: the thread that reads the map
 * then only adds each link. On the million-node map, cutting each line up and finding its two ends
 * in a table larger than the processor's cache was half the reading.
 *
 * <p>The threads only look ids up, in a table that must not change while they run: the reader stops
 * them ({@link #stop}) before it reads any line otherwise (a declaration, an end not yet numbered,
 * any other statement), and goes on alone. What a line says, and so what the reader does with it,
 * is what it would do reading the line itself: a line is read ahead by the same {@link PlainLink},
 * and an end found is the number the builder would give it.
 */
final class PlainLinksAhead extends LinesAhead<PlainLinksAhead.Part> {

  private final NetworkMap.Builder ids;
  private final ThreadLocal<Reading> reading = ThreadLocal.withInitial(Reading::new);

  /**
   * What a part's lines say: for line {@code first + i}, {@code ends[5i]} is its first end's
   * number, or -1 when the line is not a plain link with both ends numbered; then its second end's,
   * and the columns (from 0) of its first end, its arrow and its second end. {@code declared[i]}
   * says which ends are declared ({@link #FROM_DECLARED}, {@link #TO_DECLARED}): a table as large
   * as the nodes, looked up at random, is best looked up here too.
   */
  record Part(int first, int[] ends, byte[] declared, String[] kinds, Optional<PartialDate>[] dates)
      implements LinesAhead.Part {

    @Override
    public int end() {
      return first + kinds.length;
    }

    @Override
    public boolean found(int index) {
      return ends[5 * (index - first)] >= 0;
    }
  }

  /**
   * A thread's own line reader and window on the lines; and the ends of the plain links of a part,
   * copied out of the window, to be looked up all at once (see {@link NetworkMap.Builder#findAll}).
   */
  private final class Reading {
    final PlainLink plain = new PlainLink();
    final SourceLines.Window window = lines.window();
    // The ends, each known by its line in the part, and the names they stand at.
    final LinkEnds ends = new LinkEnds();
    byte[] names = new byte[1 << 16];
    int used;

    /** Copies a name out of the window; where it ends among the names. */
    int keep(byte[] text, int from, int to) {
      if (used + to - from > names.length) {
        names = java.util.Arrays.copyOf(names, Math.max(2 * names.length, used + to - from));
      }
      System.arraycopy(text, from, names, used, to - from);
      used += to - from;
      return used;
    }
  }

  private PlainLinksAhead(SourceLines lines, int first, NetworkMap.Builder ids, int partLines) {
    super(
        lines,
        first,
        partLines,
        "map lines ahead",
        THREADS,
        new Part(0, new int[0], new byte[0], new String[0], noDates(0)));
    this.ids = ids;
  }

  /**
   * The lines from {@code first} on, read ahead, when there are enough of them to pay; nothing to
   * read ahead otherwise. Nothing may number an id in {@code ids} until {@link #stop}.
   */
  static PlainLinksAhead from(SourceLines lines, int first, NetworkMap.Builder ids) {
    return from(lines, first, ids, FROM_LINES, PART_LINES);
  }

  /** The same from {@code fromLines} lines on, in parts of {@code partLines}: for tests. */
  static PlainLinksAhead from(
      SourceLines lines, int first, NetworkMap.Builder ids, int fromLines, int partLines) {
    return new PlainLinksAhead(lines, first, ids, partLines)
        .started(lines.size() - first >= fromLines);
  }

  /** Nothing read ahead. */
  static PlainLinksAhead none(SourceLines lines, NetworkMap.Builder ids) {
    return new PlainLinksAhead(lines, lines.size(), ids, PART_LINES).started(false);
  }

  @Override
  protected Part read(int first, int count) {
    Reading r = reading.get();
    Optional<Part> again = spent(count);
    int[] ends = again.map(Part::ends).orElseGet(() -> new int[5 * count]);
    byte[] declared = again.map(Part::declared).orElseGet(() -> new byte[count]);
    String[] kinds = again.map(Part::kinds).orElseGet(() -> new String[count]);
    Optional<PartialDate>[] dates = again.map(Part::dates).orElseGet(() -> noDates(count));
    if (again.isPresent()) {
      java.util.Arrays.fill(declared, (byte) 0);
      java.util.Arrays.fill(kinds, null);
      java.util.Arrays.fill(dates, null);
    }
    for (int i = 0; i < count; i++) {
      ends[5 * i] = -1;
    }
    r.ends.clear();
    r.used = 0;
    for (int i = 0; i < count && !stopped(); i++) {
      int index = first + i;
      int start = r.window.start(index);
      byte[] text = r.window.bytes();
      PlainLink plain = r.plain;
      if (!plain.read(text, start, start + lines.length(index))) {
        continue;
      }
      int fromStart = r.used;
      int fromEnd = r.keep(text, start + plain.fromStart, start + plain.fromEnd);
      int toStart = r.used;
      r.ends.add(
          i, fromStart, fromEnd, toStart, r.keep(text, start + plain.toStart, start + plain.toEnd));
      ends[5 * i + 2] = plain.fromStart;
      ends[5 * i + 3] = plain.arrowStart;
      ends[5 * i + 4] = plain.toStart;
      kinds[i] = plain.kind;
      dates[i] = plain.date;
    }
    if (stopped()) {
      return new Part(first, ends, declared, kinds, dates); // not given to the reader
    }
    r.ends.lookUp(r.names, ids);
    for (int k = 0; k < r.ends.size(); k++) {
      // A line with an end not numbered yet is read by the reader itself.
      if (r.ends.from(k) >= 0 && r.ends.to(k) >= 0) {
        int i = r.ends.row(k);
        ends[5 * i] = r.ends.from(k);
        ends[5 * i + 1] = r.ends.to(k);
        declared[i] =
            (byte)
                ((ids.isDeclared(r.ends.from(k)) ? FROM_DECLARED : 0)
                    | (ids.isDeclared(r.ends.to(k)) ? TO_DECLARED : 0));
      }
    }
    return new Part(first, ends, declared, kinds, dates);
  }

  @SuppressWarnings("unchecked")
  private static Optional<PartialDate>[] noDates(int count) {
    return (Optional<PartialDate>[]) new Optional<?>[count];
  }

  /** A line's first end is declared. */
  static final int FROM_DECLARED = 1;

  /** A line's second end is declared. */
  static final int TO_DECLARED = 2;

  /** Which ends of the line {@link #has} said yes to are declared. */
  int declared(int index) {
    return part.declared[index - part.first];
  }

  /** The number of the first end of the line {@link #has} said yes to. */
  int from(int index) {
    return part.ends[5 * (index - part.first)];
  }

  int to(int index) {
    return part.ends[5 * (index - part.first) + 1];
  }

  int fromColumn(int index) {
    return part.ends[5 * (index - part.first) + 2];
  }

  int arrowColumn(int index) {
    return part.ends[5 * (index - part.first) + 3];
  }

  int toColumn(int index) {
    return part.ends[5 * (index - part.first) + 4];
  }

  String kind(int index) {
    return part.kinds[index - part.first];
  }

  Optional<PartialDate> date(int index) {
    return part.dates[index - part.first];
  }
}
