package networth.cli.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import networth.model.PeriodMap;

/**
 * What every analysis says about the period it was asked for: which one, and how many opportunities
 * were left out and why. Added around a command's own output, so each command shows it the same
 * way: a sentence before text and Markdown, keys in JSON, a line on standard error beside CSV.
 */
public final class PeriodView {

  private static final ObjectMapper READER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private PeriodView() {}

  /**
   * "Period 2023-01-01 to 2023-12-31: only the opportunities dated in it count. Left out: 3 dated
   * outside it and 2 undated (an undated opportunity cannot be placed in a period)."
   */
  public static String sentence(PeriodMap p) {
    StringBuilder s =
        new StringBuilder("Period ")
            .append(p.period())
            .append(": only the opportunities dated in it count. Left out: ");
    if (p.leftOut() == 0) {
      return s.append("none.").toString();
    }
    if (!p.outside().isEmpty()) {
      s.append(p.outside().size()).append(" dated outside it");
    }
    if (!p.undated().isEmpty()) {
      s.append(p.outside().isEmpty() ? "" : " and ")
          .append(p.undated().size())
          .append(" undated (an undated opportunity cannot be placed in a period)");
    }
    return s.append('.').toString();
  }

  /** The keys JSON output carries: {@code period} and {@code leftOut}. */
  public static Map<String, Object> keys(PeriodMap p) {
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", p.period().from().map(LocalDate::toString).orElse(null));
    period.put("to", p.period().to().map(LocalDate::toString).orElse(null));
    Map<String, Object> left = new LinkedHashMap<>();
    left.put("count", p.leftOut());
    left.put("outsidePeriod", p.outside());
    left.put("undated", p.undated());
    Map<String, Object> keys = new LinkedHashMap<>();
    keys.put("period", period);
    keys.put("leftOut", left);
    return keys;
  }

  /**
   * A command's output with the period said: the sentence first in text, after the title in
   * Markdown, the keys first in a JSON object, and the sentence on {@code err} beside CSV (which
   * must stay a table). Unchanged when there is no period.
   */
  public static String around(OutputFormat format, String output, PeriodMap p, PrintWriter err) {
    if (p.period().isAlways()) {
      return output;
    }
    return switch (format) {
      case JSON -> json(output, p);
      case CSV -> {
        err.println(sentence(p));
        err.flush();
        yield output;
      }
      case MD -> {
        int title = output.startsWith("# ") ? output.indexOf('\n') + 1 : 0;
        yield output.substring(0, title)
            + (title > 0 ? "\n" : "")
            + sentence(p)
            + "\n\n"
            + output.substring(title).stripLeading();
      }
      case TEXT -> sentence(p) + "\n\n" + output;
    };
  }

  private static String json(String output, PeriodMap p) {
    try {
      JsonNode doc = READER.readTree(output);
      if (!(doc instanceof ObjectNode object)) {
        return output;
      }
      ObjectNode with = READER.createObjectNode();
      keys(p).forEach((k, v) -> with.set(k, READER.valueToTree(v)));
      // The command's own keys keep their places; its own "period", if any, gives way to this one.
      object.fields().forEachRemaining(e -> with.putIfAbsent(e.getKey(), e.getValue()));
      return Json.write(with);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a command wrote JSON that does not read back", e);
    }
  }
}
