package networth.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import networth.io.FieldValues;
import networth.io.InOrder;
import networth.io.LinkIds;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.LaterDeal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Writes a map as the elements and connections sheets that Kumu and Gephi import. The columns Kumu
 * knows come first and always; networth's own columns (Currency, Next, Cost…) only when the map
 * uses them; then one column per free attribute. Each cell is written as {@link CellText} says, so
 * that a spreadsheet runs no formula from it and networth reads back exactly what was written.
 */
public final class CsvMapWriter {

  private CsvMapWriter() {}

  /** The two sheets' contents. */
  public record Sheets(String elements, String connections) {}

  public static Sheets write(NetworkMap map) {
    StringBuilder elements = new StringBuilder();
    StringBuilder connections = new StringBuilder(64 + map.links().size() * 40);
    try {
      elements(map, elements);
      connections(map, connections);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder throws none
    }
    return new Sheets(elements.toString(), connections.toString());
  }

  private record Column(String name, Function<Node, String> value, boolean always) {}

  /** The elements sheet, written to {@code out} a row at a time. */
  public static void elements(NetworkMap map, Appendable out) throws IOException {
    // A further deal is a row of its own: the node's id and label, the outcome's kind, the deal's
    // fields, and its number in the Deal column (see docs/spreadsheets.md).
    Map<Node, Integer> dealNumber = new IdentityHashMap<>();
    List<Node> rows = new ArrayList<>();
    for (Node n : map.nodes()) {
      rows.add(n);
      int k = 2;
      for (LaterDeal d : n.laterDeals()) {
        Node row =
            new Node(
                n.id(),
                n.label(),
                d.outcome().kind(),
                d.date(),
                Optional.empty(),
                "",
                d.terms(),
                Cost.NONE,
                Map.of());
        dealNumber.put(row, k++);
        rows.add(row);
      }
    }
    List<Column> all =
        new ArrayList<>(
            List.of(
                new Column("ID", Node::id, true),
                new Column("Label", Node::label, true),
                new Column("Type", n -> n.kind().keyword(), true),
                new Column(
                    "Tags",
                    n -> dealNumber.containsKey(n) ? "" : String.join("|", map.groupsOf(n.id())),
                    true),
                new Column("Value", n -> amount(n.deal().value(), currency(n)), true),
                new Column("Currency", CsvMapWriter::currency, false),
                new Column(
                    "Probability",
                    n ->
                        n.deal().probability().isPresent()
                            ? FieldValues.number(n.deal().probability().getAsDouble())
                            : "",
                    true),
                new Column("Stage", n -> n.deal().stage(), true),
                new Column("Date", n -> n.date().map(Object::toString).orElse(""), true),
                new Column("Description", Node::note, true),
                new Column(
                    "Next", n -> n.deal().next().map(s -> s.description()).orElse(""), false),
                new Column(
                    "Next Date",
                    n -> n.deal().next().flatMap(s -> s.date()).map(Object::toString).orElse(""),
                    false),
                new Column(
                    "Cost",
                    n ->
                        n.cost().money().isPresent()
                            ? amount(n.cost().money(), currency(n))
                                + FieldValues.every(n.cost().moneyEvery())
                            : "",
                    false),
                new Column(
                    "Hours",
                    n ->
                        n.cost().hours().isPresent()
                            ? FieldValues.number(n.cost().hours().getAsDouble())
                                + FieldValues.every(n.cost().hoursEvery())
                            : "",
                    false),
                new Column("Rate", n -> amount(n.cost().rate(), currency(n)), false),
                new Column("Until", n -> n.until().map(Object::toString).orElse(""), false),
                new Column(
                    "Deal",
                    n -> dealNumber.containsKey(n) ? Integer.toString(dealNumber.get(n)) : "",
                    false)));
    Set<String> attributes = new LinkedHashSet<>();
    map.nodes().forEach(n -> attributes.addAll(n.attributes().keySet()));
    for (String a : attributes) {
      all.add(
          new Column(AttributeColumns.ofElement(a), n -> n.attributes().getOrDefault(a, ""), true));
    }
    List<Column> used =
        all.stream()
            .filter(c -> c.always() || rows.stream().anyMatch(n -> !c.value().apply(n).isEmpty()))
            .toList();
    print(
        out,
        used.stream().map(Column::name).toList(),
        rows,
        used.stream().map(Column::value).toList());
  }

