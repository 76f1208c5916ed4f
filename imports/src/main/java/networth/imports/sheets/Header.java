package networth.imports.sheets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A sheet's header: finds a column by any of its names, ignoring case, spaces and underscores (Kumu
 * writes "Element Type", a hand-made sheet "element_type"), and lists the columns no name claimed,
 * which become attributes under their own names.
 */
final class Header {

  private final List<String> names;
  private final List<String> keys;
  private final Set<Integer> claimed = new HashSet<>();

  Header(List<String> names) {
    this.names = List.copyOf(names);
    this.keys = names.stream().map(Header::key).toList();
  }

  static String key(String name) {
    return name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The first column named one of these (in the order of the names), claiming it. */
  Optional<Integer> find(String... wanted) {
    for (String w : wanted) {
      int i = keys.indexOf(key(w));
      if (i >= 0) {
        claimed.add(i);
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Whether a column has one of these names (claiming none). */
  boolean has(String... wanted) {
    for (String w : wanted) {
      if (keys.contains(key(w))) {
        return true;
      }
    }
    return false;
  }

  /** The cell of a column found by {@link #find}, or "" when there is no such column. */
  static String cell(Row row, Optional<Integer> column) {
    return column.map(row::cell).orElse("");
  }

  String name(int column) {
    return names.get(column).strip();
  }

  /** The columns no {@link #find} claimed and that have a name, in order: the attributes. */
  List<Integer> unclaimed() {
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!claimed.contains(i) && !names.get(i).isBlank()) {
        rest.add(i);
      }
    }
    return rest;
  }

  List<String> names() {
    return names;
  }
}
