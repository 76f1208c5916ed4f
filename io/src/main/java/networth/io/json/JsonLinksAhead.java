package networth.io.json;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import networth.diagnostics.SourcePosition;
import networth.io.LinkEnds;
import networth.io.Locations;
import networth.model.NetworkMap;
import networth.model.PartialDate;

/**
 * The {@code links} array of a large JSON map read in parts on threads of their own, each part's
 * plain elements ({@link PlainJsonLink}) read straight from the bytes and their ends looked up in
 * the builder's table of ids all at once; the thread that reads the map then only adds each link.
 * Jackson reads a document one token at a time on one thread, and on the million-node map the links
 * were four fifths of its reading: no library parses one JSON array in parts.
 *
 * <p>A part starts where an element seems to start (a brace after a comma after a closing brace): a
 * guess, since such bytes may stand inside a text. The first part starts at the array's start, and
 * a part is used only when the one before it, read element by element from a true start, ended
 * exactly where it begins; so every part used starts at a true element.
 *
 * <p>Reading ahead ends at the array's end, or at the first element that is not plain, or at a part
 * whose start proved wrong. What follows is read by Jackson as it reads any map ({@link Outcome}):
 * every problem in it is found and placed as if nothing had been read ahead.
 *
 * <p>The threads only look ids up, in a table that must not change while they run: before the
 * reader numbers an end not found (a node not declared yet), it waits for every part in hand.
 */
final class JsonLinksAhead {

  /** Bytes a map must still have after its links open for reading ahead to pay for its threads. */
  static final int FROM_BYTES = 1 << 22;

  /** How many bytes a part holds, about: many beside a thread's start, few beside young memory. */
  static final int PART_BYTES = 1 << 20;

  /** How many threads read ahead: one a processor, up to four (the reader has work of its own). */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  // Parts being read or waiting for the reader: every thread busy while the reader takes one.
  private static final int AHEAD = THREADS + 2;

  private final byte[] utf8;
  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final JsonPlaces places;
  private final String source;
  private final int partBytes;
  private final ArrayDeque<Future<Part>> ahead = new ArrayDeque<>();
  private final ThreadLocal<Reading> reading = ThreadLocal.withInitial(Reading::new);
  private final PlainJsonLink again = new PlainJsonLink();
  private ExecutorService threads;
  private volatile boolean stopped;
  private int nextCut;

  /**
   * Where reading ahead stopped: after {@code count} elements, the last of which closes just before
   * byte {@code end}, which stands at {@code line} and (in bytes, from 1) {@code column}. Nothing
   * was read when {@code count} is 0.
   */
  record Outcome(int count, int end, int line, int column) {}

  /** A thread's own element reader and batch of ends. */
  private static final class Reading {
    final PlainJsonLink plain = new PlainJsonLink();
    final LinkEnds ends = new LinkEnds();
  }

  /**
   * What a part's plain elements say. For element {@code e}: {@code ends[2e]}, {@code ends[2e+1]}
   * its ends' numbers (-1 when not found); {@code offsets[e]} where its brace stands; {@code
   * lines[e]} the line ends before it in the part; {@code columns[e]} its column in bytes from 0
   * when a line starts in the part before it, else {@code -1 - (offset - start)}.
   */
  private static final class Part {
    final int start;
    final int cut; // where the next part starts
    int count;
    int[] ends = new int[64];
    int[] offsets = new int[32];
    int[] lines = new int[32];
    int[] columns = new int[32];
    String[] kinds = new String[32];
    String[] notes = new String[32];
    Optional<PartialDate>[] dates = noDates(32);
    // Whether its last element was followed by a comma and the next part's first brace.
    boolean reachedCut;
    // After its last element: the offset, the line ends before it, where its line starts (or -1).
    int end;
    int endLines;
    int endLineStart = -1;
    // At the next part's start: the line ends before it, where its line starts (or -1).
    int cutLines;
    int cutLineStart = -1;

    Part(int start, int cut) {
      this.start = start;
      this.cut = cut;
    }

