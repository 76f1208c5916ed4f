package networth.io.json;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import networth.io.Workers;

/**
 * A list of a large JSON map ({@code nodes}, {@code links}) read in parts on threads of their own,
 * each part's plain elements ({@link PlainJsonObject}) read straight from the bytes; the thread
 * that reads the map then only adds each element. Jackson reads a document one token at a time on
 * one thread, and on the million-node map the nodes and links were nearly all of its reading: no
 * library parses one JSON array in parts. What an element is and what is done with it, a subclass
 * says ({@link JsonLinksAhead}, {@link JsonNodesAhead}).
 *
 * <p>A part starts where an element seems to start (a brace after a comma after a closing brace): a
 * guess, since such bytes may stand inside a text. The first part starts at the list's start, and a
 * part is used only when the one before it, read element by element from a true start, ended
 * exactly where it begins; so every part used starts at a true element.
 *
 * <p>Reading ahead ends at the list's end, at the first element that is not plain or that the
 * reader will not add as it is (a node declared twice), or at a part whose start proved wrong. What
 * follows is read by Jackson as it reads any map ({@link Outcome}): every problem in it is found
 * and placed as if nothing had been read ahead.
 *
 * @param <L> what reads one element, one a thread
 * @param <P> what a part's elements say, in arrays
 */
abstract class JsonListAhead<L extends PlainJsonObject, P extends JsonListAhead.Part> {

  /** Bytes a map must still have after a list opens for reading ahead to pay for its threads. */
  static final int FROM_BYTES = 1 << 22;

  /** How many bytes a part holds, about: many beside a thread's start, few beside young memory. */
  static final int PART_BYTES = 1 << 20;

  /** How many threads read ahead: one a processor, up to four (the reader has work of its own). */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  // Parts being read or waiting for the reader: every thread busy while the reader takes one.
  private static final int AHEAD = THREADS + 2;

  // How far back from a brace the reader looks for the comma and brace before it, and how much it
  // reads at a time looking for one.
  private static final int BACK = 1 << 12;
  private static final int LOOK = 1 << 16;

  final JsonInput input;
  final JsonPlaces places;
  private final long size;
  private final int partBytes;
  private final ArrayDeque<Future<P>> ahead = new ArrayDeque<>();
  private final ThreadLocal<L> reading = ThreadLocal.withInitial(this::reader);
  // The parts given back, to be filled again: the launcher promotes what outlives a young
  // collection at once, so a part made afresh each time would be old garbage that stays.
  private final ConcurrentLinkedQueue<P> spare = new ConcurrentLinkedQueue<>();
  // Where the reader looks for the next part's start.
  private final byte[] look = new byte[LOOK];
  private ExecutorService threads;
  private volatile boolean stopped;
  private long nextCut;

  /**
   * Where reading ahead stopped: after {@code count} elements, the last of which closes just before
   * byte {@code end}, which stands at {@code line} and (in bytes, from 1) {@code column}. Nothing
   * was read when {@code count} is 0.
   */
  record Outcome(int count, long end, int line, int column) {}

  /**
   * What a part's plain elements say; a subclass keeps more. For element {@code e}: {@code
   * offsets[e]} where its brace stands in the document; {@code lines[e]} the line ends before it in
   * the part; {@code columns[e]} its column in bytes from 0 when a line starts in the part before
   * it, else {@code -1 - (its offset in the part)}.
   */
  abstract static class Part {
    long start;
    long cut; // where the next part starts
    byte[] bytes = new byte[0]; // the part's bytes, [start, cut) of the document
    int count;
    long[] offsets = new long[32];
    int[] lines = new int[32];
    int[] columns = new int[32];
    // Whether its last element was followed by a comma and the next part's first brace.
    boolean reachedCut;
    // After its last element: the offset in the part, the line ends before it, where its line
    // starts in the part (or -1).
    int end;
    int endLines;
    int endLineStart = -1;
    // At the next part's start: the line ends before it, where its line starts (or -1).
    int cutLines;
    int cutLineStart = -1;

    Part(long start, long cut) {
      this.start = start;
      this.cut = cut;
    }

