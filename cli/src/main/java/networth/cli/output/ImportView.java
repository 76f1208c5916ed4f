package networth.cli.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import networth.imports.Skipped;
import networth.imports.merge.Change;
import networth.imports.merge.MergeReport;

/** An import's report as text: what was added, merged and skipped, and why. */
public final class ImportView {

  private ImportView() {}

  /**
   * The summary: a line for each of added, merged, skipped and kept apart. With {@code detail},
   * every item added or updated and every row skipped, one a line (what {@code --dry-run} shows).
   */
  public static String text(MergeReport r, String into, boolean detail) {
    StringBuilder s = new StringBuilder();
    s.append(r.source())
        .append(": ")
        .append(String.join(", ", r.files()))
        .append(" -> ")
        .append(into)
        .append('\n');
    List<Change> added = r.with(Change.Action.ADDED);
    List<Change> updated = r.with(Change.Action.UPDATED);
    List<Change> merged = new ArrayList<>(updated);
    merged.addAll(r.with(Change.Action.UNCHANGED));
    line(s, "added", added.isEmpty() ? "nothing" : MergeReport.counted(added));
    if (!merged.isEmpty()) {
      String why = reasons(merged);
      line(
          s,
          "merged",
          MergeReport.counted(merged)
              + " already in the map"
              + (why.isEmpty() ? "" : " (" + why + ")")
              + (updated.isEmpty()
                  ? ""
                  : "; " + updated.size() + " of them now with facts the map lacked"));
    }
    if (!r.skipped().isEmpty()) {
      line(
          s,
          "skipped",
          String.format(
              Locale.ROOT,
              "%,d row%s: %s",
              r.skipped().size(),
              r.skipped().size() == 1 ? "" : "s",
              MergeReport.reasons(r.skipped())));
    }
    for (String apart : r.keptApart()) {
      line(s, "kept apart", apart);
    }
    if (detail) {
      for (Change c : r.changes()) {
        if (c.action() == Change.Action.UNCHANGED) {
          continue;
        }
        s.append(c.action() == Change.Action.ADDED ? "  + " : "  ~ ")
            .append(c.what())
            .append(' ')
            .append(c.name())
            .append(c.reason().isEmpty() ? "" : " (" + c.reason() + ")")
            .append("  <- ")
            .append(c.origin())
            .append('\n');
      }
      for (Skipped k : r.skipped()) {
        s.append("  - ").append(k.origin()).append(": ").append(k.reason()).append('\n');
      }
    }
    return s.toString();
  }

  private static void line(StringBuilder s, String head, String text) {
    s.append(String.format(Locale.ROOT, "  %-10s %s%n", head, text));
  }

  /** "9 same profile URL, 3 same e-mail address": the nodes merged, counted by why. */
  private static String reasons(List<Change> merged) {
    Map<String, Integer> by = new LinkedHashMap<>();
    for (Change c : merged) {
      if (!c.what().equals("link") && !c.what().equals("affiliation")) {
        by.merge(c.reason(), 1, Integer::sum);
      }
    }
    List<String> parts = new ArrayList<>();
    by.forEach((reason, n) -> parts.add(String.format(Locale.ROOT, "%,d by %s", n, reason)));
    return String.join(", ", parts);
  }
}
