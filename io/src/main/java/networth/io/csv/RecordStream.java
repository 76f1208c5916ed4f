package networth.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
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
final class RecordStream implements Iterator<CsvRecord>, AutoCloseable {

  private static final int BATCH = 256;

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
  private final Thread lexer;
  private volatile boolean closed;
  private List<CsvRecord> batch = List.of();
  private int next;
  private boolean done;

  private final IdStrings ids;
  private final IdStrings.Columns idColumns;

  RecordStream(CsvLexer parser, String name, IdStrings ids, IdStrings.Columns idColumns) {
    this.ids = ids;
    this.idColumns = idColumns;
    lexer = new Thread(() -> lex(parser), "networth-csv " + name);
    lexer.setDaemon(true);
    lexer.start();
  }

  private void lex(CsvLexer parser) {
    Object last = List.of();
    try {
      List<CsvRecord> chunk = new ArrayList<>(BATCH);
      int[] columns = null;
      String[] previous = new String[0];
      int[] previousKey = new int[0];
      int[] repeated = new int[0];
      for (Optional<CsvRecord> r = parser.next(); r.isPresent(); r = parser.next()) {
        CsvRecord record = r.get();
        if (record.mistake().isEmpty()) {
          if (columns == null) {
            columns = idColumns.find().apply(new Columns(record.cells()));
            previous = new String[columns.length];
            previousKey = new int[columns.length];
            repeated = idColumns.repeated().apply(new Columns(record.cells()));
            parser.keyIds(columns, ids, idColumns.add());
          } else {
            shareIds(record, columns, previous, previousKey);
            shareValues(record, repeated);
          }
        }
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

  /**
   * Gives each id cell the one string of its id; a cell that repeats the row above's (a sheet
   * sorted by a column) takes the same string without a look-up.
   */
  private void shareIds(CsvRecord record, int[] columns, String[] previous, int[] previousKey) {
    for (int i = 0; i < columns.length; i++) {
      String text = record.get(columns[i]);
      if (text.isEmpty() || columns[i] >= record.size() || record.idKey(columns[i]) >= 0) {
        continue; // nothing there, or kept already by the lexer (CsvLexer.keyIds)
      }
      if (!text.equals(previous[i])) {
        int key = idColumns.add() ? ids.add(text) : ids.find(text);
        previous[i] = key < 0 ? text : ids.text(key);
        previousKey[i] = key;
      }
      if (previousKey[i] >= 0) {
        record.share(columns[i], previous[i], previousKey[i]);
      }
    }
  }

  // The values given one string each, up to a bound: a column of all-different values (notes
  // someone put in the date column) must not fill the memory.
  private final java.util.Map<String, String> values = new java.util.HashMap<>();
  private static final int MOST_VALUES = 1 << 16;

  /** Gives each cell of a repeating column the one string of its value. */
  private void shareValues(CsvRecord record, int[] columns) {
    for (int column : columns) {
      if (column >= record.size()) {
        continue;
      }
      String text = record.get(column);
      String shared = values.get(text);
      if (shared != null) {
        record.share(column, shared);
      } else if (values.size() < MOST_VALUES) {
        values.put(text, text);
      }
    }
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
  }
}
