package networth.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.Locations;
import networth.io.Progress;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.PartialDate;
import networth.text.NearestNames;

/**
 * Reads the connections sheet: one row a link between two declared elements (named by id, or by
 * label as Kumu does), or, with a role in its Affiliation cell, who belongs where. Columns it does
 * not know become attributes of the row's link.
 */
final class ConnectionSheet {
  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final Problems problems;
  private final Progress progress;
  private Map<String, String> idByLabel;

  /**
   * The ends of a link, looked up by the threads that lex the sheet, in parts side by side; and the
   * columns whose values repeat.
   */
  static final IdStrings.Columns ID_COLUMNS =
      new IdStrings.Columns(
          true,
          header ->
              IdStrings.columns(
                  header, List.of(new String[] {"From", "Source"}, new String[] {"To", "Target"})),
          header ->
              IdStrings.columns(
                  header,
                  List.of(
                      new String[] {"Date"},
                      new String[] {"Until"},
                      new String[] {"Type", "Label"})));

  // Nothing is numbered in the builder while the sheet is read, so that the threads lexing it may
  // look ids up in the builder's table (IdStrings): the ends no element declares are numbered here,
  // in the order they are first met, as the builder would number them, and given to the builder in
  // that order once the sheet is read; the affiliations, which number their names, wait with them.
  private final Map<String, Integer> undeclared = new LinkedHashMap<>();
  private final List<Affiliation> affiliations = new ArrayList<>();
  private int firstUndeclared;

  /** Dates repeat: one parsed date per text. */
  private final Map<String, Optional<PartialDate>> dates = new HashMap<>();

  ConnectionSheet(
      NetworkMap.Builder builder, Locations locations, Problems problems, Progress progress) {
    this.builder = builder;
    this.locations = locations;
    this.problems = problems;
    this.progress = progress;
  }

  /** Reads the sheet's rows into the builder. */
  void read(CsvMapReader.Sheet sheet, IdStrings ids, int partBytes) {
    firstUndeclared = builder.numbered();
    rows(sheet, ids, partBytes);
    for (Map.Entry<String, Integer> end : undeclared.entrySet()) {
      if (builder.number(end.getKey()) != end.getValue()) {
        throw new IllegalStateException("'" + end.getKey() + "' was numbered out of turn");
      }
    }
    affiliations.forEach(builder::affiliation);
  }

