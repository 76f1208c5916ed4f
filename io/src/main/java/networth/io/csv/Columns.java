package networth.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The header of a spreadsheet: finds columns by any of their names, ignoring case and spaces, and
 * says which columns are not known (they become free attributes).
 */
final class Columns {

  private final Map<String, Integer> byName = new LinkedHashMap<>();
  private final List<String> header;

  Columns(List<String> header) {
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      byName.putIfAbsent(key(header.get(i)), i);
    }
  }

  private static String key(String name) {
    return name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private final Map<List<String>, Optional<Integer>> found = new java.util.IdentityHashMap<>();

  /** The index of the first column with one of these names (for the header, once). */
  Optional<Integer> find(String... names) {
    return lookUp(List.of(names));
  }

  /** The same, looked up once per list: call it with a list made once, it is the cache's key. */
  Optional<Integer> find(List<String> names) {
    Optional<Integer> known = found.get(names);
    if (known == null) {
      known = lookUp(names);
      found.put(names, known);
    }
    return known;
  }

  private Optional<Integer> lookUp(List<String> names) {
    for (String n : names) {
      Integer i = byName.get(key(n));
      if (i != null) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  boolean has(String... names) {
    return find(names).isPresent();
  }

  /**
   * The value of a column in a record, stripped, or empty when the column or the value is absent.
   */
  String get(CSVRecord r, Optional<Integer> column) {
    if (column.isEmpty() || column.get() >= r.size()) {
      return "";
    }
    String value = r.get(column.get()).strip();
    // Empty cells are the one shared empty string, not millions of empty strings kept by the map.
    return value.isEmpty() ? "" : value;
  }

  String name(int column) {
    return header.get(column);
  }

  /** The columns whose names are none of the given ones, in order. */
  List<Integer> others(List<String> known) {
    List<String> keys = known.stream().map(Columns::key).toList();
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!keys.contains(key(header.get(i))) && !header.get(i).isBlank()) {
        rest.add(i);
      }
    }
    return rest;
  }
}
