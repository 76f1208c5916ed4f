package networth.imports.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import networth.imports.Skipped;

/**
 * An import's report as the JSON the command line ({@code networth import --format json}) and the
 * web app's upload both answer (docs/json-output.md): plain maps and lists, for any JSON writer.
 */
public final class MergeReportJson {

  private MergeReportJson() {}

  /**
   * @param written whether the map was written (false for a dry run, or when nothing changed)
   */
  public static Map<String, Object> of(MergeReport r, boolean written) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", r.source());
    m.put("files", r.files());
    m.put("written", written);
    m.put("changesMap", r.changesMap());
    for (Change.Action a : Change.Action.values()) {
      m.put(a.name().toLowerCase(java.util.Locale.ROOT), counts(r.with(a)));
    }
    m.put("skippedRows", r.skipped().size());
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (Skipped s : r.skipped()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("file", s.origin().file());
      one.put("row", s.origin().row());
      one.put("reason", s.reason());
      skipped.add(one);
    }
    m.put("skipped", skipped);
    m.put("keptApart", r.keptApart());
    List<Map<String, Object>> changes = new ArrayList<>();
    for (Change c : r.changes()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("what", c.what());
      one.put("name", c.name());
      one.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
      one.put("reason", c.reason());
      one.put("file", c.origin().file());
      one.put("row", c.origin().row());
      changes.add(one);
    }
    m.put("changes", changes);
    return m;
  }

  /** {"person": 3, "link": 3}: how many of each kind of item. */
  private static Map<String, Integer> counts(List<Change> changes) {
    Map<String, Integer> by = new LinkedHashMap<>();
    changes.forEach(c -> by.merge(c.what(), 1, Integer::sum));
    return by;
  }
}
