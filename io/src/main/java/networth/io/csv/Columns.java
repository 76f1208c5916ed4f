package networth.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  static String key(String name) {
    return name.strip().replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The index of the first column with one of these names. */
  Optional<Integer> find(String... names) {
    return lookUp(List.of(names));
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
  String get(CsvRecord r, Optional<Integer> column) {
    // The lexer has stripped unquoted cells and kept quoted ones whole (CellText).
    return column.isEmpty() ? "" : r.get(column.get());
  }

  /** How many columns the header has. */
  int size() {
    return header.size();
  }

  /**
   * Reports a column named twice, when which of the two a sheet means cannot be told: a column the
   * sheet reads as a field ({@code fields}, found ignoring case, spaces and underscores), or two
   * columns of exactly the same name. Other columns hold attributes under their exact names, so
   * {@code weight} and {@code Weight} are two attributes. Blank names may repeat (spreadsheets
   * leave them); false when one is named twice.
   */
  boolean checkNames(SheetRow row, List<String> fields) {
    java.util.Set<String> read = new java.util.HashSet<>();
    fields.forEach(f -> read.add(key(f)));
    Map<String, Integer> first = new java.util.HashMap<>();
    Map<String, Integer> exact = new java.util.HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      if (name.isBlank()) {
        continue;
      }
      Integer before = read.contains(key(name)) ? first.putIfAbsent(key(name), i) : null;
      if (before == null) {
        before = exact.putIfAbsent(name, i);
      }
      if (before != null) {
        return row.error(
            i,
            "the column '"
                + name
                + "' is named twice: column "
                + SheetRow.letters(before)
                + " is '"
                + header.get(before)
                + "'",
            "give each column its own name, or delete one of them");
      }
    }
    return true;
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