    /** Empties a part given back, to hold part [start, cut) of the document. */
    final void reuse(long start, long cut) {
      this.start = start;
      this.cut = cut;
      count = 0;
      reachedCut = false;
      end = 0;
      endLines = 0;
      endLineStart = -1;
      cutLines = 0;
      cutLineStart = -1;
    }

    /** Makes room for {@code room} elements in the subclass's arrays too. */
    abstract void grow(int room);

    /** Keeps where the next element stands; the subclass then keeps what it says. */
    final void place(long offset, int line, int column) {
      if (count == offsets.length) {
        int room = 2 * count;
        offsets = Arrays.copyOf(offsets, room);
        lines = Arrays.copyOf(lines, room);
        columns = Arrays.copyOf(columns, room);
        grow(room);
      }
      offsets[count] = offset;
      lines[count] = line;
      columns[count] = column;
    }
  }

  JsonListAhead(JsonInput input, JsonPlaces places, int partBytes) {
    this.input = input;
    this.places = places;
    this.size = input.size();
    this.partBytes = partBytes;
  }

  /** A new reader of one element, for a thread. */
  abstract L reader();

  /** A part of the document's bytes [start, cut), its elements not read yet. */
  abstract P part(long start, long cut);

  /** Keeps, as element {@code part.count}, what the element {@code reader} just read says. */
  abstract void keep(P part, L reader);

  /** Done on the thread once a part's elements are read: looking ends up, for links. */
  void finish(P part, L reader) {}

  /**
   * Adds element {@code e} of a part, which stands at this line and column (counted in bytes, and
   * in characters), on the reader's thread; false when the reader will not add it as it is, which
   * ends reading ahead before it.
   */
  abstract boolean add(P part, int e, int line, int byteColumn, int column);

  /**
   * Reads ahead the elements of the list that opens at byte {@code open}, which Jackson places at
   * {@code line} and byte column {@code column}, adding each plain one ({@link #add}); what follows
   * the last one added is left to Jackson.
   */
  Outcome read(long open, int line, int column) {
    threads = Workers.daemons("JSON read ahead", THREADS);
    try {
      nextCut = open + 1;
      while (ahead.size() < AHEAD && nextCut < size) {
        submit();
      }
      return give(line, column);
    } finally {
      stop();
    }
  }

  private void submit() {
    long start = nextCut;
    long cut = nextStart(start + partBytes);
    nextCut = cut;
    ahead.add(threads.submit(() -> read(start, cut)));
  }

  /**
   * Where an element seems to start at or after {@code from}: a brace whose bytes before it, white
   * space aside (less than {@link #BACK} bytes of it), are a comma and a closing brace; the end of
   * the document when none is.
   */
  private long nextStart(long from) {
    long window = Math.max(0, from - BACK);
    while (window < size) {
      int n = (int) Math.min(LOOK, size - window);
      try {
        input.read(window, look, 0, n);
      } catch (IOException e) {
        return size; // not read ahead: Jackson reads it, and says what is wrong
      }
      for (int i = (int) Math.max(from - window, 2); i < n; i++) {
        if (look[i] != '{') {
          continue;
        }
        int j = back(look, i - 1);
        if (j > 0 && look[j] == ',') {
          j = back(look, j - 1);
          if (j >= 0 && look[j] == '}') {
            return window + i;
          }
        }
      }
      if (window + n >= size) {
        break;
      }
      // The next window starts BACK bytes before this one's end, so that a brace near its start
      // is seen with the bytes before it.
      from = window + n;
      window = from - BACK;
    }
    return size;
  }

  /** The offset of the last byte at or before {@code i} that is not white space; -1 if none. */
  private static int back(byte[] text, int i) {
    while (i >= 0 && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
      i--;
    }
    return i;
  }

  /** Reads the plain elements of part [start, cut) on a thread. */
  private P read(long start, long cut) throws IOException {
    L reader = reading.get();
    P part = spare.poll();
    if (part == null) {
      part = part(start, cut);
    } else {
      part.reuse(start, cut);
    }
    if (stopped) {
      return part; // not given to the reader
    }
    int limit = (int) (cut - start);
    if (part.bytes.length < limit) {
      part.bytes = new byte[Math.max(limit, partBytes + LOOK)];
    }
    input.read(start, part.bytes, 0, limit);
    lex(part, reader, Integer.MAX_VALUE);
    if (!stopped) {
      finish(part, reader);
    }
    return part;
  }

