package networth.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.FieldValues;
import networth.io.FieldValues.Recurring;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.NodeFields;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.Link;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.text.NearestNames;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the spreadsheet pair that Kumu and Gephi use: an elements sheet (one row a node) and a
 * connections sheet (one row a link); columns are described in {@code docs/spreadsheets.md}. Each
 * problem names the file, the row's line and the column.
 */
public final class CsvMapReader {

  static final List<String> ELEMENT_COLUMNS =
      List.of(
          "ID",
          "Label",
          "Type",
          "Tags",
          "Value",
          "Currency",
          "Probability",
          "Stage",
          "Date",
          "Description",
          "Next",
          "Next Date",
          "Cost",
          "Hours",
          "Rate",
          "Until",
          "Deal");
  static final List<String> CONNECTION_COLUMNS =
      List.of(
          "From",
          "To",
          "Source",
          "Target",
          "Type",
          "Label",
          "Note",
          "Description",
          "Date",
          "Id",
          "Weight",
          "Until",
          "Affiliation");

  // Column names looked up on every row: constant lists, which the column cache knows by identity.
  private static final List<String> VALUE = List.of("Value");
  private static final List<String> PROBABILITY = List.of("Probability");
  private static final List<String> STAGE = List.of("Stage");
  private static final List<String> NEXT = List.of("Next");
  private static final List<String> NEXT_DATE = List.of("Next Date");
  private static final List<String> COST = List.of("Cost");
  private static final List<String> HOURS = List.of("Hours");
  private static final List<String> RATE = List.of("Rate");
  private static final List<String> DATE = List.of("Date");
  private static final List<String> UNTIL = List.of("Until");
  private static final List<String> CURRENCY = List.of("Currency");
  private static final List<String> TYPE = List.of("Type");
  private static final List<String> TAGS = List.of("Tags");
  private static final List<String> NOTE = List.of("Description", "Note");
  private static final List<String> DEAL = List.of("Deal");

  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();
  private final Locations locations = new Locations();
  private final Map<String, List<String>> tags = new LinkedHashMap<>();

  /**
   * How many rows of further deals each opportunity has had so far, read or not: a deal row with a
   * mistake still takes its number, so the rows after it are not also "expected deal N".
   */
  private final Map<String, Integer> dealRows = new HashMap<>();

  private Map<String, String> idByLabel;
  private Progress progress = Progress.NONE;

  /** Dates repeat: one parsed date per text. */
  private final Map<String, Optional<PartialDate>> dates = new HashMap<>();

  private CsvMapReader() {}

  /** A named text: a file's name as the user gave it, and its content. */
  /**
   * A sheet to read: its name as the user gave it, and how to open it. Sheets are read as a stream,
   * row by row, so a sheet of millions of rows is never held whole.
   */
  public record Sheet(String name, Opener opener) {

    /** Opens a sheet's text. */
    public interface Opener {
      Reader open() throws IOException;
    }

    public static Sheet of(String name, String text) {
      return new Sheet(name, () -> new StringReader(text));
    }

    public static Sheet file(Path path) {
      return new Sheet(
          path.toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
    }

    /** Its first line, to tell which sheet it is. */
    String header() throws IOException {
      try (BufferedReader r = new BufferedReader(opener.open())) {
        String line = r.readLine();
        return line == null ? "" : line;
      }
    }
  }

  /** Whether a sheet's header makes it a connections sheet (From/To or Source/Target). */
  public static boolean isConnections(Sheet sheet) throws IOException {
    String first = sheet.header().toLowerCase(java.util.Locale.ROOT);
    return (first.contains("from") && first.contains("to"))
        || (first.contains("source") && first.contains("target"));
  }

  /** Reads a map from an elements sheet, a connections sheet, or both. */
  public static ReadResult read(Optional<Sheet> elements, Optional<Sheet> connections) {
    return read(elements, connections, Progress.NONE);
  }

  /** The same, telling {@code progress} how far it has come. */
  public static ReadResult read(
      Optional<Sheet> elements, Optional<Sheet> connections, Progress progress) {
    CsvMapReader r = new CsvMapReader();
    r.progress = progress;
    elements.ifPresent(r::elements);
    connections.ifPresent(r::connections);
    r.tags.forEach((name, members) -> r.builder.group(new Group(name, members)));
    return new ReadResult(r.builder.build(), r.problems.list(), r.locations, Layout.NONE);
  }

