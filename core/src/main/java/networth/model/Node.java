package networth.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing in the network: a person, an organisation, a channel, an event, a job, an opportunity.
 *
 * @param id how links and groups refer to it; unique in a map
 * @param label how it is shown; the id unless the map gives another
 * @param kind what it is
 * @param date when it happened, began, or (for an opportunity) was won or lost
 * @param until when it ended (a job left, a channel given up), if it did; not before {@code date}
 * @param note a free description
 * @param deal the terms when it is an opportunity, else {@link Deal#NONE}
 * @param cost what it costs, else {@link Cost#NONE}
 * @param attributes any other facts, in the order given
 */
public record Node(
    String id,
    String label,
    NodeKind kind,
    Optional<PartialDate> date,
    Optional<PartialDate> until,
    String note,
    Deal deal,
    Cost cost,
    Map<String, String> attributes) {

  public Node {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a node id cannot be blank");
    }
    label = label.isEmpty() ? id : label;
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(cost, "cost");
    attributes =
        attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** A node that has not ended. */
  public Node(
      String id,
      String label,
      NodeKind kind,
      Optional<PartialDate> date,
      String note,
      Deal deal,
      Cost cost,
      Map<String, String> attributes) {
    this(id, label, kind, date, Optional.empty(), note, deal, cost, attributes);
  }

  /** A node with nothing but an id and a kind. */
  public static Node of(String id, NodeKind kind) {
    return new Node(id, id, kind, Optional.empty(), "", Deal.NONE, Cost.NONE, Map.of());
  }

  public boolean isOpportunity() {
    return kind.isOpportunity();
  }

  public Node withLabel(String l) {
    return new Node(id, l, kind, date, until, note, deal, cost, attributes);
  }

  public Node withDate(PartialDate d) {
    return new Node(id, label, kind, Optional.of(d), until, note, deal, cost, attributes);
  }

  public Node withUntil(PartialDate u) {
    return new Node(id, label, kind, date, Optional.of(u), note, deal, cost, attributes);
  }

  public Node withNote(String n) {
    return new Node(id, label, kind, date, until, n, deal, cost, attributes);
  }

  public Node withDeal(Deal d) {
    return new Node(id, label, kind, date, until, note, d, cost, attributes);
  }

  public Node withCost(Cost c) {
    return new Node(id, label, kind, date, until, note, deal, c, attributes);
  }

  public Node withAttribute(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(attributes);
    more.put(key, value);
    return new Node(id, label, kind, date, until, note, deal, cost, more);
  }
}
