package networth.imports.graphs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.imports.Facts;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * What a graph file's attribute values become: an attribute whose name is one networth knows
 * ({@code type}, {@code note}, {@code date}, {@code url}, {@code email}…) fills that field of the
 * node or link; any other is kept as an attribute under its own name.
 */
final class ItemFields {

  /** The networth field an attribute name means, by the name without case, spaces or dashes. */
  private enum Field {
    KIND,
    NOTE,
    DATE,
    UNTIL,
    LABEL,
    URL,
    EMAIL,
    HANDLE,
    DOMAIN,
    WEIGHT,
    OTHER
  }

  private static final Map<String, Field> FIELDS =
      Map.ofEntries(
          Map.entry("type", Field.KIND),
          Map.entry("kind", Field.KIND),
          Map.entry("note", Field.NOTE),
          Map.entry("notes", Field.NOTE),
          Map.entry("description", Field.NOTE),
          Map.entry("date", Field.DATE),
          Map.entry("since", Field.DATE),
          Map.entry("start", Field.DATE),
          Map.entry("until", Field.UNTIL),
          Map.entry("end", Field.UNTIL),
          Map.entry("label", Field.LABEL),
          Map.entry("name", Field.LABEL),
          Map.entry("url", Field.URL),
          Map.entry("email", Field.EMAIL),
          Map.entry("handle", Field.HANDLE),
          Map.entry("domain", Field.DOMAIN),
          Map.entry("weight", Field.WEIGHT));

  /**
   * The key a file's own {@code source} attribute is kept under: the merge writes {@code source}.
   */
  static final String SOURCE_AS_GIVEN = "source as given";

  /** The attribute naming the group (yEd) or parent node (GEXF) a node sits in. */
  static final String GROUP = "group";

  private ItemFields() {}

  private static Field field(String title) {
    String squashed = title.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    return FIELDS.getOrDefault(squashed, Field.OTHER);
  }

  /** Runs of white space (a yEd label's line breaks) as one space. */
  static String tidy(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The value of an attribute called {@code label} or {@code name}, tidied, or empty. */
  static String labelOf(List<FileGraph.Value> values) {
    for (FileGraph.Value value : values) {
      if (field(value.title()) == Field.LABEL && !tidy(value.text()).isEmpty()) {
        return tidy(value.text());
      }
    }
    return "";
  }

  /**
   * The node a file's vertex becomes.
   *
   * @param id its id in what the import found (its name, made unique)
   * @param name its name as the file gives it
   * @param group the name of the group it sits in, or empty
   */
  static Node node(
      String id,
      String name,
      String group,
      FileGraph.Vertex v,
      SourceText text,
      List<Problem> problems) {
    NodeKind kind = NodeKind.UNKNOWN;
    Optional<PartialDate> date = Optional.empty();
    Optional<PartialDate> until = Optional.empty();
    String note = "";
    Map<String, String> attributes = new LinkedHashMap<>();
    for (FileGraph.Value value : v.values) {
      String t = tidy(value.text());
      if (t.isEmpty() || value.title().isBlank()) {
        continue;
      }
      switch (field(value.title())) {
        case KIND -> {
          Optional<NodeKind> k = NodeKind.fromWord(t);
          kind = k.orElse(NodeKind.UNKNOWN);
          if (k.isEmpty()) {
            attributes.put("type", t);
          }
        }
        case NOTE -> note = value.text().strip();
        case DATE -> date = date(value, t, name, text, problems);
        case UNTIL -> until = date(value, t, name, text, problems);
        case LABEL -> {}
        case URL -> attributes.put(Facts.URL, t);
        case EMAIL -> attributes.put(Facts.EMAIL, t);
        case HANDLE -> attributes.put(Facts.HANDLE, t);
        case DOMAIN -> attributes.put(Facts.DOMAIN, t);
        case WEIGHT, OTHER -> attributes.put(key(value.title()), value.text().strip());
      }
    }
    if (!group.isEmpty()) {
      attributes.put(GROUP, group);
    }
    if (date.isPresent() && until.isPresent() && until.get().endsBefore(date.get())) {
      problems.add(
          text.showing(
              Problem.error(
                  text.position(v.line, 0),
                  "node '"
                      + name
                      + "' ends ("
                      + until.get()
                      + ") before it begins ("
                      + date.get()
                      + ")",
                  "correct its start or end")));
      until = Optional.empty();
    }
    return new Node(id, name, kind, date, until, note, Deal.NONE, Cost.NONE, attributes);
  }

  /** The link a file's edge becomes, between two nodes' ids. */
  static Link link(
      String from, String to, FileGraph.Edge e, SourceText text, List<Problem> problems) {
    String kind = tidy(e.label);
    Optional<PartialDate> date = Optional.empty();
    String note = "";
    Map<String, String> attributes = new LinkedHashMap<>();
    String name = from + " -> " + to;
    for (FileGraph.Value value : e.values) {
      String t = tidy(value.text());
      if (t.isEmpty() || value.title().isBlank()) {
        continue;
      }
      switch (field(value.title())) {
        case KIND, LABEL -> {
          if (kind.isEmpty()) {
            kind = t;
          }
        }
        case NOTE -> note = value.text().strip();
        case DATE -> date = date(value, t, name, text, problems);
        case WEIGHT -> {
          if (!isOne(t)) {
            attributes.put("weight", t);
          }
        }
        case URL -> attributes.put(Facts.URL, t);
        case EMAIL -> attributes.put(Facts.EMAIL, t);
        case HANDLE -> attributes.put(Facts.HANDLE, t);
        case DOMAIN -> attributes.put(Facts.DOMAIN, t);
        case UNTIL, OTHER -> attributes.put(key(value.title()), value.text().strip());
      }
    }
    return new Link(from, to, kind, date, note, attributes);
  }

  private static String key(String title) {
    String k = tidy(title);
    return k.equalsIgnoreCase(Facts.SOURCE) ? SOURCE_AS_GIVEN : k;
  }

  // Gephi writes every weight, 1.0 when none was given; only another weight says something.
  private static boolean isOne(String weight) {
    try {
      return Double.parseDouble(weight) == 1.0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * A date as GEXF and GraphML tools write them: {@code 2026-02-08}, a date-time ({@code
   * 2026-02-08T10:00:00}, of which the day is kept), or the shorter {@code 2026-02} and {@code
   * 2026}.
   */
  private static Optional<PartialDate> date(
      FileGraph.Value value, String t, String of, SourceText text, List<Problem> problems) {
    String day =
        t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ') ? t.substring(0, 10) : t;
    try {
      return Optional.of(PartialDate.parse(day));
    } catch (IllegalArgumentException e) {
      problems.add(
          text.showing(
              Problem.error(
                  text.find(value.line(), value.needle()),
                  "bad "
                      + value.title()
                      + " '"
                      + t
                      + "' of '"
                      + of
                      + "': expected a date like 2026-02-08 (or 2026-02, or 2026)",
                  "write the date as YYYY-MM-DD, YYYY-MM or YYYY")));
      return Optional.empty();
    }
  }
}
