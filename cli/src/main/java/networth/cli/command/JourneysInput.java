package networth.cli.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import networth.journeys.PathTable;
import networth.journeys.read.BadRows;
import networth.journeys.read.Journey;
import networth.journeys.read.JourneyInputException;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.PathColumns;
import networth.journeys.read.PathFormatReader;
import networth.journeys.read.Progress;
import networth.journeys.read.Sources;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens a journeys file and reads it in the format its header shows: ChannelAttribution's path
 * format when it has the path column, one touchpoint a row when it has the journey id column.
 */
final class JourneysInput {

  /** The two formats a journeys file may be in. */
  enum Format {
    PATH,
    LONG,
    /** A network map's routes ({@code --from-map}). */
    MAP
  }

  /**
   * What was read.
   *
   * @param format the format found
   * @param table the journeys by path
   * @param rows the data rows read
   * @param journeys the journeys: the rows' counts summed in the path format, one per id otherwise
   */
  record Read(Format format, PathTable table, long rows, double journeys) {}

  private static final int HEADER_LIMIT = 1 << 16;

  private JourneysInput() {}

  static Read read(
      String name,
      InputStream stdin,
      PathColumns pathColumns,
      LongColumns longColumns,
      LongFormatReader.Order order,
      BadRows badRows,
      Progress progress,
      Consumer<Journey> each)
      throws IOException {
    BufferedReader in = Sources.open(name, stdin);
    in.mark(HEADER_LIMIT);
    List<String> header = header(in.readLine());
    in.reset();
    String shown = Sources.STDIN.equals(name) ? "standard input" : name;
    if (header.contains(pathColumns.path())) {
      PathFormatReader.Result r =
          new PathFormatReader(pathColumns, badRows, progress).read(shown, in);
      PathTable t = r.table();
      return new Read(Format.PATH, t, r.rows(), t.totalConversions() + t.totalNulls());
    }
    if (header.contains(longColumns.journey())) {
      LongFormatReader.Result r =
          new LongFormatReader(longColumns, order, badRows, progress).read(shown, in, each);
      return new Read(Format.LONG, r.table(), r.rows(), r.journeys());
    }
    in.close();
    throw new JourneyInputException(
        shown
            + ":1: neither a path column ("
            + pathColumns.path()
            + ") nor a journey id column ("
            + longColumns.journey()
            + ") in the header"
            + (header.isEmpty() ? "" : " (it has " + String.join(", ", header) + ")")
            + ": name the one to use with --path-column or --journey-column (docs/journeys.md)");
  }

  private static List<String> header(String line) throws IOException {
    if (line == null) {
      return List.of();
    }
    List<CSVRecord> records =
        CSVFormat.DEFAULT.builder().get().parse(new StringReader(line)).getRecords();
    if (records.isEmpty()) {
      return List.of();
    }
    return records.get(0).stream().map(s -> s.replace("\uFEFF", "").strip()).toList();
  }

  /** Nothing to do with each journey. */
  static final Consumer<Journey> IGNORE = j -> {};
}
