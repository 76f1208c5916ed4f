package networth.io.csv;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of a connections sheet's header gives which field of a link: From and To (or Gephi's
 * Source and Target), the kind (Type, or Label in a Gephi sheet), Note, Date, and the Until and
 * Affiliation of a row that says who belongs where; every other named column holds attributes.
 * Found once from the header, for the reader of rows and for the threads that read plain rows ahead
 * of it ({@link PlainConnection}).
 *
 * @param free the columns whose cells become a link's attributes
 */
record ConnectionColumns(
    int from,
    int to,
    Optional<Integer> kind,
    Optional<Integer> note,
    Optional<Integer> date,
    Optional<Integer> until,
    Optional<Integer> affiliation,
    List<Integer> free) {

  /** The columns of a header; empty when it has no From or no To column. */
  static Optional<ConnectionColumns> of(Columns columns) {
    Optional<Integer> from = columns.find("From", "Source");
    Optional<Integer> to = columns.find("To", "Target");
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    // Gephi's own names, when the sheet does not use networth's and Kumu's.
    boolean gephi = !columns.has("From") && columns.has("Source");
    Optional<Integer> kind = gephi ? columns.find("Label", "Type") : columns.find("Type", "Label");
    Optional<Integer> note = columns.find("Note", "Description");
    Optional<Integer> date = columns.find("Date");
    Optional<Integer> until = columns.find("Until");
    Optional<Integer> affiliation = columns.find("Affiliation");
    List<Integer> free =
        free(columns, gephi, List.of(from, to, kind, note, date, until, affiliation));
    return Optional.of(
        new ConnectionColumns(from.get(), to.get(), kind, note, date, until, affiliation, free));
  }

  /**
   * The columns that give no field of a link, whose cells become its attributes: every column but
   * those read, and Gephi's edge ids and directions. A column a sheet does not read for a field (a
   * Source column beside From, a Description beside Note) is an attribute like any other, so that
   * an attribute named {@code source} survives being written to a sheet and read back.
   */
  private static List<Integer> free(
      Columns columns, boolean gephi, List<Optional<Integer>> fields) {
    Set<Integer> read = new HashSet<>();
    fields.forEach(f -> f.ifPresent(read::add));
    if (gephi) {
      // Gephi's edge ids, and its Type (Directed, Undirected) beside a Label that gives the kind.
      columns.find("Id").ifPresent(read::add);
      columns.find("Type").ifPresent(read::add);
    }
    return columns.others(List.of()).stream().filter(i -> !read.contains(i)).toList();
  }
}
