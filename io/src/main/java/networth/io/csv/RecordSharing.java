package networth.io.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a lexing thread does to each record before the reader sees it: from the header, which
 * columns hold ids and which hold values that repeat; then, in every row, each id cell given the
 * one string kept for its id (see {@link IdStrings}) and each repeating cell the one string of its
 * value. One per lexing thread: it remembers the row above.
 */
final class RecordSharing {

  // The values given one string each, up to a bound: a column of all-different values (notes
  // someone put in the date column) must not fill the memory.
  private static final int MOST_VALUES = 1 << 16;

  private final IdStrings ids;
  private final IdStrings.Columns idColumns;
  private int[] columns;
  private int[] repeated = new int[0];
  private String[] previous = new String[0];
  private int[] previousKey = new int[0];
  private final Map<String, String> values = new HashMap<>();
  // This thread's reader of the sheet's plain rows, when they are links.
  private Optional<PlainConnection> plain = Optional.empty();

  RecordSharing(IdStrings ids, IdStrings.Columns idColumns) {
    this.ids = ids;
    this.idColumns = idColumns;
  }

  /** Whether the sheet may be lexed in parts side by side (see {@link IdStrings.Columns}). */
  boolean inParts() {
    return idColumns.inParts();
  }

  /**
   * A sharing for another thread lexing the same sheet after {@code header}: the same columns, its
   * own row above and values.
   */
  RecordSharing after(CsvRecord header) {
    RecordSharing other = new RecordSharing(ids, idColumns);
    other.header(header);
    return other;
  }

  /**
   * Takes a record the lexer just gave: the first good one is the header, which also tells the
   * lexer the id columns whose cells it looks up from their bytes (CsvLexer.keyIds).
   */
  void take(CsvRecord record, CsvLexer lexer) {
    if (record.mistake().isPresent()) {
      return;
    }
    if (columns == null) {
      header(record);
      keyIds(lexer);
    } else {
      shareIds(record);
      shareValues(record);
    }
  }

  /** Tells a lexer of rows after the header which cells to look up from their bytes. */
  void keyIds(CsvLexer lexer) {
    lexer.keyIds(columns, ids);
  }

  /**
   * Tells a lexer of rows after the header to read the plain ones without lexing them (with this
   * thread's reader of them), when the sheet's rows are links.
   */
  void plainRows(CsvLexer lexer) {
    plain.ifPresent(lexer::readPlain);
  }

  private void header(CsvRecord record) {
    Columns header = new Columns(record.cells());
    columns = idColumns.find().apply(header);
    plain =
        idColumns.plainLinks()
            ? ConnectionColumns.of(header).map(c -> new PlainConnection(c, record.size()))
            : Optional.empty();
    previous = new String[columns.length];
    previousKey = new int[columns.length];
    repeated = idColumns.repeated().apply(header);
  }

  /**
   * Gives each id cell the one string of its id; a cell that repeats the row above's (a sheet
   * sorted by a column) takes the same string without a look-up.
   */
  private void shareIds(CsvRecord record) {
    for (int i = 0; i < columns.length; i++) {
      String text = record.get(columns[i]);
      if (text.isEmpty() || columns[i] >= record.size() || record.idKey(columns[i]) >= 0) {
        continue; // nothing there, or kept already by the lexer (CsvLexer.keyIds)
      }
      if (!text.equals(previous[i])) {
        int key = ids.find(text);
        previous[i] = key < 0 ? text : ids.text(key);
        previousKey[i] = key;
      }
      if (previousKey[i] >= 0) {
        record.share(columns[i], previous[i], previousKey[i]);
      }
    }
  }

  /** Gives each cell of a repeating column the one string of its value. */
  private void shareValues(CsvRecord record) {
    for (int column : repeated) {
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
}
