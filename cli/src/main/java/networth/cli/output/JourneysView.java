package networth.cli.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import networth.journeys.PathTable;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.markov.TransitionProbability;
import networth.render.text.TextTable;

/**
 * What {@code networth journeys} prints: one row per channel, the models' columns under
 * ChannelAttribution's names, as an aligned table, CSV or JSON. Table cells are rounded to two
 * decimals; CSV and JSON keep every digit, so that they can be compared with other tools.
 */
public final class JourneysView {

  /** {@code --format table|json|csv}. */
  public enum Format {
    TABLE,
    JSON,
    CSV
  }

  /**
   * What was read.
   *
   * @param format {@code path} or {@code long}
   * @param rows the data rows read
   * @param journeys how many journeys those rows hold
   * @param skipped the bad rows left out
   * @param table the journeys by path
   */
  public record Summary(String format, long rows, double journeys, long skipped, PathTable table) {}

  private JourneysView() {}

  public static String render(
      Format format,
      Summary summary,
      List<String> models,
      ChannelCredits credits,
      List<String> notes,
      List<String> remarks) {
    return switch (format) {
      case CSV -> csv(credits);
      case JSON -> json(summary, models, credits, notes, remarks);
      case TABLE -> table(summary, credits, notes, remarks);
    };
  }

  /**
   * The Markov chain's transition matrix, one row a step between states, as ChannelAttribution's
   * {@code transition_matrix} gives it: {@code channel_from}, {@code channel_to}, {@code
   * transition_probability}.
   */
  public static String transitions(Format format, List<TransitionProbability> rows) {
    switch (format) {
      case CSV -> {
        StringBuilder out = new StringBuilder(String.join(",", TransitionProbability.COLUMNS));
        out.append('\n');
        for (TransitionProbability r : rows) {
          out.append(csvCell(r.channelFrom()))
              .append(',')
              .append(csvCell(r.channelTo()))
              .append(',')
              .append(number(r.transitionProbability()))
              .append('\n');
        }
        return out.toString();
      }
      case JSON -> {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TransitionProbability r : rows) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("channel_from", r.channelFrom());
          row.put("channel_to", r.channelTo());
          row.put("transition_probability", r.transitionProbability());
          list.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("transition_matrix", list);
        return Json.write(doc);
      }
      default -> {
        TextTable t = new TextTable("channel_from", "channel_to", ">transition_probability");
        for (TransitionProbability r : rows) {
          t.row(
              r.channelFrom(),
              r.channelTo(),
              String.format(Locale.ROOT, "%.4f", r.transitionProbability()));
        }
        return t.render();
      }
    }
  }

  private static String table(
      Summary s, ChannelCredits credits, List<String> notes, List<String> remarks) {
    List<String> header = new ArrayList<>(List.of("channel_name"));
    credits.columns().forEach(c -> header.add(">" + c.name()));
    TextTable t = new TextTable(header.toArray(String[]::new));
    for (int i = 0; i < credits.channels().size(); i++) {
      List<String> cells = new ArrayList<>(List.of(credits.channels().get(i)));
      for (ChannelCredits.Column c : credits.columns()) {
        cells.add(String.format(Locale.ROOT, "%,.2f", c.value(i)));
      }
      t.row(cells.toArray(String[]::new));
    }
    PathTable p = s.table();
    StringBuilder out = new StringBuilder();
    out.append(
            switch (s.format()) {
              case "path" -> "Path format: ";
              case "map" -> "A network map's routes: ";
              default -> "One touchpoint a row: ";
            })
        .append(counted(s.rows(), s.format().equals("map") ? "route" : "row"))
        .append(", ")
        .append(counted(s.journeys(), "journey"))
        .append(", ")
        .append(counted(p.size(), "distinct path"))
        .append(", ")
        .append(counted(p.channels().size(), "channel"))
        .append("; ")
        .append(counted(p.totalConversions(), "conversion"))
        .append(" worth ")
        .append(String.format(Locale.ROOT, "%,.2f", p.totalValue()))
        .append(", ")
        .append(counted(p.totalNulls(), "journey"))
        .append(" without one")
        .append(s.skipped() == 0 ? "" : " (" + counted(s.skipped(), "bad row") + " skipped)")
        .append(".\n\n");
    out.append(t.render());
    for (String remark : remarks) {
      out.append(remark).append('\n');
    }
    for (String note : notes) {
      out.append("Not shown: ").append(note).append(".\n");
    }
    return out.toString();
  }

  /** {@code 1 row}, {@code 2 rows}, {@code 2.50 conversions}. */
  private static String counted(double n, String word) {
    return plain(n) + " " + word + (n == 1 ? "" : "s");
  }

  /** A count as a person reads it: whole numbers without decimals, grouped. */
  private static String plain(double d) {
    return d == Math.rint(d)
        ? String.format(Locale.ROOT, "%,.0f", d)
        : String.format(Locale.ROOT, "%,.2f", d);
  }

  private static String csv(ChannelCredits credits) {
    StringBuilder out = new StringBuilder("channel_name");
    credits.columns().forEach(c -> out.append(',').append(c.name()));
    out.append('\n');
    for (int i = 0; i < credits.channels().size(); i++) {
      out.append(csvCell(credits.channels().get(i)));
      for (ChannelCredits.Column c : credits.columns()) {
        out.append(',').append(number(c.value(i)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Every digit of the double, never in exponent form: 0.1, 19785, 1234567.891. */
  static String number(double d) {
    return d == 0 ? "0" : new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  private static String csvCell(String s) {
    boolean quote =
        s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String json(
      Summary s,
      List<String> models,
      ChannelCredits credits,
      List<String> notes,
      List<String> remarks) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", s.format());
    doc.put("rows", s.rows());
    doc.put("journeys", s.journeys());
    doc.put("paths", s.table().size());
    doc.put("skippedRows", s.skipped());
    doc.put("total_conversions", s.table().totalConversions());
    doc.put("total_conversion_value", s.table().totalValue());
    doc.put("total_null", s.table().totalNulls());
    doc.put("models", models);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < credits.channels().size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("channel_name", credits.channels().get(i));
      for (ChannelCredits.Column c : credits.columns()) {
        row.put(c.name(), c.value(i));
      }
      rows.add(row);
    }
    doc.put("credits", rows);
    doc.put("notShown", notes);
    doc.put("remarks", remarks);
    return Json.write(doc);
  }
}
