package networth.io.csv;

import java.util.Arrays;
import java.util.Optional;
import networth.model.PartialDate;

/**
 * The rows of a part of a sheet as a lexing thread read them, in order: a record each, or, for a
 * plain row ({@link PlainConnection}), what it says, in arrays rather than an object a row.
 */
final class PartRows {

  /** One plain row as the reader takes it: its ends' keys, kind, date, line and record number. */
  static final class Plain {
    int from;
    int to;
    String kind = "";
    Optional<PartialDate> date = Optional.empty();
    int line;
    long number;
  }

  private int count;
  // The record at place i, or null where a plain row stands; for a plain row, ends[3i] its first
  // end's key, ends[3i + 1] its second's, ends[3i + 2] its line in the part, and its kind and date.
  private CsvRecord[] records;
  private int[] ends;
  private String[] kinds;
  private Optional<PartialDate>[] dates;

  PartRows(int expected) {
    int room = Math.max(16, expected);
    records = new CsvRecord[room];
    ends = new int[3 * room];
    kinds = new String[room];
    dates = noDates(room);
  }

  /** How many rows the part has. */
  int size() {
    return count;
  }

  void add(CsvRecord record) {
    room();
    records[count++] = record;
  }

  /**
   * Keeps what {@code plain} has just read, a plain row on line {@code line} of the part, whose
   * ends' keys {@link #ends} gives later.
   */
  void add(PlainConnection plain, int line) {
    room();
    int at = count++;
    ends[3 * at + 2] = line;
    kinds[at] = plain.kind;
    dates[at] = plain.date;
  }

  /** The line in the part of the plain row at place {@code at}. */
  int line(int at) {
    return ends[3 * at + 2];
  }

  /** The keys of the ends of the plain row at place {@code at}. */
  void ends(int at, int from, int to) {
    ends[3 * at] = from;
    ends[3 * at + 1] = to;
  }

  /** Puts a record in place of the plain row at place {@code at}. */
  void set(int at, CsvRecord record) {
    records[at] = record;
    kinds[at] = null;
    dates[at] = null;
  }

  private void room() {
    if (count == records.length) {
      int room = 2 * count;
      records = Arrays.copyOf(records, room);
      ends = Arrays.copyOf(ends, 3 * room);
      kinds = Arrays.copyOf(kinds, room);
      dates = Arrays.copyOf(dates, room);
    }
  }

  /** The record at place {@code at}, given once; empty where a plain row stands. */
  Optional<CsvRecord> record(int at) {
    CsvRecord r = records[at];
    records[at] = null; // given: the reader keeps what it needs of it
    return Optional.ofNullable(r);
  }

  /** Whether a plain row stands at place {@code at}. */
  boolean isPlain(int at) {
    return records[at] == null;
  }

  /**
   * Gives the plain rows from place {@code at} on to {@code rows}, up to the next record or the
   * part's end, their lines moved {@code lines} further and numbered after {@code records} records;
   * the place after the last one given.
   */
  int give(int at, SheetRows.Rows rows, long records, int lines) {
    Plain row = new Plain();
    int i = at;
    for (; i < count && this.records[i] == null; i++) {
      row.from = ends[3 * i];
      row.to = ends[3 * i + 1];
      row.line = ends[3 * i + 2] + lines;
      row.number = records + i + 1;
      row.kind = kinds[i];
      row.date = dates[i];
      rows.plain(row);
    }
    return i;
  }

  @SuppressWarnings("unchecked")
  private static Optional<PartialDate>[] noDates(int count) {
    return (Optional<PartialDate>[]) new Optional<?>[count];
  }
}
