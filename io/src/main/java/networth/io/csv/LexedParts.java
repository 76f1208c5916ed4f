package networth.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import networth.io.Workers;

/**
 * The records of a large sheet lexed in parts, on threads side by side, and given in order. On the
 * million-node network one thread lexing the connections sheet was what the whole read waited for
 * (most of its time spent finding each end's id in a table larger than the processor's cache),
 * while the thread that builds the map was idle a third of the time.
 *
 * <p>The sheet after its header is cut about every {@code partBytes} bytes; a part begins after the
 * first line break at or after its cut, and holds the records that begin before the next part's
 * beginning, its last one read to its end however far that is. A line break inside a quoted cell
 * can make a part begin inside a record: the part before it then ends past that beginning, and the
 * sheet is cut again from where it really ended, the part lexed from the wrong place thrown away.
 * So the records, their lines and their numbers are exactly those of lexing the sheet in one go.
 * Each part counts its lines and records from 1; they are moved to their place in the sheet (see
 * {@link CsvRecord#shift}) as the reader takes them.
 *
 * <p>Only the connections sheet is lexed this way: its threads look ids up in the builder's table,
 * which nothing writes while the sheet is read (see {@link IdStrings}, {@link ConnectionSheet}).
 */
final class LexedParts implements Records {

  /** How large a part is: large beside a row, small beside the young generation. */
  static final int PART_BYTES = 1 << 19;

  /** How many threads lex parts: one a processor, up to four (the reader has work of its own). */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  // Parts being lexed or waiting for the reader: enough to keep every thread busy while the reader
  // takes one, few enough that what a garbage collection finds waiting (and so keeps) stays small.
  private static final int AHEAD = THREADS + 2;

  private final CsvMapReader.Sheet.Parts parts;
  private final long size;
  private final int partBytes;
  private final CsvRecord header;
  private final ThreadLocal<RecordSharing> sharing;
  private final ExecutorService lexers;
  private final ArrayDeque<Future<Part>> ahead = new ArrayDeque<>();

  // The cutting under way: parts cut from byte `from` on, `count` of them, `submitted` handed to
  // the threads so far.
  private long from;
  private int count;
  private int submitted;

  private boolean headerGiven;
  private Part part;
  private int next;
  // Records and lines before the part being given (the header is record 1).
  private long records = 1;
  private int lines;

  /** A part as lexed: its rows, the line breaks it holds, where its lexer stopped. */
  private record Part(PartRows rows, int lines, long end, long stop) {

    /** Whether its last record ended where the next part begins. */
    boolean endsAtCut() {
      return end == stop || stop == Long.MAX_VALUE;
    }
  }

  private LexedParts(
      String name,
      CsvMapReader.Sheet.Parts parts,
      long size,
      int partBytes,
      CsvRecord header,
      RecordSharing headerSharing,
      long first,
      int linesBefore) {
    this.parts = parts;
    this.size = size;
    this.partBytes = partBytes;
    this.header = header;
    this.lines = linesBefore;
    this.sharing = ThreadLocal.withInitial(() -> headerSharing.after(header));
    this.lexers = Workers.daemons("networth-csv " + name, THREADS);
    cut(first);
  }

  /**
   * The records of a sheet lexed in parts: its header is lexed here, first; a sheet whose header is
   * broken or missing is lexed in one go, which reports it as it always has.
   */
  static Records of(
      CsvMapReader.Sheet sheet,
      CsvMapReader.Sheet.Parts parts,
      RecordSharing sharing,
      int partBytes)
      throws IOException {
    CsvLexer head = new CsvLexer(parts.from(0));
    Optional<CsvRecord> header;
    try {
      header = head.next();
    } finally {
      head.close();
    }
    if (header.isEmpty() || header.get().mistake().isPresent()) {
      return Records.inOneGo(sheet, sharing);
    }
    return new LexedParts(
        sheet.name(),
        parts,
        sheet.size(),
        partBytes,
        header.get(),
        sharing,
        head.position(),
        head.line() - 1);
  }

  /** Cuts the sheet into parts from byte {@code at} on, the parts cut before thrown away. */
  private void cut(long at) {
    ahead.forEach(f -> f.cancel(true));
    ahead.clear();
    from = at;
    count = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (size - at + partBytes - 1) / partBytes));
    submitted = 0;
    submit();
  }

  private void submit() {
    while (ahead.size() < AHEAD && submitted < count) {
      long start = from;
      int last = count - 1;
      int j = submitted++;
      ahead.add(lexers.submit(() -> lex(start, j, last)));
    }
  }

  /** Lexes part {@code j} of a cutting that starts at byte {@code first}. */
  private Part lex(long first, int j, int last) throws IOException {
    long start = j == 0 ? first : lineAfter(first + (long) j * partBytes);
    long stop = j == last ? Long.MAX_VALUE : lineAfter(first + (long) (j + 1) * partBytes);
    RecordSharing s = sharing.get();
    CsvLexer lexer = new CsvLexer(parts.from(start), start, stop);
    try {
      s.keyIds(lexer);
      s.plainRows(lexer);
      PartRows lexed = new PartRows(partBytes / 32);
      while (true) {
        lexer.plainRows(lexed, s);
        Optional<CsvRecord> r = lexer.next();
        if (r.isEmpty()) {
          break;
        }
        s.take(r.get(), lexer);
        lexed.add(r.get());
      }
      return new Part(lexed, lexer.line() - 1, lexer.position(), stop);
    } finally {
      lexer.close();
    }
  }

  /** The byte after the first line feed at or after byte {@code at}, or the sheet's end. */
  private long lineAfter(long at) throws IOException {
    try (InputStream in = parts.from(at)) {
      byte[] block = new byte[8192];
      long p = at;
      for (int n = in.read(block); n > 0; n = in.read(block)) {
        for (int i = 0; i < n; i++) {
          if (block[i] == '\n') {
            return p + i + 1;
          }
        }
        p += n;
      }
      return p;
    }
  }

  @Override
  public boolean hasNext() {
    if (!headerGiven) {
      return true;
    }
    while (part == null || next == part.rows().size()) {
      if (part != null) {
        records += part.rows().size();
        lines += part.lines();
        boolean endsAtCut = part.endsAtCut();
        long end = part.end();
        part = null;
        if (!endsAtCut) {
          cut(end);
        }
      }
      Future<Part> lexing = ahead.poll();
      if (lexing == null) {
        return false;
      }
      part = await(lexing);
      next = 0;
      submit();
    }
    return true;
  }

  @Override
  public CsvRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (!headerGiven) {
      headerGiven = true;
      return header;
    }
    CsvRecord r =
        part.rows()
            .record(next++)
            .orElseThrow(() -> new IllegalStateException("a plain row is given by givePlain"));
    r.shift(records, lines);
    return r;
  }

  @Override
  public long givePlain(SheetRows.Rows rows) {
    if (!headerGiven || !hasNext() || !part.rows().isPlain(next)) {
      return 0;
    }
    next = part.rows().give(next, rows, records, lines);
    return records + next;
  }

  private static Part await(Future<Part> lexing) {
    try {
      return lexing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a sheet", e);
    } catch (ExecutionException e) {
      // Thrown as the lexer would have thrown it on the reader's own thread.
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    lexers.shutdownNow();
    try {
      lexers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
