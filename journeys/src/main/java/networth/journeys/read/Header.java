package networth.journeys.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** A file's header row: where each named column is, and the message when one is missing. */
final class Header {
  private final String source;
  private final List<String> names;

  Header(String source, CSVRecord record) {
    this.source = source;
    List<String> n = new ArrayList<>(record.size());
    for (String cell : record) {
      n.add(cell.strip());
    }
    // A byte-order mark, as spreadsheets save UTF-8, is not part of the first column's name.
    if (!n.isEmpty() && n.get(0).startsWith("\uFEFF")) {
      n.set(0, n.get(0).substring(1).strip());
    }
    this.names = List.copyOf(n);
  }

  /** The index of a column that must be there. */
  int required(String name, String option) {
    return optional(name)
        .orElseThrow(
            () ->
                new JourneyInputException(
                    source
                        + ":1: no column "
                        + name
                        + " in the header (it has "
                        + String.join(", ", names)
                        + "): name the column to use with "
                        + option));
  }

  /**
   * The index of an optional column: the one {@code named} (which must be there), else the one
   * called {@code byDefault} when the file has it, else -1.
   */
  int column(Optional<String> named, String byDefault, String option) {
    if (named.isPresent()) {
      return required(named.get(), option);
    }
    return optional(byDefault).orElse(-1);
  }

  /** The index of a column that may be missing. */
  Optional<Integer> optional(String name) {
    int i = names.indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(i);
  }

  String name(int index) {
    return names.get(index);
  }

  int size() {
    return names.size();
  }
}
