package networth.journeys.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import networth.journeys.PathTable;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads journeys given one touchpoint a row ({@code
 * journey_id,timestamp,channel[,converted,value]}) into a {@link PathTable}, handing each whole
 * journey, in time order, to a listener as well (time decay needs the times, which the table does
 * not keep).
 *
 * <p>A journey is every row with its id, its touches ordered by time (rows with the same time keep
 * the file's order). It converts, once, when any of its rows says so in {@code converted} ({@code
 * 1}, {@code true} or {@code yes}; {@code 0}, {@code false}, {@code no} or empty otherwise); its
 * value is the sum of its rows' {@code value} cells, and counts only when it converts. Without a
 * {@code converted} column every journey converts. The conversion is taken to happen at the
 * journey's last touch.
 *
 * <p>{@link Order#GROUPED} input, where each journey's rows are next to each other, is streamed one
 * journey at a time: memory grows with the distinct paths. Otherwise rows are grouped by journey id
 * in memory first, so memory grows with the touchpoints.
 */
public final class LongFormatReader {

  /** Whether each journey's rows are known to be next to each other. */
  public enum Order {
    /** Each journey's rows are next to each other (in any order among themselves). */
    GROUPED,
    /** Rows in any order: grouped by journey id in memory. */
    ANY
  }

  private final LongColumns columns;
  private final Order order;
  private final BadRows badRows;
  private final Progress progress;

  public LongFormatReader(LongColumns columns, Order order, BadRows badRows, Progress progress) {
    this.columns = columns;
    this.order = order;
    this.badRows = badRows;
    this.progress = progress;
  }

  /** What a read gave: the table, the rows read, the journeys found, the bad rows left out. */
  public record Result(PathTable table, long rows, long journeys, BadRows badRows) {}

  /** One row, read and checked. */
  private record Touch(int channel, double time, boolean converted, double value) {}

  /**
   * Reads {@code in} to its end and closes it; {@code each} gets every journey as it is complete.
   */
  public Result read(String source, Reader in, Consumer<Journey> each) throws IOException {
    PathTable.Builder table = PathTable.builder();
    long[] journeys = new long[1];
    Consumer<List<Touch>> finish =
        touches -> {
          journeys[0]++;
          Journey j = journey(touches);
          table.add(j.channels(), j.conversions(), j.value(), 1 - j.conversions());
          each.accept(j);
        };
    try (DataRows rows = new DataRows(source, in, badRows, progress)) {
      Header header = rows.header();
      int idAt = header.required(columns.journey(), "--journey-column");
      int timeAt = header.required(columns.timestamp(), "--timestamp-column");
      int channelAt = header.required(columns.channel(), "--channel-column");
      int convertedAt =
          header.column(columns.converted(), LongColumns.CONVERTED_DEFAULT, "--converted-column");
      int valueAt = header.column(columns.value(), LongColumns.VALUE_DEFAULT, "--value-column");
      String[] problem = new String[1];
      String current = null;
      List<Touch> touches = new ArrayList<>();
      Map<String, List<Touch>> all = new LinkedHashMap<>();
      while (rows.next()) {
        CSVRecord r = rows.record();
        String id = r.get(idAt).strip();
        if (id.isEmpty()) {
          rows.bad(idAt, "empty: every touch names its journey");
          continue;
        }
        double time = Timestamps.seconds(r.get(timeAt));
        if (Double.isNaN(time)) {
          rows.bad(
              timeAt,
              Cells.quote(r.get(timeAt).strip())
                  + " is not a time: write 2024-03-01T09:30:00Z, 2024-03-01 or epoch seconds");
          continue;
        }
        String channel = r.get(channelAt).strip();
        if (channel.isEmpty()) {
          rows.bad(channelAt, "empty: every touch names its channel");
          continue;
        }
        Boolean converted = convertedAt < 0 ? Boolean.TRUE : flag(r.get(convertedAt));
        if (converted == null) {
          rows.bad(
              convertedAt,
              Cells.quote(r.get(convertedAt).strip())
                  + " is not yes or no: write 1 or 0 (true or false, yes or no)");
          continue;
        }
        double value = 0;
        if (valueAt >= 0 && !r.get(valueAt).isBlank()) {
          value = Cells.count(r.get(valueAt), problem);
          if (Double.isNaN(value)) {
            rows.bad(valueAt, problem[0]);
            continue;
          }
        }
        Touch touch = new Touch(table.channel(channel), time, converted, value);
        if (order == Order.GROUPED) {
          if (!id.equals(current)) {
            if (!touches.isEmpty()) {
              finish.accept(touches);
            }
            touches = new ArrayList<>();
            current = id;
          }
          touches.add(touch);
        } else {
          all.computeIfAbsent(id, k -> new ArrayList<>()).add(touch);
        }
      }
      if (!touches.isEmpty()) {
        finish.accept(touches);
      }
      for (Iterator<List<Touch>> j = all.values().iterator(); j.hasNext(); ) {
        finish.accept(j.next());
        j.remove();
      }
      return new Result(table.build(), rows.rows(), journeys[0], badRows);
    }
  }

  private static Journey journey(List<Touch> touches) {
    // A stable sort: touches at the same time keep the file's order.
    List<Touch> sorted = new ArrayList<>(touches);
    sorted.sort((a, b) -> Double.compare(a.time(), b.time()));
    int[] channels = new int[sorted.size()];
    double[] times = new double[sorted.size()];
    boolean converted = false;
    double value = 0;
    for (int i = 0; i < channels.length; i++) {
      Touch t = sorted.get(i);
      channels[i] = t.channel();
      times[i] = t.time();
      converted |= t.converted();
      value += t.value();
    }
    return new Journey(channels, times, converted ? 1 : 0, converted ? value : 0);
  }

  /** yes, no, or null when the cell is neither. */
  private static Boolean flag(String cell) {
    return switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes", "y" -> Boolean.TRUE;
      case "0", "false", "no", "n", "" -> Boolean.FALSE;
      default -> null;
    };
  }
}
