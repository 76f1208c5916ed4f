package networth.io.netmap;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import networth.io.SourceLines;
import networth.io.Workers;

/**
 * A large map's lines read ahead, in parts of lines, on threads of their own, while the thread that
 * reads the map takes what they found in the lines' order: the commonest lines ({@link
 * PlainLinksAhead}, {@link PlainDeclarationsAhead}) are then cut up elsewhere, and the reader only
 * adds what each says. A line the threads did not read, or read as nothing they know, the reader
 * reads itself, as it would without them.
 *
 * @param <P> what the threads found in a part
 */
abstract class LinesAhead<P extends LinesAhead.Part> {

  /** Lines a map must still have for reading ahead to pay for its threads. */
  static final int FROM_LINES = 1 << 17;

  /** How many lines a part holds: many beside a thread's start, few beside the young generation. */
  static final int PART_LINES = 1 << 14;

  /**
   * How many threads read links ahead: one a processor, up to four (the reader has work of its
   * own).
   */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  /** What the threads found in the lines from {@link #first} to {@link #end}. */
  interface Part {
    int first();

    /** The line after its last. */
    int end();

    /** Whether the threads found what they look for on line {@code index} of the part. */
    boolean found(int index);
  }

  protected final SourceLines lines;
  private final int threadCount;
  private final int partLines;
  private final String name;
  private ExecutorService threads; // none when nothing is read ahead
  private final ArrayDeque<Future<P>> ahead = new ArrayDeque<>();
  // Parts the reader is done with, for the threads to fill again: a part of a large map's lines is
  // half a megabyte, and one made anew for each was a young collection's worth of fresh memory.
  private final java.util.Queue<P> spent = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private volatile boolean stopped = true;
  private int nextPart; // the first line of the next part to hand to a thread

  // What a part not read says: nothing.
  private final P none;

  /** The part the reader takes lines from. */
  protected P part;

  LinesAhead(SourceLines lines, int first, int partLines, String name, int threadCount, P none) {
    this.lines = lines;
    this.threadCount = threadCount;
    this.partLines = partLines;
    this.name = name;
    this.nextPart = first;
    this.part = none;
    this.none = none;
  }

  /**
   * Starts the threads when {@code read} (called once the reader is made, so that the threads see
   * it whole); without it, nothing is read ahead.
   */
  final <T extends LinesAhead<P>> T started(boolean read) {
    if (read) {
      stopped = false;
      threads = Workers.daemons(name, threadCount);
      while (ahead.size() < ahead() && nextPart < lines.size()) {
        submit();
      }
    }
    @SuppressWarnings("unchecked")
    T self = (T) this;
    return self;
  }

  /**
   * A part the reader is done with and that held {@code count} lines, to be filled again; none when
   * there is none such.
   */
  protected final Optional<P> spent(int count) {
    P p = spent.poll();
    return p != null && p.end() - p.first() == count ? Optional.of(p) : Optional.empty();
  }

  /** Parts being read or waiting for the reader: every thread busy while the reader takes one. */
  private int ahead() {
    return threadCount + 2;
  }

  /** What lines {@code first} to {@code first + count - 1} say, read on a thread. */
  protected abstract P read(int first, int count);

  /** Whether reading ahead was stopped: a thread's part is then never given to the reader. */
  protected final boolean stopped() {
    return stopped;
  }

  private void submit() {
    int first = nextPart;
    int count = Math.min(partLines, lines.size() - first);
    nextPart += count;
    ahead.add(threads.submit(() -> stopped ? none : read(first, count)));
  }

  /**
   * Whether line {@code index} (from 0) was read ahead and found to be what the threads look for,
   * waiting for its part if need be; the reader asks in the lines' order. False once stopped.
   */
  final boolean has(int index) {
    while (!stopped && index >= part.end()) {
      if (ahead.isEmpty()) {
        stop();
        return false;
      }
      try {
        P done = part;
        part = ahead.poll().get();
        if (done != none) {
          spent.add(done);
        }
      } catch (ExecutionException e) {
        // A part that failed is read again by the reader itself.
        stop();
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        return false;
      }
      if (nextPart < lines.size()) {
        submit();
      }
    }
    return !stopped && index >= part.first() && part.found(index);
  }

  /**
   * The line the reader reads next: the lexer's next when it was read ahead as what the threads
   * look for (which is never blank), else the next line that is not blank.
   */
  final int next(Lexer lexer) {
    return has(lexer.next()) ? lexer.next() : lexer.skipBlankLines();
  }

  /**
   * Stops reading ahead, and returns once no thread reads any more: what they read may change from
   * then on, and {@link #has} says no to every line.
   */
  final void stop() {
    if (stopped || threads == null) {
      stopped = true;
      return;
    }
    stopped = true;
    // Not interrupted: a thread interrupted in (or just before) a read of the file the lines stay
    // in would close it for every thread, the reader's too. Each thread looks at the flag at every
    // line, and a part not started yet ends as soon as it starts.
    threads.shutdown();
    ahead.clear();
    Workers.awaitStopped(threads);
    spent.clear();
  }
}
