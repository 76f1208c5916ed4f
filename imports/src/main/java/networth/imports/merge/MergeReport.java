package networth.imports.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import networth.imports.Skipped;

/**
 * What an import did: every item added, merged into one already in the map, or skipped, and the
 * people it could not tell apart from several in the map.
 *
 * @param source the importer's name
 * @param files the files read, as named
 * @param changes every item found and what became of it, in the order found (nodes, then links,
 *     then affiliations)
 * @param skipped the rows left out, and why
 * @param keptApart people who could be one of several in the map, added as new ones: a sentence
 *     each
 */
public record MergeReport(
    String source,
    List<String> files,
    List<Change> changes,
    List<Skipped> skipped,
    List<String> keptApart) {

  public MergeReport {
    Objects.requireNonNull(source, "source");
    files = List.copyOf(files);
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
    keptApart = List.copyOf(keptApart);
  }

  /** Whether the map is different after the import. */
  public boolean changesMap() {
    return changes.stream().anyMatch(c -> c.action() != Change.Action.UNCHANGED);
  }

  public List<Change> with(Change.Action action) {
    return changes.stream().filter(c -> c.action() == action).toList();
  }

  /** "152 people, 40 organisations, 3 links": the changes counted by what they are. */
  public static String counted(List<Change> changes) {
    Map<String, Integer> by = new LinkedHashMap<>();
    for (Change c : changes) {
      by.merge(c.what(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    by.forEach((what, n) -> parts.add(count(n, what)));
    return String.join(", ", parts);
  }

  /** "3 a member who hid their details; 1 an empty row": the skipped rows counted by reason. */
  public static String reasons(List<Skipped> skipped) {
    Map<String, Integer> by = new LinkedHashMap<>();
    for (Skipped s : skipped) {
      by.merge(s.reason(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    by.forEach((reason, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, reason)));
    return String.join("; ", parts);
  }

  /** "1 person", "3 people", "2 organisations", "1 link". */
  static String count(int n, String what) {
    String plural =
        n == 1
            ? what
            : switch (what) {
              case "person" -> "people";
              case "media", "content" -> what;
              case "node" -> "nodes of unknown kind";
              case "opportunity" -> "opportunities";
              default -> what + "s";
            };
    return String.format(Locale.ROOT, "%,d %s", n, plural);
  }
}
