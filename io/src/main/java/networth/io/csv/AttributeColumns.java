package networth.io.csv;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column a free attribute is written under, and the attribute a column is read back as, so that
 * every attribute of a map survives its sheets (docs/spreadsheets.md, "Attributes named like a
 * column").
 *
 * <p>An attribute is written under its own key, unless that key names one of the columns networth
 * writes for the sheet ({@code type} on a node, {@code note} on a link, in any case, with any
 * spaces or underscores) or ends with the mark itself: then it is written as the key followed by
 * {@value #MARK}, and reading takes one mark off. Without the mark, such an attribute would be a
 * second {@code Type} column, which cannot be told from the first. A key that ends with the mark is
 * marked once more, so that the rule reads back any key exactly; and a sheet someone wrote with a
 * {@code Type (attribute)} column gives its nodes a {@code Type} attribute.
 */
final class AttributeColumns {

  /** What follows the key of an attribute named like a column. */
  static final String MARK = " (attribute)";

  /** The columns of the connections sheet that networth writes and reads as fields. */
  static final List<String> CONNECTION_COLUMNS =
      List.of("From", "To", "Type", "Note", "Date", "Until", "Affiliation");

  private static final Set<String> ELEMENTS = keys(CsvMapReader.ELEMENT_COLUMNS);
  private static final Set<String> CONNECTIONS = keys(CONNECTION_COLUMNS);

  private AttributeColumns() {}

  /** The header of the column that holds a node's attribute of this key. */
  static String ofElement(String key) {
    return column(key, ELEMENTS);
  }

  /** The header of the column that holds a link's attribute of this key. */
  static String ofConnection(String key) {
    return column(key, CONNECTIONS);
  }

  /** The key of the attribute a free column holds: its header, one mark taken off. */
  static String key(String header) {
    return header.endsWith(MARK) ? header.substring(0, header.length() - MARK.length()) : header;
  }

  private static String column(String key, Set<String> columns) {
    return columns.contains(Columns.key(key)) || key.endsWith(MARK) ? key + MARK : key;
  }

  private static Set<String> keys(List<String> names) {
    return names.stream().map(Columns::key).collect(Collectors.toUnmodifiableSet());
  }
}
