package networth.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.io.ReadSizes;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.text.NearestNames;

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

  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();
  private final Locations locations = new Locations();
  private final Map<String, List<String>> tags = new LinkedHashMap<>();
  private final IdStrings ids = new IdStrings(builder);

  /**
   * How many rows of further deals each opportunity has had so far, read or not: a deal row with a
   * mistake still takes its number, so the rows after it are not also "expected deal N".
   */
  private final Map<String, Integer> dealRows = new HashMap<>();

  private Progress progress = Progress.NONE;

  /** A reader with room for about {@code nodes} elements and {@code links} connections. */
  private CsvMapReader(int nodes, int links) {
    ReadSizes.reserve(builder, locations, nodes, links);
  }

  /**
   * A sheet to read: its name as the user gave it, and how to open it. Sheets are read as a stream,
   * row by row, so a sheet of millions of rows is never held whole.
   */
  public record Sheet(String name, Opener opener, long size, Optional<Parts> parts) {

    /** Opens a sheet's bytes (UTF-8 text). */
    public interface Opener {
      InputStream open() throws IOException;
    }

    /** Opens a sheet's bytes from a byte on, so that its parts can be read side by side. */
    public interface Parts {
      InputStream from(long offset) throws IOException;
    }

    /** A sheet whose size in bytes is not known beforehand. */
    public Sheet(String name, Opener opener) {
      this(name, opener, -1, Optional.empty());
    }

    public static Sheet of(String name, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new Sheet(
          name,
          () -> new ByteArrayInputStream(bytes),
          bytes.length,
          Optional.of(
              offset ->
                  new ByteArrayInputStream(
                      bytes,
                      (int) Math.min(offset, bytes.length),
                      (int) Math.max(0, bytes.length - offset))));
    }

    public static Sheet file(Path path) {
      long size;
      try {
        size = Files.size(path);
      } catch (IOException e) {
        size = -1; // opening it will say why
      }
      return new Sheet(
          path.toString(),
          () -> Files.newInputStream(path),
          size,
          Optional.of(
              offset -> {
                java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(path);
                channel.position(offset);
                return java.nio.channels.Channels.newInputStream(channel);
              }));
    }

    /**
     * About how many rows the sheet has, told from its size and the rows of its first 64 KiB; 0
     * when its size is not known or it cannot be read (reading it then says why). A reader sizes
     * its arrays from it instead of copying them as they grow: on millions of rows each copy is
     * fresh memory, which costs more than the reading.
     */
    int estimatedRows() {
      if (size <= 0) {
        return 0;
      }
      try (InputStream in = opener.open()) {
        byte[] start = in.readNBytes(1 << 16);
        int lines = 0;
        for (byte b : start) {
          lines += b == '\n' ? 1 : 0;
        }
        if (start.length < (1 << 16)) {
          return lines + 1;
        }
        long rows = (long) (size * 1.02 * Math.max(lines, 1) / start.length) + 16;
        return (int) Math.min(rows, Math.min(size / 4 + 16, Integer.MAX_VALUE - 8));
      } catch (IOException e) {
        return 0;
      }
    }

    /** Its first line (at most its first 64 KiB), to tell which sheet it is. */
    String header() throws IOException {
      try (InputStream in = opener.open()) {
        byte[] start = in.readNBytes(1 << 16);
        int end = 0;
        while (end < start.length && start[end] != '\n' && start[end] != '\r') {
          end++;
        }
        return new String(start, 0, end, StandardCharsets.UTF_8);
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
    return read(elements, connections, progress, LexedParts.PART_BYTES);
  }

  /**
   * The same, a large connections sheet lexed side by side in parts of about {@code partBytes}
   * (tests cut small sheets into many parts).
   */
  static ReadResult read(
      Optional<Sheet> elements, Optional<Sheet> connections, Progress progress, int partBytes) {
    CsvMapReader r =
        new CsvMapReader(
            elements.map(Sheet::estimatedRows).orElse(0),
            connections.map(Sheet::estimatedRows).orElse(0));
    r.progress = progress;
    elements.ifPresent(r::elements);
    connections.ifPresent(
        c ->
            new ConnectionSheet(r.builder, r.locations, r.problems, progress)
                .read(c, r.ids, partBytes));
    r.tags.forEach((name, members) -> r.builder.group(new Group(name, members)));
    return new ReadResult(r.builder.build(), r.problems.list(), r.locations, Layout.NONE);
  }

  private void elements(Sheet sheet) {
    SheetRows.read(
        sheet,
        ids,
        IdStrings.Columns.none(),
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
          ElementColumns at = ElementColumns.of(columns);
          return Optional.of(row -> element(columns, at, row, key, label, free));
        },
        ELEMENT_COLUMNS,
        problems,
        progress,
        LexedParts.PART_BYTES);
  }

  private void element(
      Columns c,
      ElementColumns at,
      SheetRow row,
      Optional<Integer> idColumn,
      Optional<Integer> labelColumn,
      List<Integer> free) {
    String id = c.get(row.record(), idColumn);
    if (id.isBlank()) {
      row.error(
          idColumn.get(),
          "this row has no " + c.name(idColumn.get()),
          "give every element an id, or delete the row");
      return;
    }
    Optional<Integer> dealColumn = at.deal();
    if (!c.get(row.record(), dealColumn).isEmpty()) {
      laterDeal(c, at, row, id, dealColumn.get());
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
    Optional<Integer> typeColumn = at.type();
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
    String currency = c.get(row.record(), at.currency());
    Optional<Node> parsed =
        new ElementFields(c, at, row, kind, currency).node(id, c.get(row.record(), labelColumn));
    if (parsed.isEmpty()) {
      // Its mistake is reported in the row: the checks say nothing more about the id.
      locations.broken(id);
      return;
    }
    Node node = parsed.get();
    for (int col : free) {
      String v = row.record().size() > col ? row.record().get(col) : "";
      if (!v.isEmpty()) {
        node = node.withAttribute(AttributeColumns.key(c.name(col)), v);
      }
    }
    builder.node(node);
    locations.declared(id, row.at(idColumn.get()));
    for (String tag : c.get(row.record(), at.tags()).split("\\|")) {
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
  private void laterDeal(Columns c, ElementColumns at, SheetRow row, String id, int dealColumn) {
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
    Optional<Integer> typeColumn = at.type();
    Optional<NodeKind> kind = NodeKind.fromWord(c.get(row.record(), typeColumn));
    if (kind.isEmpty() || !kind.get().isOpportunity()) {
      row.error(
          typeColumn.orElse(dealColumn),
          "a deal's Type is client (won), prospect (open) or lost",
          "write client, prospect or lost");
      return;
    }
    String currency = c.get(row.record(), at.currency());
    Optional<Node> deal = new ElementFields(c, at, row, kind.get(), currency).node(id, "");
    if (deal.isPresent() && deal.get().deal().value().isEmpty()) {
      // As the map file and JSON say: a deal is worth something, and one without a value could
      // not be written to either.
      row.error(
          at.value().orElse(dealColumn),
          "a deal needs a value",
          "write what deal " + expected + " of '" + id + "' is worth in its Value cell, e.g. 2500");
      return;
    }
    deal.ifPresent(
        d ->
            builder.laterDeal(
                id, new LaterDeal(LaterDeal.Outcome.of(d.kind()), d.date(), d.deal())));
  }
}
