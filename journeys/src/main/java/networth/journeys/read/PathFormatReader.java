package networth.journeys.read;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import networth.journeys.PathTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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

  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(false).get();

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
    long rows = 0;
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      java.util.Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        throw new JourneyInputException(
            source + ": empty: a journeys file starts with a header row naming its columns");
      }
      Header header = new Header(source, it.next());
      int pathAt = header.required(columns.path(), "--path-column");
      int convAt = header.required(columns.conversions(), "--conversions-column");
      int valueAt =
          optionalColumn(header, columns.value(), PathColumns.VALUE_DEFAULT, "--value-column");
      int nullsAt =
          optionalColumn(header, columns.nulls(), PathColumns.NULLS_DEFAULT, "--nulls-column");
      long lineEnd = parser.getCurrentLineNumber();
      String[] problem = new String[1];
      Paths paths = new Paths(table);
      while (it.hasNext()) {
        CSVRecord r = it.next();
        long line = lineEnd + 1;
        lineEnd = parser.getCurrentLineNumber();
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        rows++;
        if (rows % Progress.EVERY == 0) {
          progress.rowsRead(rows);
        }
        if (r.size() != header.size()) {
          badRows.report(
              new BadRow(
                  source,
                  line,
                  "",
                  "the row has "
                      + r.size()
                      + " fields and the header "
                      + header.size()
                      + ": quote a field that holds a comma"));
          continue;
        }
        double conversions = Cells.count(r.get(convAt), problem);
        if (Double.isNaN(conversions)) {
          badRows.report(new BadRow(source, line, header.name(convAt), problem[0]));
          continue;
        }
        double value = optionalCount(r, valueAt, problem);
        if (Double.isNaN(value)) {
          badRows.report(new BadRow(source, line, header.name(valueAt), problem[0]));
          continue;
        }
        double nulls = optionalCount(r, nullsAt, problem);
        if (Double.isNaN(nulls)) {
          badRows.report(new BadRow(source, line, header.name(nullsAt), problem[0]));
          continue;
        }
        int[] path = paths.parse(r.get(pathAt));
        if (path.length == 0) {
          badRows.report(
              new BadRow(
                  source,
                  line,
                  header.name(pathAt),
                  "the path has no channel: write channels separated by >, e.g. email > search"));
          continue;
        }
        table.add(path, conversions, value, nulls);
      }
    } catch (java.io.UncheckedIOException e) {
      throw unreadable(source, e.getCause());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw unreadable(source, e);
    }
    progress.rowsRead(rows);
    return new Result(table.build(), rows, badRows);
  }

  static JourneyInputException unreadable(String source, IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return new JourneyInputException(
          source + ": not UTF-8 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet)", e);
    }
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return new JourneyInputException(
          source + ": the gzip data is damaged or cut short: " + e.getMessage(), e);
    }
    return new JourneyInputException(source + ": cannot be read: " + e.getMessage(), e);
  }

  /** An optional column's index: -1 when left at its default and missing. */
  private static int optionalColumn(
      Header header, Optional<String> named, String byDefault, String option) {
    if (named.isPresent()) {
      return header.required(named.get(), option);
    }
    return header.optional(byDefault).orElse(-1);
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
