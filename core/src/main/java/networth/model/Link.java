package networth.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "A led to B": Emily introduced Roger, the TV slot led to Emily, the talk led to the client.
 *
 * @param from the node that led
 * @param to the node it led to
 * @param kind how ("introduced", "referred", "met at", "found via", "saw"...), or empty
 * @param date when, if known
 * @param note a free note, as on the drawing
 * @param attributes any other facts (where an import found it, a spreadsheet's extra columns), in
 *     the order given
 */
public record Link(
    String from,
    String to,
    String kind,
    Optional<PartialDate> date,
    String note,
    Map<String, String> attributes) {

  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(note, "note");
    attributes =
        attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A link without further attributes. */
  public Link(String from, String to, String kind, Optional<PartialDate> date, String note) {
    this(from, to, kind, date, note, Map.of());
  }

  public static Link of(String from, String to) {
    return new Link(from, to, "", Optional.empty(), "");
  }

  public Link withNote(String n) {
    return new Link(from, to, kind, date, n, attributes);
  }

  public Link withKind(String k) {
    return new Link(from, to, k, date, note, attributes);
  }

  public Link withDate(PartialDate d) {
    return new Link(from, to, kind, Optional.of(d), note, attributes);
  }

  /** The same link between other ends. */
  public Link between(String a, String b) {
    return new Link(a, b, kind, date, note, attributes);
  }

  public Link withAttribute(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(attributes);
    more.put(key, value);
    return new Link(from, to, kind, date, note, more);
  }
}
