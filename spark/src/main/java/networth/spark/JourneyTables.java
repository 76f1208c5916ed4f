package networth.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import networth.journeys.markov.ChannelCredit;
import networth.journeys.markov.MarkovResult;
import networth.journeys.markov.Transition;

/**
 * Prints what the jobs computed: a table for people (amounts rounded to two decimals, columns
 * aligned) or CSV for programs (every digit, ChannelAttribution's column names).
 */
final class JourneyTables {
  private JourneyTables() {}

  static void heuristics(
      List<HeuristicCredit> credit,
      boolean withValue,
      SparkOptions.Format format,
      PrintStream out) {
    List<String> header = new ArrayList<>(List.of("channel_name", "first_touch_conversions"));
    if (withValue) {
      header.add("first_touch_value");
    }
    header.add("last_touch_conversions");
    if (withValue) {
      header.add("last_touch_value");
    }
    header.add("linear_touch_conversions");
    if (withValue) {
      header.add("linear_touch_value");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (HeuristicCredit c : credit) {
      List<Object> row = new ArrayList<>();
      row.add(c.channelName());
      row.add(c.firstTouchConversions());
      if (withValue) {
        row.add(c.firstTouchValue());
      }
      row.add(c.lastTouchConversions());
      if (withValue) {
        row.add(c.lastTouchValue());
      }
      row.add(c.linearTouchConversions());
      if (withValue) {
        row.add(c.linearTouchValue());
      }
      rows.add(row);
    }
    print(header, rows, format, out);
  }

  /** Each channel's credit under the Markov model, ChannelAttribution's columns. */
  static void markov(MarkovResult result, SparkOptions.Format format, PrintStream out) {
    List<List<Object>> rows = new ArrayList<>();
    for (ChannelCredit c : result.credits()) {
      rows.add(List.of(c.channelName(), c.totalConversions(), c.totalConversionValue()));
    }
    print(ChannelCredit.COLUMNS, rows, format, out);
  }

  /**
   * The counted transitions with the probability of each step among those leaving its state, as
   * ChannelAttribution's {@code transition_matrix} gives it; a state of order k is its channels
   * joined by commas.
   */
  static void transitions(List<Transition> steps, SparkOptions.Format format, PrintStream out) {
    Map<List<String>, Double> leaving = new LinkedHashMap<>();
    for (Transition t : steps) {
      leaving.merge(t.from(), t.journeys(), Double::sum);
    }
    List<String> header =
        List.of("channel_from", "channel_to", "journeys", "value", "transition_probability");
    List<List<Object>> rows = new ArrayList<>();
    for (Transition t : steps) {
      rows.add(
          List.of(
              String.join(",", t.from()),
              String.join(",", t.to()),
              t.journeys(),
              t.value(),
              t.journeys() / leaving.get(t.from())));
    }
    print(header, rows, format, out);
  }

  private static void print(
      List<String> header, List<List<Object>> rows, SparkOptions.Format format, PrintStream out) {
    if (format == SparkOptions.Format.CSV) {
      out.println(String.join(",", header));
      for (List<Object> row : rows) {
        List<String> cells = new ArrayList<>();
        for (Object cell : row) {
          cells.add(cell instanceof Double d ? exact(d) : csv(cell.toString()));
        }
        out.println(String.join(",", cells));
      }
      return;
    }
    List<List<String>> text = new ArrayList<>();
    text.add(header);
    for (List<Object> row : rows) {
      List<String> cells = new ArrayList<>();
      for (Object cell : row) {
        cells.add(cell instanceof Double d ? rounded(d) : cell.toString());
      }
      text.add(cells);
    }
    int[] width = new int[header.size()];
    for (List<String> row : text) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (List<String> row : text) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        // Names left, numbers right, as the networth command lays out its tables.
        boolean number = i > 0 && !(header.get(i).startsWith("channel_"));
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(width[i] - cell.length());
        line.append(number ? pad + cell : cell + (i == row.size() - 1 ? "" : pad));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Two decimals at most, trailing zeros dropped: 12, 12.5, 12.33. */
  static String rounded(double d) {
    String s = String.format(Locale.ROOT, "%.2f", d);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s.equals("-0") ? "0" : s;
  }

  /** Every digit a double has, without an exponent for ordinary amounts. */
  static String exact(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new java.math.BigDecimal(Double.toString(d)).toPlainString();
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
