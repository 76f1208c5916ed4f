package networth.journeys.read;

import java.io.IOException;
import java.io.Reader;
import networth.journeys.PathTable;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ChannelAttribution's path format into a {@link PathTable}, one row at a time, so that
 * memory grows with the distinct paths and not with the rows. A path is channels separated by
 * {@code >} ({@code eta > iota > alpha}); spaces around a channel are trimmed and empty ones
 * skipped, as ChannelAttribution does. Fields may be quoted as spreadsheets write them.
 */
public final class PathFormatReader {
  /** Channels in a path are separated by this. */
  public static final char SEPARATOR = '>';

  private final PathColumns columns;
  private final BadRows badRows;
  private final Progress progress;

  public PathFormatReader(PathColumns columns, BadRows badRows, Progress progress) {
    this.columns = columns;
    this.badRows = badRows;
    this.progress = progress;
  }

  /** What a read gave: the table, how many data rows were read and the bad rows left out. */
  public record Result(PathTable table, long rows, BadRows badRows) {}

  /** Reads {@code in} (named {@code source} in messages) to its end, and closes it. */
  public Result read(String source, Reader in) throws IOException {
    PathTable.Builder table = PathTable.builder();
    try (DataRows rows = new DataRows(source, in, badRows, progress)) {
      Header header = rows.header();
      int pathAt = header.required(columns.path(), "--path-column");
      int convAt = header.required(columns.conversions(), "--conversions-column");
      int valueAt = header.column(columns.value(), PathColumns.VALUE_DEFAULT, "--value-column");
      int nullsAt = header.column(columns.nulls(), PathColumns.NULLS_DEFAULT, "--nulls-column");
      String[] problem = new String[1];
      Paths paths = new Paths(table);
      while (rows.next()) {
        CSVRecord r = rows.record();
        double conversions = Cells.count(r.get(convAt), problem);
        if (Double.isNaN(conversions)) {
          rows.bad(convAt, problem[0]);
          continue;
        }
        double value = optionalCount(r, valueAt, problem);
        if (Double.isNaN(value)) {
          rows.bad(valueAt, problem[0]);
          continue;
        }
        double nulls = optionalCount(r, nullsAt, problem);
        if (Double.isNaN(nulls)) {
          rows.bad(nullsAt, problem[0]);
          continue;
        }
        int[] path = paths.parse(r.get(pathAt));
        if (path.length == 0) {
          rows.bad(
              pathAt,
              "the path has no channel: write channels separated by >, e.g. email > search");
          continue;
        }
        table.add(path, conversions, value, nulls);
      }
      return new Result(table.build(), rows.rows(), badRows);
    }
  }

  /** An optional count: 0 when the file has no such column or the cell is empty. */
  private static double optionalCount(CSVRecord r, int at, String[] problem) {
    if (at < 0 || r.get(at).isBlank()) {
      return 0;
    }
    return Cells.count(r.get(at), problem);
  }

  /**
   * Splits paths into channel numbers. A path's tokens are looked up where they lie in the cell, by
   * a hash of their characters, so that a channel seen before costs no new string: on ten million
   * journeys that is most of the time spent reading.
   */
  private static final class Paths {
    private final PathTable.Builder table;
    private int[] buffer = new int[64];
    private String[] names = new String[64];
    private int[] numbers = new int[64];
    private int known;

    Paths(PathTable.Builder table) {
      this.table = table;
    }

    int[] parse(String s) {
      int n = 0;
      int start = 0;
      int length = s.length();
      for (int i = 0; i <= length; i++) {
        if (i == length || s.charAt(i) == SEPARATOR) {
          int from = start;
          int to = i;
          while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
          }
          while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
          }
          if (from < to) {
            if (n == buffer.length) {
              buffer = java.util.Arrays.copyOf(buffer, n * 2);
            }
            buffer[n++] = channel(s, from, to);
          }
          start = i + 1;
        }
      }
      return java.util.Arrays.copyOf(buffer, n);
    }

    /** The number of the channel spelt by {@code s[from, to)}: open addressing, linear probing. */
    private int channel(String s, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + s.charAt(i);
      }
      int mask = names.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      int len = to - from;
      while (names[slot] != null) {
        String name = names[slot];
        if (name.length() == len && s.regionMatches(from, name, 0, len)) {
          return numbers[slot];
        }
        slot = (slot + 1) & mask;
      }
      String name = s.substring(from, to);
      int number = table.channel(name);
      names[slot] = name;
      numbers[slot] = number;
      if (++known * 2 > names.length) {
        grow();
      }
      return number;
    }

    private void grow() {
      String[] oldNames = names;
      int[] oldNumbers = numbers;
      names = new String[oldNames.length * 2];
      numbers = new int[oldNames.length * 2];
      int mask = names.length - 1;
      for (int i = 0; i < oldNames.length; i++) {
        if (oldNames[i] != null) {
          int h = oldNames[i].hashCode();
          int slot = (h ^ (h >>> 16)) & mask;
          while (names[slot] != null) {
            slot = (slot + 1) & mask;
          }
          names[slot] = oldNames[i];
          numbers[slot] = oldNumbers[i];
        }
      }
    }
  }
}
