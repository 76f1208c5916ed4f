package networth.io.json;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import networth.io.FieldValues;
import networth.io.Locations;
import networth.io.NodeFields;
import networth.io.json.JsonDocument.NodeJson;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.model.Rhythm;
import networth.text.NearestNames;

/**
 * The nodes of a JSON map, each checked as {@link JsonMapParser} hands it over and declared to the
 * builder when right; what is wrong is reported through {@link JsonMapReader#problem} at its place.
 */
final class JsonNodes {

  /**
   * The ids of nodes whose declaration was wrong (and reported): a second node of the same id is
   * still "already the id of another node", though the builder never declared the first. Link ends
   * are looked up in the builder alone, once each ({@link NetworkMap.Builder#number}), which also
   * keeps one string per id however many links name it.
   */
  private final Set<String> failed = new HashSet<>();

  private final JsonMapReader r;
  private final NetworkMap.Builder builder;
  private final Locations locations;
  private final JsonPlaces places;

  JsonNodes(JsonMapReader r, NetworkMap.Builder builder, Locations locations, JsonPlaces places) {
    this.r = r;
    this.builder = builder;
    this.locations = locations;
    this.places = places;
  }

  void node(String list, int index, NodeJson n) {
    int before = r.reported;
    readNode(list, index, n);
    if (n.id() != null && !builder.isDeclared(n.id())) {
      failed.add(n.id());
      if (r.reported > before) {
        // Its mistake is r.reported here: the checks say nothing more about the id.
        locations.broken(n.id());
      }
    }
  }

  private void readNode(String list, int index, NodeJson n) {
    if (n.id() == null || n.id().isBlank()) {
      r.problem(
          list + "[" + index + "].id", "a node needs an id", "give it one: \"id\": \"Emily\"");
      return;
    }
    String where = list + "[" + index + "] ('" + n.id() + "')";
    if (failed.contains(n.id()) || builder.isDeclared(n.id())) {
      r.problem(
          where + ".id",
          "'" + n.id() + "' is already the id of another node",
          "give each node its own id");
      return;
    }
    NodeKind kind = NodeKind.UNKNOWN;
    if (n.kind() != null) {
      Optional<NodeKind> k = NodeKind.fromWord(n.kind());
      if (k.isEmpty()) {
        String near = NearestNames.didYouMean(n.kind(), NodeKind.keywords());
        r.problem(
            where + ".kind",
            "unknown kind '" + n.kind() + "'",
            (near.isEmpty() ? "" : near + " ")
                + "Kinds: "
                + String.join(", ", NodeKind.keywords())
                + ".");
        return;
      }
      kind = k.get();
    }
    if (misplaced(where, kind, "value", n.value() != null)
        || misplaced(where, kind, "stage", n.stage() != null)
        || misplaced(where, kind, "next", n.next() != null)
        || misplaced(where, kind, "probability", n.probability() != null)) {
      return;
    }
    Deal deal =
        new Deal(
            r.money(where, "value", n.value()),
            r.probability(where, n.probability()),
            orEmpty(n.stage()),
            Optional.empty());
    if (n.next() != null) {
      deal =
          deal.withNext(
              new NextStep(orEmpty(n.next().step()), r.date(where, "next.date", n.next().date())));
    }
    OptionalDouble hours = OptionalDouble.empty();
    if (n.hours() != null) {
      try {
        hours = OptionalDouble.of(FieldValues.hours(n.hours()));
      } catch (IllegalArgumentException e) {
        r.problem(where + ".hours", e.getMessage(), "give the hours spent, 0 or more");
      }
    }
    Optional<Money> spent = r.money(where, "cost", n.cost());
    Optional<Rhythm> costEvery = every(where, "costEvery", n.costEvery(), spent.isPresent());
    Optional<Rhythm> hoursEvery = every(where, "hoursEvery", n.hoursEvery(), hours.isPresent());
    Cost cost = new Cost(spent, hours, r.money(where, "rate", n.rate()), costEvery, hoursEvery);
    Optional<PartialDate> date = r.date(where, "date", n.date());
    Optional<PartialDate> until = r.date(where, "until", n.until());
    String ends = FieldValues.untilProblem(date, until);
    if (!ends.isEmpty()) {
      r.problem(where + ".until", "the node " + ends, "an end comes on or after the node's date");
      return;
    }
    Node node =
        new Node(
            n.id(),
            orEmpty(n.label()),
            kind,
            date,
            until,
            orEmpty(n.note()),
            deal,
            cost,
            r.attributes(where, n.attributes()));
    if (n.deals() != null && !n.deals().isEmpty()) {
      Optional<List<LaterDeal>> deals = JsonDeals.read(r, where, kind, n.deals());
      if (deals.isEmpty()) {
        return;
      }
      node = node.withLaterDeals(deals.get());
    }
    builder.node(node);
    locations.declared(node.id(), places.elementStart());
  }

  /**
   * Declares a node read ahead ({@link JsonNodesAhead}), which stands at this line and column, when
   * its id is new; false when it is not, and {@link #node} must read it to say so.
   */
  boolean declare(Node node, int line, int column) {
    if (!failed.isEmpty() && failed.contains(node.id())) {
      return false;
    }
    // Numbered once (a new id is numbered as node() would number it), then declared by number.
    int number = builder.number(node.id());
    if (builder.isDeclared(number)) {
      return false;
    }
    builder.node(number, node);
    locations.declared(node.id(), r.source(), line, column);
    return true;
  }

  /** Whether a field given to a node of this kind is one it cannot have (it is then r.reported). */
  private boolean misplaced(String where, NodeKind kind, String field, boolean given) {
    String misplaced = given ? NodeFields.misplaced(kind, field) : "";
    if (misplaced.isEmpty()) {
      return false;
    }
    r.problem(where + "." + field, misplaced, "remove it, or change the node's kind");
    return true;
  }

  /** How often a cost recurs: week, month, quarter or year; only with what it repeats. */
  private Optional<Rhythm> every(String where, String field, String word, boolean repeats) {
    if (word == null) {
      return Optional.empty();
    }
    Optional<Rhythm> rhythm = Rhythm.fromWord(word);
    if (rhythm.isEmpty()) {
      r.problem(
          where + "." + field,
          "'" + word + "' is not a period",
          "write week, month, quarter or year");
    } else if (!repeats) {
      r.problem(
          where + "." + field,
          "a period needs something to repeat",
          "give the amount or hours it repeats");
      return Optional.empty();
    }
    return rhythm;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
