package networth.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A sheet's records, lexed on a thread of their own while the caller builds the map from the ones
 * already read: on a sheet of millions of rows, splitting the characters into cells is a good part
 * of the work, and this way it takes the second core. Records come in order, in batches, each with
 * the line it starts on; a failure to read reaches the caller as it would without the thread. Close
 * the stream (or read it to the end) to stop the thread.
 */
final class RecordStream implements Records {

  private static final int BATCH = 256;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
  private final Thread lexer;
  private final CsvLexer parser;
  private volatile boolean closed;
  private List<CsvRecord> batch = List.of();
  private int next;
  private boolean done;

  /** Starts lexing on a thread of its own, the sheet's header first. */
  RecordStream(CsvLexer parser, String name, RecordSharing sharing) {
    this.parser = parser;
    lexer = new Thread(() -> lex(parser, sharing), "networth-csv " + name);
    lexer.setDaemon(true);
    lexer.start();
  }

  private void lex(CsvLexer parser, RecordSharing sharing) {
    Object last = List.of();
    try {
      List<CsvRecord> chunk = new ArrayList<>(BATCH);
      for (Optional<CsvRecord> r = parser.next(); r.isPresent(); r = parser.next()) {
        CsvRecord record = r.get();
        sharing.take(record, parser);
        chunk.add(record);
        if (chunk.size() == BATCH) {
          if (!put(chunk)) {
            return;
          }
          chunk = new ArrayList<>(BATCH);
        }
      }
      if (!chunk.isEmpty() && !put(chunk)) {
        return;
      }
    } catch (IOException e) {
      last = new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      // Handed to the reader, who throws it as the parser would have.
      last = e;
    }
    put(last);
  }

  /** Hands an item over; false when the reader has gone. */
  private boolean put(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public boolean hasNext() {
    while (next == batch.size()) {
      if (done) {
        return false;
      }
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a sheet", e);
      }
      if (item instanceof RuntimeException e) {
        done = true;
        throw e;
      }
      if (item instanceof Error e) {
        done = true;
        throw e;
      }
      List<CsvRecord> chunk = (List<CsvRecord>) item;
      if (chunk.isEmpty()) {
        done = true;
        return false;
      }
      batch = chunk;
      next = 0;
    }
    return true;
  }

  @Override
  public CsvRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch.get(next++);
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
    // The lexer stops at its next batch; waiting for it means no one else's sheet is lexed while
    // it still adds to the shared ids.
    try {
      lexer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    parser.close();
  }
}
