package networth.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param laterDeals for an opportunity whose client came back, the deals after the first (which
 *     {@code kind}, {@code date} and {@code deal} describe), in the order given; empty for others
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
    Map<String, String> attributes,
    List<LaterDeal> laterDeals) {

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
    // Most nodes have neither: they share the one empty deal and cost, not two objects each.
    deal = deal.isEmpty() ? Deal.NONE : deal;
    cost = cost.isEmpty() ? Cost.NONE : cost;
    attributes =
        attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    laterDeals = List.copyOf(laterDeals);
    if (!laterDeals.isEmpty() && !kind.isOpportunity()) {
      throw new IllegalArgumentException(
          "only an opportunity has further deals, and '" + id + "' is a " + kind.keyword());
    }
  }

  /** A node with one deal at most. */
  public Node(
      String id,
      String label,
      NodeKind kind,
      Optional<PartialDate> date,
      Optional<PartialDate> until,
      String note,
      Deal deal,
      Cost cost,
      Map<String, String> attributes) {
    this(id, label, kind, date, until, note, deal, cost, attributes, List.of());
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
    return new Node(id, l, kind, date, until, note, deal, cost, attributes, laterDeals);
  }

  public Node withDate(PartialDate d) {
    return new Node(
        id, label, kind, Optional.of(d), until, note, deal, cost, attributes, laterDeals);
  }

  public Node withUntil(PartialDate u) {
    return new Node(
        id, label, kind, date, Optional.of(u), note, deal, cost, attributes, laterDeals);
  }

  public Node withNote(String n) {
    return new Node(id, label, kind, date, until, n, deal, cost, attributes, laterDeals);
  }

  public Node withDeal(Deal d) {
    return new Node(id, label, kind, date, until, note, d, cost, attributes, laterDeals);
  }

  public Node withCost(Cost c) {
    return new Node(id, label, kind, date, until, note, deal, c, attributes, laterDeals);
  }

  /** The same node with one more deal after those it has. */
  public Node withLaterDeal(LaterDeal d) {
    List<LaterDeal> more = new ArrayList<>(laterDeals);
    more.add(d);
    return new Node(id, label, kind, date, until, note, deal, cost, attributes, more);
  }

  /** The same node with these deals after its first. */
  public Node withLaterDeals(List<LaterDeal> deals) {
    return new Node(id, label, kind, date, until, note, deal, cost, attributes, deals);
  }

  public Node withAttribute(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(attributes);
    more.put(key, value);
    return new Node(id, label, kind, date, until, note, deal, cost, more, laterDeals);
  }
}
