package networth.model;

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
 */
public record Link(String from, String to, String kind, Optional<PartialDate> date, String note) {

  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(note, "note");
  }

  public static Link of(String from, String to) {
    return new Link(from, to, "", Optional.empty(), "");
  }

  public Link withNote(String n) {
    return new Link(from, to, kind, date, n);
  }
}