  private void elements(Sheet sheet) {
    rows(
        sheet,
        columns -> {
          Optional<Integer> id = columns.find("ID", "Id");
          Optional<Integer> label = columns.find("Label", "Name");
          if (id.isEmpty() && label.isEmpty()) {
            problems.add(
                Problem.error(
                    new SourcePosition(sheet.name(), 1, 1),
                    "the elements sheet has no ID or Label column",
                    "name the first column ID (or Label, as Kumu does)"));
            return Optional.empty();
          }
          List<Integer> free = columns.others(ELEMENT_COLUMNS.stream().toList());
          Optional<Integer> key = id.or(() -> label);
          return Optional.of(row -> element(sheet, columns, row, key, label, free));
        });
  }

  private void element(
      Sheet sheet,
      Columns c,
      Row row,
      Optional<Integer> idColumn,
      Optional<Integer> labelColumn,
      List<Integer> free) {
    String id = c.get(row.record(), idColumn);
    if (id.isEmpty()) {
      row.error(
          idColumn.get(),
          "this row has no " + c.name(idColumn.get()),
          "give every element an id, or delete the row");
      return;
    }
    Optional<Integer> dealColumn = c.find(DEAL);
    if (!c.get(row.record(), dealColumn).isEmpty()) {
      laterDeal(c, row, id, dealColumn.get());
      return;
    }
    if (builder.isDeclared(id)) {
      int first = locations.declaration(id).map(SourcePosition::line).orElse(0);
      row.error(
          idColumn.get(),
          "'" + id + "' is already the id of the row on line " + first,
          "give each element its own id");
      return;
    }
    NodeKind kind = NodeKind.UNKNOWN;
    Optional<Integer> typeColumn = c.find(TYPE);
    String type = c.get(row.record(), typeColumn);
    if (!type.isEmpty()) {
      Optional<NodeKind> k = NodeKind.fromWord(type);
      if (k.isEmpty()) {
        String near = NearestNames.didYouMean(type, NodeKind.keywords());
        row.error(
            typeColumn.get(),
            "unknown type '" + type + "'",
            (near.isEmpty() ? "" : near + " ")
                + "Types: "
                + String.join(", ", NodeKind.keywords())
                + ".");
        locations.broken(id);
        return;
      }
      kind = k.get();
    }
    String currency = c.get(row.record(), c.find(CURRENCY));
    Optional<Node> parsed =
        new ElementRow(c, row, kind, currency).node(id, c.get(row.record(), labelColumn));
    if (parsed.isEmpty()) {
      // Its mistake is reported in the row: the checks say nothing more about the id.
      locations.broken(id);
      return;
    }
    Node node = parsed.get();
    for (int col : free) {
      String v = row.record().size() > col ? row.record().get(col) : "";
      if (!v.isEmpty()) {
        node = node.withAttribute(c.name(col).strip(), v);
      }
    }
    builder.node(node);
    locations.declared(id, row.at(idColumn.get()));
    for (String tag : c.get(row.record(), c.find(TAGS)).split("\\|")) {
      if (!tag.isBlank()) {
        tags.computeIfAbsent(tag.strip(), t -> new ArrayList<>()).add(id);
      }
    }
  }

  /**
   * A row of a further deal: the id of an opportunity on a row above, its number (2 for the second
   * deal) in the Deal column, the outcome in Type (client won, prospect open, lost), and the deal's
   * Value, Probability, Stage, Date and Next. Its Label, Tags and Description are the node's row's.
   */
  private void laterDeal(Columns c, Row row, String id, int dealColumn) {
    Optional<Node> node = builder.declared(id);
    if (node.isEmpty() || !node.get().isOpportunity()) {
      if (!locations.isBroken(id)) {
        row.error(
            dealColumn,
            node.isEmpty()
                ? "a deal of '" + id + "' comes before the row of '" + id + "'"
                : "'"
                    + id
                    + "' is a "
                    + node.get().kind().keyword()
                    + ", and only an opportunity has deals",
            "put the row of a client, prospect or lost opportunity first, then its deals");
      }
      return;
    }
    int expected = dealRows.merge(id, 1, Integer::sum) + 1;
    if (!c.get(row.record(), Optional.of(dealColumn)).equals(Integer.toString(expected))) {
      row.error(
          dealColumn,
          "expected deal " + expected + " of '" + id + "'",
          "number the deals of a client 2, 3… in the order of their rows");
      return;
    }
    Optional<Integer> typeColumn = c.find(TYPE);
    Optional<NodeKind> kind = NodeKind.fromWord(c.get(row.record(), typeColumn));
    if (kind.isEmpty() || !kind.get().isOpportunity()) {
      row.error(
          typeColumn.orElse(dealColumn),
          "a deal's Type is client (won), prospect (open) or lost",
          "write client, prospect or lost");
      return;
    }
    String currency = c.get(row.record(), c.find(CURRENCY));
    new ElementRow(c, row, kind.get(), currency)
        .node(id, "")
        .ifPresent(
            d ->
                builder.laterDeal(
                    id, new LaterDeal(LaterDeal.Outcome.of(d.kind()), d.date(), d.deal())));
  }

