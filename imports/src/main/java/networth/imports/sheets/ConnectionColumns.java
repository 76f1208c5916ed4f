package networth.imports.sheets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Affiliation;
import networth.model.Link;

/**
 * The columns of a connections sheet (Kumu) or an edge table (Gephi), and how a row of it becomes
 * links: one for each name in From times each in To ({@code A | B} names two), its kind from Type
 * (Gephi: Label), its note from Description, a direction other than directed kept as attribute
 * {@value #DIRECTION}, and every other column an attribute under its own name.
 */
final class ConnectionColumns {

  /** The attribute that keeps a link's direction when it is not "directed". */
  static final String DIRECTION = "direction";

  private final Dialect dialect;
  private final Header header;
  private final Optional<Integer> from;
  private final Optional<Integer> to;
  private final Optional<Integer> kind;
  private final Optional<Integer> direction;
  private final Optional<Integer> note;
  private final Optional<Integer> tags;
  private final Optional<Integer> weight;
  private final List<Integer> others;

  ConnectionColumns(Dialect dialect, Header header) {
    this.dialect = dialect;
    this.header = header;
    this.from = header.find(dialect.from);
    this.to = header.find(dialect.to);
    this.kind = header.find(dialect.kind);
    this.direction = header.find(dialect.direction);
    this.note = header.find("Description", "Note");
    this.tags = header.find("Tags");
    this.weight = dialect == Dialect.GEPHI ? header.find("Weight") : Optional.empty();
    // Kumu's and Gephi's own ids of connections say nothing networth keeps.
    header.find("ID", "_id");
    this.others = header.unclaimed();
  }

  /** Whether a header is a connections sheet's: it has a From or a To column. */
  static boolean isConnections(Dialect dialect, Header header) {
    return header.has(dialect.from) || header.has(dialect.to);
  }

  Optional<String> missing() {
    if (from.isEmpty()) {
      return Optional.of(dialect.fromName());
    }
    return to.isEmpty() ? Optional.of(dialect.toName()) : Optional.empty();
  }

  /** Reads a row into links between elements, or says why it was left out. */
  void read(Row row, Origin origin, Elements elements, Routes routes, Found.Builder out) {
    List<String> froms = Values.several(Header.cell(row, from));
    List<String> tos = Values.several(Header.cell(row, to));
    if (froms.isEmpty() || tos.isEmpty()) {
      out.skip(
          origin,
          dialect.connection
              + " without "
              + (froms.isEmpty() ? dialect.fromName() : dialect.toName()));
      return;
    }
    Link template = template(row);
    Optional<Affiliation.Role> role = Affiliation.Role.fromPhrase(template.kind());
    for (String f : froms) {
      for (String t : tos) {
        String a = elements.refer(f, origin);
        String b = elements.refer(t, origin);
        if (a.equals(b)) {
          out.skip(origin, dialect.connection + " from " + dialect.element + " to itself");
          continue;
        }
        if (role.isPresent()) {
          // "works at", "member of": who belongs where, which networth keeps apart from routes.
          out.affiliation(Affiliation.of(a, role.get(), b).withNote(template.note()), origin);
        } else {
          routes.add(template.between(a, b), origin);
        }
      }
    }
  }

  private Link template(Row row) {
    Map<String, String> attributes = new LinkedHashMap<>();
    String way = Header.cell(row, direction);
    if (!way.isEmpty() && !way.equalsIgnoreCase("directed")) {
      attributes.put(DIRECTION, way.toLowerCase(Locale.ROOT));
    }
    List<String> tagged = Values.several(Header.cell(row, tags));
    if (!tagged.isEmpty()) {
      attributes.put(ElementColumns.TAGS, Values.joined(tagged));
    }
    String w = Header.cell(row, weight);
    // Gephi writes a weight of 1 on every edge of an unweighted graph: it says nothing.
    if (!w.isEmpty() && !isOne(w)) {
      attributes.put(header.name(weight.get()), w);
    }
    for (int column : others) {
      String value = row.cell(column);
      if (!value.isEmpty()) {
        attributes.putIfAbsent(header.name(column), value);
      }
    }
    return new Link(
        "from", "to", Header.cell(row, kind), Optional.empty(), Header.cell(row, note), attributes);
  }

  private static boolean isOne(String w) {
    try {
      return Double.parseDouble(w) == 1.0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
