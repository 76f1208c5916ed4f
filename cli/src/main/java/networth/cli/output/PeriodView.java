package networth.cli.output;

import java.io.PrintWriter;
import networth.model.PeriodMap;

/**
 * What every analysis says about the period it was asked for: which one, and how many opportunities
 * were left out and why. Added around a command's own text, so each command shows it the same way:
 * a sentence before text and Markdown, a line on standard error beside CSV. JSON carries it in the
 * result itself (its {@code period} and {@code leftOut} keys).
 */
public final class PeriodView {

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

  /**
   * A command's output with the period said: the sentence first in text, after the title in
   * Markdown, and on {@code err} beside CSV (which must stay a table). Unchanged when there is no
   * period, and in JSON, whose result says it already.
   */
  public static String around(OutputFormat format, String output, PeriodMap p, PrintWriter err) {
    if (p.period().isAlways()) {
      return output;
    }
    return switch (format) {
      case JSON -> output;
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
}