  private void rows(CsvMapReader.Sheet sheet, IdStrings ids, int partBytes) {
    SheetRows.read(
        sheet,
        ids,
        ID_COLUMNS,
        columns -> {
          Optional<Integer> from = columns.find("From", "Source");
          Optional<Integer> to = columns.find("To", "Target");
          if (from.isEmpty() || to.isEmpty()) {
            problems.add(
                Problem.error(
                    new SourcePosition(sheet.name(), 1, 1),
                    "the connections sheet needs From and To columns",
                    "name them From and To (or Source and Target, as Gephi does)"));
            return Optional.empty();
          }
          // Gephi's own names, when the sheet does not use networth's and Kumu's.
          boolean gephi = !columns.has("From") && columns.has("Source");
          Optional<Integer> kindColumn =
              gephi ? columns.find("Label", "Type") : columns.find("Type", "Label");
          Optional<Integer> noteColumn = columns.find("Note", "Description");
          Optional<Integer> dateColumn = columns.find("Date");
          Optional<Integer> untilColumn = columns.find("Until");
          Optional<Integer> affiliationColumn = columns.find("Affiliation");
          List<Integer> free =
              free(
                  columns,
                  gephi,
                  List.of(
                      from,
                      to,
                      kindColumn,
                      noteColumn,
                      dateColumn,
                      untilColumn,
                      affiliationColumn));
          return Optional.of(
              row -> {
                String aText = columns.get(row.record(), from);
                String bText = columns.get(row.record(), to);
                // A key is the number of an end an element declares (IdStrings).
                int aKey = row.record().idKey(from.get());
                int bKey = row.record().idKey(to.get());
                Optional<String> aId = aKey >= 0 ? Optional.of(aText) : declaredId(aText);
                Optional<String> bId = bKey >= 0 ? Optional.of(bText) : declaredId(bText);
                String a = aId.orElse(aText);
                String b = bId.orElse(bText);
                // A quoted cell of blanks names no node either (no node has a blank id).
                if (a.isBlank() || b.isBlank()) {
                  row.error(
                      (a.isBlank() ? from : to).get(),
                      "this connection has no " + columns.name((a.isEmpty() ? from : to).get()),
                      "give both ends of every connection, or delete the row");
                  return;
                }
                String kind = columns.get(row.record(), kindColumn);
                if (kind.equalsIgnoreCase("directed") || kind.equalsIgnoreCase("undirected")) {
                  kind = "";
                }
                Optional<Optional<PartialDate>> date = date(row, columns, dateColumn);
                if (date.isEmpty()) {
                  return;
                }
                String role = columns.get(row.record(), affiliationColumn);
                if (!role.isEmpty()) {
                  date(row, columns, untilColumn)
                      .ifPresent(
                          until ->
                              affiliation(
                                  row,
                                  affiliationColumn.get(),
                                  new Affiliation(
                                      a,
                                      b,
                                      Affiliation.Role.WORKS_AT,
                                      date.get(),
                                      until,
                                      columns.get(row.record(), noteColumn)),
                                  role));
                  return;
                }
                int aNumber = aKey >= 0 ? aKey : number(a);
                int bNumber = bKey >= 0 ? bKey : number(b);
                builder.link(
                    aNumber,
                    bNumber,
                    kind,
                    date.get(),
                    columns.get(row.record(), noteColumn),
                    attributes(row, columns, free));
                locations.link(row.at(from.get()));
                // Only an end's first use is kept (a later one changes nothing).
                if (aId.isEmpty()) {
                  locations.referred(a, row.at(from.get()));
                }
                if (bId.isEmpty()) {
                  locations.referred(b, row.at(to.get()));
                }
              });
        },
        AttributeColumns.CONNECTION_COLUMNS,
        problems,
        progress,
        partBytes);
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

  /**
   * The row's cells in the columns networth does not know, by column name (as {@link
   * AttributeColumns} reads it), as the elements sheet keeps them for nodes; empty cells say
   * nothing.
   */
  private static Map<String, String> attributes(SheetRow row, Columns columns, List<Integer> free) {
    if (free.isEmpty()) {
      return Map.of(); // most sheets: no map a row
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int col : free) {
      String v = row.record().size() > col ? row.record().get(col) : "";
      if (!v.isEmpty()) {
        attributes.put(AttributeColumns.key(columns.name(col)), v);
      }
    }
    return attributes;
  }

  /** A date cell: empty inside when the cell is, empty outside when it is wrong (reported). */
  private Optional<Optional<PartialDate>> date(
      SheetRow row, Columns columns, Optional<Integer> col) {
    String text = columns.get(row.record(), col);
    if (text.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(dates.computeIfAbsent(text, t -> Optional.of(PartialDate.parse(t))));
    } catch (IllegalArgumentException e) {
      row.error(
          col.get(),
          "bad " + columns.name(col.get()).strip() + ": " + e.getMessage(),
          "write YYYY, YYYY-MM or YYYY-MM-DD");
      return Optional.empty();
    }
  }

  /**
   * A row whose Affiliation cell names a role: "From works at To", no link. {@code read} has every
   * field but the role, which is checked here.
   */
  private void affiliation(SheetRow row, int column, Affiliation read, String word) {
    Optional<Affiliation.Role> role =
        Affiliation.Role.fromPhrase(word).or(() -> Affiliation.Role.fromName(word));
    if (role.isEmpty()) {
      String near = NearestNames.didYouMean(word, Affiliation.Role.phrases());
      row.error(
          column,
          "unknown affiliation '" + word + "'",
          (near.isEmpty() ? "" : near + " ")
              + "write one of "
              + String.join(", ", Affiliation.Role.phrases())
              + ", or leave the cell empty for a link");
      return;
    }
    number(read.person());
    number(read.organisation());
    affiliations.add(
        new Affiliation(
            read.person(),
            read.organisation(),
            role.get(),
            read.since(),
            read.until(),
            read.note()));
    locations.affiliation(row.at(column));
  }

  /**
   * The number {@code id} has or will have in the builder: an element's, or, for a name no element
   * declares, the next one in the order such names are first met (see {@link #undeclared}).
   */
  private int number(String id) {
    int n = builder.find(id);
    if (n >= 0) {
      return n;
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException("a node id cannot be blank");
    }
    return undeclared.computeIfAbsent(id, k -> firstUndeclared + undeclared.size());
  }

  /**
   * The declared id a name refers to: an id, or the label of exactly one element (Kumu links by
   * label); empty for a name nobody declared. The id comes back as the very string the node holds,
   * so that millions of links share their ids' strings.
   */
  private Optional<String> declaredId(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> declared = builder.declared(text);
    if (declared.isPresent()) {
      return Optional.of(declared.get().id());
    }
    if (idByLabel == null) {
      // Built on the first name that is not an id: most sheets never need it.
      idByLabel = new HashMap<>();
      builder.declaredNodes().forEach(n -> idByLabel.merge(n.label(), n.id(), (x, y) -> ""));
    }
    String byLabel = idByLabel.getOrDefault(text, "");
    return byLabel.isEmpty() ? Optional.empty() : Optional.of(byLabel);
  }
}