    void add(int offset, int line, int column, PlainJsonLink plain) {
      if (count == offsets.length) {
        int room = 2 * count;
        ends = java.util.Arrays.copyOf(ends, 2 * room);
        offsets = java.util.Arrays.copyOf(offsets, room);
        lines = java.util.Arrays.copyOf(lines, room);
        columns = java.util.Arrays.copyOf(columns, room);
        kinds = java.util.Arrays.copyOf(kinds, room);
        notes = java.util.Arrays.copyOf(notes, room);
        dates = java.util.Arrays.copyOf(dates, room);
      }
      offsets[count] = offset;
      lines[count] = line;
      columns[count] = column;
      kinds[count] = plain.kind;
      notes[count] = plain.note;
      dates[count] = plain.date;
      count++;
    }
  }

  JsonLinksAhead(
      byte[] utf8,
      NetworkMap.Builder builder,
      Locations locations,
      JsonPlaces places,
      String source,
      int partBytes) {
    this.utf8 = utf8;
    this.builder = builder;
    this.locations = locations;
    this.places = places;
    this.source = source;
    this.partBytes = partBytes;
  }

  /**
   * Reads ahead the elements of the array that opens at byte {@code open}, which Jackson places at
   * {@code line} and byte column {@code column}, adding each plain one to the builder and its place
   * to the locations; what follows the last one read is left to Jackson.
   */
  Outcome read(int open, int line, int column) {
    threads =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread t = new Thread(task, "JSON links ahead");
              t.setDaemon(true);
              return t;
            });
    try {
      nextCut = open + 1;
      while (ahead.size() < AHEAD && nextCut < utf8.length) {
        submit();
      }
      return give(line, column);
    } finally {
      stop();
    }
  }

  private void submit() {
    int start = nextCut;
    int cut = nextStart(start + partBytes);
    nextCut = cut;
    ahead.add(threads.submit(() -> read(start, cut)));
  }

  /**
   * Where an element seems to start at or after {@code from}: a brace whose bytes before it, white
   * space aside, are a comma and a closing brace; the end of the document when none is.
   */
  private int nextStart(int from) {
    for (int i = Math.max(from, 2); i < utf8.length; i++) {
      if (utf8[i] != '{') {
        continue;
      }
      int j = back(i - 1);
      if (j > 0 && utf8[j] == ',') {
        j = back(j - 1);
        if (j >= 0 && utf8[j] == '}') {
          return i;
        }
      }
    }
    return utf8.length;
  }

  /** The offset of the last byte at or before {@code i} that is not white space; -1 if none. */
  private int back(int i) {
    while (i >= 0 && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r')) {
      i--;
    }
    return i;
  }

  /** Reads the plain elements of part [start, cut) on a thread; their ends looked up together. */
  private Part read(int start, int cut) {
    Reading r = reading.get();
    PlainJsonLink plain = r.plain;
    Part part = new Part(start, cut);
    r.ends.clear();
    plain.startPart();
    int limit = utf8.length;
    int at = plain.space(utf8, start, limit);
    while (!stopped && at < cut) {
      int line = plain.lines;
      int column = plain.lineStart >= 0 ? at - plain.lineStart : -1 - (at - start);
      if (!plain.read(utf8, at, limit)) {
        break;
      }
      r.ends.add(part.count, plain.fromStart, plain.fromEnd, plain.toStart, plain.toEnd);
      part.add(at, line, column, plain);
      part.end = plain.end;
      part.endLines = plain.lines;
      part.endLineStart = plain.lineStart;
      int next = plain.space(utf8, plain.end, limit);
      if (next >= limit || utf8[next] != ',') {
        break; // the array's end, or something Jackson is to read
      }
      at = plain.space(utf8, next + 1, limit);
      if (at == cut) {
        part.reachedCut = true;
        part.cutLines = plain.lines;
        part.cutLineStart = plain.lineStart;
      }
    }
    if (!stopped) {
      r.ends.lookUp(utf8, builder);
      for (int k = 0; k < r.ends.size(); k++) {
        part.ends[2 * k] = r.ends.from(k);
        part.ends[2 * k + 1] = r.ends.to(k);
      }
    }
    return part;
  }

  /** Gives the parts' elements to the builder in order, as long as each part follows the last. */
  private Outcome give(int line, int column) {
    int count = 0;
    Outcome last = new Outcome(0, 0, line, column);
    // The line and byte column (from 1) at which the part being given starts.
    int partLine = line;
    int partColumn = column + 1;
    while (!ahead.isEmpty()) {
      Part part;
      try {
        part = ahead.poll().get();
      } catch (ExecutionException e) {
        // A part that failed is read by Jackson, as is all that follows it.
        return last;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return last;
      }
      if (nextCut < utf8.length) {
        submit();
      }
      for (int e = 0; e < part.count; e++) {
        int at = part.offsets[e];
        int elementLine = partLine + part.lines[e];
        int c = part.columns[e];
        int byteColumn = c >= 0 ? c + 1 : partColumn + (-1 - c);
        add(part, e, elementLine, byteColumn);
        count++;
      }
      if (part.count > 0) {
        int endColumn =
            part.endLineStart >= 0
                ? part.end - part.endLineStart + 1
                : partColumn + (part.end - part.start);
        last = new Outcome(count, part.end, partLine + part.endLines, endColumn);
      }
      if (!part.reachedCut) {
        return last;
      }
      partColumn =
          part.cutLineStart >= 0
              ? part.cut - part.cutLineStart + 1
              : partColumn + (part.cut - part.start);
      partLine += part.cutLines;
    }
    return last;
  }

  /** Adds element {@code e} of a part, which stands at this line and byte column. */
  private void add(Part part, int e, int line, int byteColumn) {
    int at = part.offsets[e];
    int a = part.ends[2 * e];
    int b = part.ends[2 * e + 1];
    if (a < 0 || b < 0) {
      // An end not numbered yet: numbered here, once no thread looks an id up.
      quiesce();
      again.startPart();
      again.read(utf8, at, utf8.length);
      a = a >= 0 ? a : builder.number(utf8, again.fromStart, again.fromEnd);
      b = b >= 0 ? b : builder.number(utf8, again.toStart, again.toEnd);
    }
    builder.link(a, b, part.kinds[e], part.dates[e], part.notes[e], Map.of());
    locations.link(source, line, places.charColumn(byteColumn, at));
    if (!builder.isDeclared(a) || !builder.isDeclared(b)) {
      again.startPart();
      again.read(utf8, at, utf8.length);
      if (!builder.isDeclared(a)) {
        locations.referred(builder.id(a), valueAt(at, line, byteColumn, again.fromStart - 1));
      }
      if (!builder.isDeclared(b)) {
        locations.referred(builder.id(b), valueAt(at, line, byteColumn, again.toStart - 1));
      }
    }
  }

  /** Where the value whose quote is at {@code quote} stands, in the element at {@code at}. */
  private SourcePosition valueAt(int at, int line, int byteColumn, int quote) {
    PlainJsonLink counting = new PlainJsonLink();
    counting.startPart();
    for (int i = at; i < quote; ) {
      int next = counting.space(utf8, i, quote);
      i = next == i ? i + 1 : next;
    }
    int column =
        counting.lineStart >= 0 ? quote - counting.lineStart + 1 : byteColumn + (quote - at);
    return new SourcePosition(source, line + counting.lines, places.charColumn(column, quote));
  }

  /** Waits for every part in hand, so that no thread looks an id up while one is numbered. */
  private void quiesce() {
    for (Future<Part> f : ahead) {
      try {
        f.get();
      } catch (ExecutionException e) {
        // Found again when the part is given.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the threads, and returns once none runs: the table of ids may change from then on. */
  private void stop() {
    stopped = true;
    threads.shutdownNow();
    ahead.clear();
    boolean interrupted = false;
    while (true) {
      try {
        if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<PartialDate>[] noDates(int count) {
    return (Optional<PartialDate>[]) new Optional<?>[count];
  }
}
