package networth.imports.linkedin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A header row found in a sheet: which column holds which field. Names are matched without regard
 * to case or surrounding spaces, so {@code Email address} is {@code Email Address}.
 *
 * @param sheet which export file it makes this one
 * @param line the physical line it is on
 * @param width how many columns it names
 * @param index each column's name, lower case, to its place from 0
 */
record Header(ExportSheet sheet, int line, int width, Map<String, Integer> index) {

  Header {
    index = Map.copyOf(index);
  }

  /** The header a record is for this sheet, if it names all the sheet's required columns. */
  static Optional<Header> of(ExportSheet sheet, CsvRecords.Row row) {
    Map<String, Integer> index = columns(row);
    for (String name : sheet.required()) {
      if (!index.containsKey(key(name))) {
        return Optional.empty();
      }
    }
    return Optional.of(new Header(sheet, row.line(), row.fields().size(), spelled(sheet, index)));
  }

  /** The required columns of a sheet a record lacks, in the sheet's order. */
  static List<String> missing(ExportSheet sheet, CsvRecords.Row row) {
    Map<String, Integer> index = columns(row);
    return sheet.required().stream().filter(n -> !index.containsKey(key(n))).toList();
  }

  private static Map<String, Integer> columns(CsvRecords.Row row) {
    Map<String, Integer> index = new HashMap<>();
    List<CsvRecords.Field> fields = row.fields();
    for (int i = 0; i < fields.size(); i++) {
      index.putIfAbsent(key(fields.get(i).value()), i);
    }
    return index;
  }

  /** The index, with each column's name also as LinkedIn spells it when the file has it. */
  private static Map<String, Integer> spelled(ExportSheet sheet, Map<String, Integer> index) {
    Map<String, Integer> both = new HashMap<>(index);
    for (String name : sheet.columns()) {
      Integer at = index.get(key(name));
      if (at != null) {
        both.putIfAbsent(name, at);
      }
    }
    return both;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  /** Where a column is, from 0, or -1 when the file has no such column. */
  int column(String name) {
    // Called for every cell read: the names as the readers spell them are looked up first, without
    // making a lower-case copy.
    Integer at = index.get(name);
    return at != null ? at : index.getOrDefault(key(name), -1);
  }
}
