package networth.imports.sheets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.imports.Facts;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Node;

/**
 * The columns of an elements sheet (Kumu) or a node table (Gephi), and how a row of it becomes a
 * node: Label (else ID) names it, Type gives its kind, Description its note, Tags, URL and Email
 * their attributes, and every other column an attribute under its own name.
 */
final class ElementColumns {

  /** The attribute that keeps an element's tags, joined with ", ". */
  static final String TAGS = "tags";

  private final Header header;
  private final Optional<Integer> id;
  private final Optional<Integer> label;
  private final Optional<Integer> type;
  private final Optional<Integer> description;
  private final Optional<Integer> tags;
  private final Optional<Integer> url;
  private final Optional<Integer> email;
  private final List<Integer> others;

  ElementColumns(Header header) {
    this.header = header;
    this.id = header.find("ID", "_id");
    this.label = header.find("Label", "Name");
    this.type = header.find("Type", "Element Type", "Kind");
    this.description = header.find("Description", "Note");
    this.tags = header.find("Tags");
    this.url = header.find("URL", "Website");
    this.email = header.find("Email", "E-mail", "Email Address");
    this.others = header.unclaimed();
  }

  /** Whether the header names its elements at all (a Label or an ID column). */
  boolean named() {
    return id.isPresent() || label.isPresent();
  }

  boolean keyed() {
    return id.isPresent();
  }

  /** The element a row holds, or nothing when it has neither label nor ID. */
  Optional<Element> read(Row row) {
    String key = Header.cell(row, id);
    String name = Header.cell(row, label);
    if (name.isEmpty()) {
      name = key;
    }
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String kindWord = Header.cell(row, type);
    Map<String, String> attributes = new LinkedHashMap<>();
    Kinds.keep(kindWord, attributes);
    putSeveral(attributes, TAGS, Header.cell(row, tags));
    putSeveral(attributes, Facts.URL, Header.cell(row, url));
    putSeveral(attributes, Facts.EMAIL, Header.cell(row, email));
    for (int column : others) {
      String value = row.cell(column);
      if (!value.isEmpty()) {
        attributes.putIfAbsent(header.name(column), value);
      }
    }
    Node node =
        new Node(
            name,
            name,
            Kinds.of(kindWord),
            Optional.empty(),
            Header.cell(row, description),
            Deal.NONE,
            Cost.NONE,
            attributes);
    return Optional.of(new Element(key.isEmpty() ? Optional.empty() : Optional.of(key), node));
  }

  private static void putSeveral(Map<String, String> attributes, String key, String cell) {
    List<String> values = Values.several(cell);
    if (!values.isEmpty()) {
      attributes.put(key, Values.joined(values));
    }
  }
}