  /** The typed fields of one element row. */
  private final class ElementRow {
    private final Columns c;
    private final Row row;
    private final NodeKind kind;
    private final String currency;
    private boolean ok = true;

    ElementRow(Columns c, Row row, NodeKind kind, String currency) {
      this.c = c;
      this.row = row;
      this.kind = kind;
      this.currency = currency;
    }

    Optional<Node> node(String id, String label) {
      Deal deal =
          new Deal(
              field(
                  VALUE,
                  "value",
                  t -> Money.parse(t, currency),
                  "write an amount such as " + Money.EXAMPLES),
              field(
                      PROBABILITY,
                      "probability",
                      FieldValues::probability,
                      "write " + FieldValues.PROBABILITY_FORMS)
                  .map(java.util.OptionalDouble::of)
                  .orElse(java.util.OptionalDouble.empty()),
              field(STAGE, "stage", t -> t, "").orElse(""),
              Optional.empty());
      Optional<String> next = field(NEXT, "next", t -> t, "");
      Optional<PartialDate> nextDate =
          field(NEXT_DATE, "next", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
      if (next.isPresent() || nextDate.isPresent()) {
        deal = deal.withNext(new NextStep(next.orElse(""), nextDate));
      }
      Optional<Recurring<Money>> spent =
          field(
              COST,
              "cost",
              t -> FieldValues.recurringMoney(t, currency),
              "write an amount such as " + Money.EXAMPLES + ", and a period such as /yr");
      Optional<Recurring<Double>> hours =
          field(HOURS, "hours", FieldValues::recurringHours, "write a number of hours");
      Cost cost =
          new Cost(
              spent.map(Recurring::value),
              hours.map(h -> OptionalDouble.of(h.value())).orElse(OptionalDouble.empty()),
              field(
                  RATE,
                  "rate",
                  t -> Money.parse(t, currency),
                  "write an amount such as " + Money.EXAMPLES),
              spent.flatMap(Recurring::every),
              hours.flatMap(Recurring::every));
      Optional<PartialDate> date =
          field(DATE, "date", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
      Optional<PartialDate> until =
          field(UNTIL, "until", PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
      String ends = FieldValues.untilProblem(date, until);
      if (ok && !ends.isEmpty()) {
        ok =
            row.error(
                c.find(UNTIL).get(),
                "the element " + ends,
                "an end comes on or after the element's Date");
      }
      String note = c.get(row.record(), c.find(NOTE));
      if (!ok) {
        return Optional.empty();
      }
      // A label that repeats the id shares its string: a million rows, a million strings saved.
      Node n =
          new Node(
              id, label.equals(id) ? id : label, kind, date, until, note, deal, cost, Map.of());
      return Optional.of(n);
    }

    private <T> Optional<T> field(
        List<String> names, String field, Function<String, T> parse, String hint) {
      Optional<Integer> col = c.find(names);
      String text = c.get(row.record(), col);
      if (text.isEmpty() || !ok) {
        return Optional.empty();
      }
      String misplaced = NodeFields.misplaced(kind, field);
      if (!misplaced.isEmpty()) {
        ok = row.error(col.get(), misplaced, "empty the cell, or change the row's Type");
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text));
      } catch (IllegalArgumentException e) {
        ok = row.error(col.get(), "bad " + c.name(col.get()).strip() + ": " + e.getMessage(), hint);
        return Optional.empty();
      }
    }
  }

