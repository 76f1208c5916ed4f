package networth.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                      new String[] {"Type", "Label"})),
          true);

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
          Optional<ConnectionColumns> found = ConnectionColumns.of(columns);
          if (found.isEmpty()) {
            problems.add(
                Problem.error(
                    new SourcePosition(sheet.name(), 1, 1),
                    "the connections sheet needs From and To columns",
                    "name them From and To (or Source and Target, as Gephi does)"));
            return Optional.empty();
          }
          return Optional.of(new Rows(sheet.name(), columns, found.get()));
        },
        AttributeColumns.CONNECTION_COLUMNS,
        problems,
        progress,
        partBytes);
  }

  /** The rows of a sheet with these columns. */
  private final class Rows implements SheetRows.Rows {
    private final String sheet;
    private final Columns columns;
    private final ConnectionColumns at;
    private final Optional<Integer> from;
    private final Optional<Integer> to;

    Rows(String sheet, Columns columns, ConnectionColumns at) {
      this.sheet = sheet;
      this.columns = columns;
      this.at = at;
      this.from = Optional.of(at.from());
      this.to = Optional.of(at.to());
    }

    @Override
    public void plain(PartRows.Plain row) {
      // Read ahead the way accept() reads it: two declared ends, a kind, a date, nothing else.
      builder.link(row.from, row.to, row.kind, row.date, "", Map.of());
      locations.link(sheet, row.line, at.from() + 1);
    }

    @Override
    public void accept(SheetRow row) {
      String aText = columns.get(row.record(), from);
      String bText = columns.get(row.record(), to);
      // A key is the number of an end an element declares (IdStrings).
      int aKey = row.record().idKey(at.from());
      int bKey = row.record().idKey(at.to());
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
      String kind = columns.get(row.record(), at.kind());
      if (kind.equalsIgnoreCase("directed") || kind.equalsIgnoreCase("undirected")) {
        kind = "";
      }
      Optional<Optional<PartialDate>> date = date(row, columns, at.date());
      if (date.isEmpty()) {
        return;
      }
      String role = columns.get(row.record(), at.affiliation());
      if (!role.isEmpty()) {
        Optional<Optional<PartialDate>> until = date(row, columns, at.until());
        if (until.isPresent()
            && affiliation(
                row,
                at.affiliation().get(),
                new Affiliation(
                    a,
                    b,
                    Affiliation.Role.WORKS_AT,
                    date.get(),
                    until.get(),
                    columns.get(row.record(), at.note())),
                role)) {
          // Where a name no element declares is first met, as for a link's ends.
          if (aId.isEmpty()) {
            locations.referred(a, row.at(at.from()));
          }
          if (bId.isEmpty()) {
            locations.referred(b, row.at(at.to()));
          }
        }
        return;
      }
      int aNumber = aKey >= 0 ? aKey : number(a);
      int bNumber = bKey >= 0 ? bKey : number(b);
      builder.link(
          aNumber,
          bNumber,
          kind,
          date.get(),
          columns.get(row.record(), at.note()),
          attributes(row, columns, at.free()));
      locations.link(row.at(at.from()));
      // Only an end's first use is kept (a later one changes nothing).
      if (aId.isEmpty()) {
        locations.referred(a, row.at(at.from()));
      }
      if (bId.isEmpty()) {
        locations.referred(b, row.at(at.to()));
      }
    }
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
   * field but the role, which is checked here; false when it is wrong (reported).
   */
  private boolean affiliation(SheetRow row, int column, Affiliation read, String word) {
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
      return false;
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
    return true;
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