  /** The row's currency: that of every amount of the row that names none (RowCurrency). */
  private static String currency(Node n) {
    return RowCurrency.of(n);
  }

  /** A plain number, with its currency only when it differs from the row's. */
  private static String amount(Optional<Money> m, String rowCurrency) {
    return m.map(
            v -> {
              String number = plain(v.amount());
              return v.currency().equals(rowCurrency) || v.currency().isEmpty()
                  ? number
                  : number + " " + v.currency();
            })
        .orElse("");
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /**
   * One row a link, then one row an affiliation, marked by its Affiliation cell (the role) and with
   * the role as its Type too, so that Kumu and Gephi import it as a connection of that type. The
   * Until and Affiliation columns are there only when the map has affiliations; then one column per
   * attribute key that any link has. Written to {@code out} a row at a time.
   */
  public static void connections(NetworkMap map, Appendable out) throws IOException {
    boolean affiliations = !map.affiliations().isEmpty();
    Set<String> attributes = new LinkedHashSet<>();
    int links = map.links().size();
    for (int e = 0; e < links; e++) {
      attributes.addAll(map.linkAttributes(e).keySet());
    }
    List<String> header = new ArrayList<>(List.of("From", "To", "Type", "Note", "Date"));
    if (affiliations) {
      header.addAll(List.of("Until", "Affiliation"));
    }
    attributes.forEach(a -> header.add(AttributeColumns.ofConnection(a)));
    // Each link's cells are asked of the map's columns by its number: no link is made.
    List<networth.model.Node> nodes = map.nodes();
    List<Function<Integer, String>> linkCells =
        new ArrayList<>(
            List.of(
                e -> nodes.get(map.fromIndex(e)).id(),
                e -> nodes.get(map.toIndex(e)).id(),
                map::linkKind,
                map::linkNote,
                e -> map.linkDate(e).map(Object::toString).orElse("")));
    if (affiliations) {
      linkCells.addAll(List.of(e -> "", e -> ""));
    }
    attributes.forEach(a -> linkCells.add(e -> map.linkAttributes(e).getOrDefault(a, "")));
    header(out, header);
    // A large map's rows are made on threads (InOrder), each batch of 512 with its ends' ids
    // fetched first (LinkIds).
    InOrder.write(
        links,
        (e, line) -> {
          if (e % LinkIds.BATCH == 0) {
            LinkIds.fetch(map, e, Math.min(links, e + LinkIds.BATCH));
          }
          row(line, e, linkCells);
        },
        out);
    List<Function<Affiliation, String>> affiliationCells =
        new ArrayList<>(
            List.of(
                Affiliation::person,
                Affiliation::organisation,
                a -> a.role().phrase(),
                Affiliation::note,
                a -> a.since().map(Object::toString).orElse(""),
                a -> a.until().map(Object::toString).orElse(""),
                a -> a.role().phrase()));
    attributes.forEach(k -> affiliationCells.add(a -> ""));
    rows(out, map.affiliations(), affiliationCells);
  }

  private static <T> void print(
      Appendable out, List<String> header, List<T> rows, List<Function<T, String>> cells)
      throws IOException {
    header(out, header);
    rows(out, rows, cells);
  }

  private static void header(Appendable out, List<String> header) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      CellText.append(line, header.get(i));
    }
    out.append(line.append('\n'));
  }

  /** Each row is made in one builder, used again for the next, and handed on whole. */
  private static <T> void rows(Appendable out, List<T> rows, List<Function<T, String>> cells)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (T row : rows) {
      line.setLength(0);
      row(line, row, cells);
      out.append(line);
    }
  }

  /** A row's cells, and its line end, appended to {@code line}. */
  private static <T> void row(StringBuilder line, T row, List<Function<T, String>> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      CellText.append(line, cells.get(i).apply(row));
    }
    line.append('\n');
  }
}