  private void connections(Sheet sheet) {
    rows(
        sheet,
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
          boolean gephi = columns.has("Source");
          Optional<Integer> kindColumn =
              gephi ? columns.find("Label", "Type") : columns.find("Type", "Label");
          Optional<Integer> noteColumn = columns.find("Note", "Description");
          Optional<Integer> dateColumn = columns.find("Date");
          Optional<Integer> untilColumn = columns.find("Until");
          Optional<Integer> affiliationColumn = columns.find("Affiliation");
          return Optional.of(
              row -> {
                String aText = columns.get(row.record(), from);
                String bText = columns.get(row.record(), to);
                Optional<String> aId = declaredId(aText);
                Optional<String> bId = declaredId(bText);
                String a = aId.orElse(aText);
                String b = bId.orElse(bText);
                if (a.isEmpty() || b.isEmpty()) {
                  row.error(
                      (a.isEmpty() ? from : to).get(),
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
                builder.link(
                    new Link(a, b, kind, date.get(), columns.get(row.record(), noteColumn)));
                locations.link(row.at(from.get()));
                if (aId.isEmpty()) {
                  locations.referred(a, row.at(from.get()));
                }
                if (bId.isEmpty()) {
                  locations.referred(b, row.at(to.get()));
                }
              });
        });
  }

  /** A date cell: empty inside when the cell is, empty outside when it is wrong (reported). */
  private Optional<Optional<PartialDate>> date(Row row, Columns columns, Optional<Integer> col) {
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
  private void affiliation(Row row, int column, Affiliation read, String word) {
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
    builder.affiliation(
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

  /** A record with the line it starts on, able to report a problem at one of its fields. */
  private final class Row {
    private final Sheet sheet;
    private final CSVRecord record;
    private final int line;

    Row(Sheet sheet, CSVRecord record, int line) {
      this.sheet = sheet;
      this.record = record;
      this.line = line;
    }

    CSVRecord record() {
      return record;
    }

    SourcePosition at(int column) {
      return new SourcePosition(sheet.name(), line, column + 1);
    }

    boolean error(int column, String message, String hint) {
      problems.add(
          Problem.error(
              at(column),
              message + " (row " + record.getRecordNumber() + ", column " + letters(column) + ")",
              hint));
      return false;
    }
  }

  /** A column as a spreadsheet names it: A, B, … Z, AA. */
  static String letters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }

  /**
   * Reads a sheet's header; gives what to do with each row, or nothing when the header is wrong.
   */
  private interface SheetBody {
    Optional<Consumer<Row>> start(Columns columns);
  }

  private void rows(Sheet sheet, SheetBody body) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (Reader reader = sheet.opener().open();
        CSVParser parser = CSVParser.parse(withoutBom(reader), format);
        RecordStream records = new RecordStream(parser, sheet.name())) {
      Optional<Consumer<Row>> handler = Optional.empty();
      boolean header = true;
      while (records.hasNext()) {
        RecordStream.Numbered numbered = records.next();
        CSVRecord r = numbered.record();
        int line = numbered.line();
        if (header) {
          header = false;
          handler = body.start(new Columns(r.toList()));
          if (handler.isEmpty()) {
            return;
          }
        } else {
          handler.get().accept(new Row(sheet, r, line));
          long rows = r.getRecordNumber() - 1;
          if (rows % Progress.EVERY == 0) {
            progress.read(sheet.name(), rows, false);
          }
        }
      }
      if (lastRecord(parser) >= Progress.EVERY) {
        progress.read(sheet.name(), lastRecord(parser), true);
      }
      if (header) {
        problems.add(
            Problem.error(
                SourcePosition.of(sheet.name()),
                "the sheet is empty",
                "the first row names the columns, e.g. ID,Label,Type"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      String message = e.getMessage() == null ? "the sheet is not valid CSV" : e.getMessage();
      problems.add(
          Problem.error(
              SourcePosition.of(sheet.name()),
              "not valid CSV: " + message,
              "check the quotes: a quoted cell ends with a quote, and a quote inside it is written twice"));
    }
  }

  private static long lastRecord(CSVParser parser) {
    return parser.getRecordNumber() - 1;
  }

  /** Skips a byte-order mark, which spreadsheet programs put at the start of UTF-8 files. */
  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader r = new PushbackReader(reader, 1);
    int first = r.read();
    if (first != -1 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }
}
