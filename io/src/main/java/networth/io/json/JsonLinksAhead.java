package networth.io.json;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import networth.diagnostics.SourcePosition;
import networth.io.Locations;
import networth.model.NetworkMap;
import networth.model.PartialDate;

/**
 * The {@code links} of a large JSON map read ahead ({@link JsonListAhead}), each part's ends looked
 * up in the builder's table of ids all at once on its thread: on the million-node map, finding each
 * end in a table larger than the processor's cache was a fifth of the reading. The reader then adds
 * each link as {@link JsonMapReader#link} would.
 *
 * <p>The threads only look ids up, in a table that must not change while they run: before the
 * reader numbers an end not found (a node not declared yet), it waits for every part in hand.
 */
final class JsonLinksAhead extends JsonListAhead<PlainJsonLink, JsonLinksAhead.Links> {

  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final String source;
  private final PlainJsonLink again = new PlainJsonLink();

  /** What a part's links say: {@code ends[2e]}, {@code ends[2e+1]} their ends' numbers or -1. */
  static final class Links extends Part {
    int[] ends = new int[64];
    String[] kinds = new String[32];
    String[] notes = new String[32];
    Optional<PartialDate>[] dates = noDates(32);

    Links(long start, long cut) {
      super(start, cut);
    }

    @Override
    void grow(int room) {
      ends = Arrays.copyOf(ends, 2 * room);
      kinds = Arrays.copyOf(kinds, room);
      notes = Arrays.copyOf(notes, room);
      dates = Arrays.copyOf(dates, room);
    }
  }

  JsonLinksAhead(
      JsonInput input,
      NetworkMap.Builder builder,
      Locations locations,
      JsonPlaces places,
      String source,
      int partBytes) {
    super(input, places, partBytes);
    this.builder = builder;
    this.locations = locations;
    this.source = source;
  }

  @Override
  PlainJsonLink reader() {
    return new PlainJsonLink();
  }

  @Override
  Links part(long start, long cut) {
    return new Links(start, cut);
  }

  @Override
  void keep(Links part, PlainJsonLink link) {
    if (part.count == 0) {
      link.ends.clear();
    }
    int e = part.count;
    link.ends.add(e, link.fromStart, link.fromEnd, link.toStart, link.toEnd);
    part.kinds[e] = link.kind;
    part.notes[e] = link.note;
    part.dates[e] = link.date;
  }

  @Override
  void finish(Links part, PlainJsonLink link) {
    if (part.count == 0) {
      return;
    }
    link.ends.lookUp(part.bytes, builder);
    for (int k = 0; k < link.ends.size(); k++) {
      part.ends[2 * k] = link.ends.from(k);
      part.ends[2 * k + 1] = link.ends.to(k);
    }
  }

  @Override
  boolean add(Links part, int e, int line, int byteColumn, int column) {
    long at = part.offsets[e];
    int local = (int) (at - part.start);
    byte[] text = part.bytes;
    int a = part.ends[2 * e];
    int b = part.ends[2 * e + 1];
    // Where its ends stand, from the element read again, only when a number or a place is needed.
    boolean readAgain = a < 0 || b < 0;
    if (readAgain) {
      // An end not numbered yet: numbered here, once no thread looks an id up.
      quiesce();
      again.startPart();
      again.read(text, local, text.length);
      a = a >= 0 ? a : builder.number(text, again.fromStart, again.fromEnd);
      b = b >= 0 ? b : builder.number(text, again.toStart, again.toEnd);
    }
    builder.link(a, b, part.kinds[e], part.dates[e], part.notes[e], Map.of());
    locations.link(source, line, column);
    if (!builder.isDeclared(a) || !builder.isDeclared(b)) {
      if (!readAgain) {
        again.startPart();
        again.read(text, local, text.length);
      }
      int fromQuote = again.fromStart - 1;
      int toQuote = again.toStart - 1;
      if (!builder.isDeclared(a)) {
        locations.referred(builder.id(a), valueAt(part, local, line, byteColumn, fromQuote));
      }
      if (!builder.isDeclared(b)) {
        locations.referred(builder.id(b), valueAt(part, local, line, byteColumn, toQuote));
      }
    }
    return true;
  }

  /**
   * Where the value whose quote is at {@code quote} in a part's bytes stands, in the element at
   * {@code at} there, which stands at this line and byte column.
   */
  private SourcePosition valueAt(Part part, int at, int line, int byteColumn, int quote) {
    PlainJsonLink counting = again; // only its count of lines is used: its ends are read already
    counting.startPart();
    for (int i = at; i < quote; ) {
      int next = counting.space(part.bytes, i, quote);
      i = next == i ? i + 1 : next;
    }
    int column =
        counting.lineStart >= 0 ? quote - counting.lineStart + 1 : byteColumn + (quote - at);
    return new SourcePosition(
        source, line + counting.lines, places.charColumn(column, part.start + quote));
  }

  @SuppressWarnings("unchecked")
  private static Optional<PartialDate>[] noDates(int count) {
    return (Optional<PartialDate>[]) new Optional<?>[count];
  }
}