  /**
   * Reads a part's plain elements, at most {@code most} of them, keeping each ({@link #keep}) and
   * where the last ends; whether the part reached the next one's start.
   */
  private void lex(P part, L reader, int most) {
    byte[] text = part.bytes;
    int limit = (int) (part.cut - part.start);
    reader.startPart();
    int at = reader.space(text, 0, limit);
    while (!stopped && at < limit && part.count < most) {
      int line = reader.lines;
      int column = reader.lineStart >= 0 ? at - reader.lineStart : -1 - at;
      if (!reader.read(text, at, limit)) {
        break;
      }
      part.place(part.start + at, line, column);
      keep(part, reader);
      part.count++;
      part.end = reader.end;
      part.endLines = reader.lines;
      part.endLineStart = reader.lineStart;
      int next = reader.space(text, reader.end, limit);
      if (next >= limit || text[next] != ',') {
        break; // the list's end, or something Jackson is to read
      }
      at = reader.space(text, next + 1, limit);
      if (at == limit) {
        part.reachedCut = true;
        part.cutLines = reader.lines;
        part.cutLineStart = reader.lineStart;
      }
    }
  }

  /** Gives the parts' elements to the reader in order, as long as each part follows the last. */
  private Outcome give(int line, int column) {
    int count = 0;
    Outcome last = new Outcome(0, 0, line, column);
    // The line and byte column (from 1) at which the part being given starts.
    int partLine = line;
    int partColumn = column + 1;
    // Whether the line the part starts on began in a part before it, all ASCII: its columns in
    // bytes are then its columns in characters. The list's first line may hold more before it.
    boolean asciiLine = false;
    while (!ahead.isEmpty()) {
      P part;
      try {
        part = ahead.poll().get();
      } catch (ExecutionException e) {
        // A part that failed is read by Jackson, as is all that follows it.
        return last;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return last;
      }
      if (nextCut < size) {
        submit();
      }
      for (int e = 0; e < part.count; e++) {
        int c = part.columns[e];
        int byteColumn = c >= 0 ? c + 1 : partColumn + (-1 - c);
        int charColumn =
            c >= 0 || asciiLine ? byteColumn : places.charColumn(byteColumn, part.offsets[e]);
        if (!add(part, e, partLine + part.lines[e], byteColumn, charColumn)) {
          // Jackson reads it: the part is read again up to the element before it.
          if (e > 0) {
            P before = part(part.start, part.cut);
            before.bytes = part.bytes;
            lex(before, reader(), e);
            last = outcome(before, count, partLine, partColumn);
          }
          return last;
        }
        count++;
      }
      if (part.count > 0) {
        last = outcome(part, count, partLine, partColumn);
      }
      if (!part.reachedCut) {
        return last;
      }
      int length = (int) (part.cut - part.start);
      partColumn = part.cutLineStart >= 0 ? length - part.cutLineStart + 1 : partColumn + length;
      partLine += part.cutLines;
      asciiLine |= part.cutLineStart >= 0;
      spare.add(part);
    }
    return last;
  }

  /** Where reading stands after a part's last element, {@code count} in all. */
  private static Outcome outcome(Part part, int count, int partLine, int partColumn) {
    int endColumn =
        part.endLineStart >= 0 ? part.end - part.endLineStart + 1 : partColumn + part.end;
    return new Outcome(count, part.start + part.end, partLine + part.endLines, endColumn);
  }

  /** Waits for every part in hand: no thread reads anything the reader may now change. */
  final void quiesce() {
    for (Future<P> f : ahead) {
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

  /**
   * Stops the threads, and returns once none runs: what they read may change from then on. They are
   * not interrupted: a thread interrupted while it reads a file closes the file for all.
   */
  private void stop() {
    stopped = true;
    threads.shutdown();
    ahead.forEach(f -> f.cancel(false));
    ahead.clear();
    Workers.awaitStopped(threads);
  }
}
