package networth.imports.sheets;

import java.util.Arrays;
import java.util.List;

/** The text conventions Kumu and Gephi share. */
final class Values {

  private Values() {}

  /**
   * The values of a cell that holds several, Kumu's way: {@code friends | work}. Blank parts are
   * left out; a cell without a bar is one value.
   */
  static List<String> several(String cell) {
    if (cell.indexOf('|') < 0) {
      return cell.isBlank() ? List.of() : List.of(cell.strip());
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Several values as one attribute's text, the way every import joins them ({@code a, b}). */
  static String joined(List<String> values) {
    return String.join(", ", values);
  }
}
