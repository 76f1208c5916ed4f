package networth.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.FieldValues;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.NodeFields;
import networth.io.ReadResult;
import networth.io.json.JsonDocument.AffiliationJson;
import networth.io.json.JsonDocument.LinkJson;
import networth.io.json.JsonDocument.MapJson;
import networth.io.json.JsonDocument.MoneyJson;
import networth.io.json.JsonDocument.NodeJson;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.model.Rhythm;
import networth.text.NearestNames;

/**
 * Reads the JSON form of a map ({@code docs/json-format.md}). Syntax errors are reported at their
 * line and column; a wrong value at its line and column too ({@link JsonPlaces}), named by its path
 * ({@code nodes[3].kind}), and reading goes on.
 */
public final class JsonMapReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String source;
  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();
  private final Map<String, Integer> ids = new HashMap<>();
  private final Locations locations = new Locations();
  private JsonPlaces places;

  private JsonMapReader(String source) {
    this.source = source;
  }

  public static ReadResult read(String source, String text) {
    return new JsonMapReader(source).read(text);
  }

  private ReadResult read(String text) {
    places = JsonPlaces.of(MAPPER, source, text);
    if (text.length() <= JsonPlaces.PLACED_MAX) {
      locations.text(source, text.lines().toList());
    }
    try {
      MapJson doc = MAPPER.readValue(text, MapJson.class);
      if (doc == null) {
        problem(
            "", "the file holds no map", "write an object: {\"nodes\": [...], \"links\": [...]}");
      } else {
        map(doc);
      }
    } catch (JsonProcessingException e) {
      syntax(e);
    }
    return new ReadResult(builder.build(), problems.list(), locations, Layout.NONE);
  }

  private void syntax(JsonProcessingException e) {
    var loc = e.getLocation();
    SourcePosition at =
        loc == null
            ? SourcePosition.of(source)
            : new SourcePosition(source, loc.getLineNr(), loc.getColumnNr());
    String path = e instanceof JsonMappingException m ? path(m) : "";
    String message = e.getOriginalMessage().split("\n")[0];
    String hint = "check the JSON against docs/json-format.md";
    if (e instanceof UnrecognizedPropertyException u) {
      path =
          path.endsWith("." + u.getPropertyName())
              ? path.substring(0, path.lastIndexOf('.'))
              : path.equals(u.getPropertyName()) ? "" : path;
      message = "unknown field '" + u.getPropertyName() + "'";
      List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      String near = NearestNames.didYouMean(u.getPropertyName(), known);
      hint = (near.isEmpty() ? "" : near + " ") + "Fields here: " + String.join(", ", known) + ".";
    }
    problems.add(Problem.error(at, (path.isEmpty() ? "" : path + ": ") + message, hint));
  }

  private static String path(JsonMappingException e) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        p.append('[').append(r.getIndex()).append(']');
      }
    }
    return p.toString();
  }

  private void map(MapJson doc) {
    if (doc.format() != null && !doc.format().equals(JsonDocument.FORMAT)) {
      problem(
          "format",
          "this is not a networth map (format '" + doc.format() + "')",
          "a map says \"format\": \"" + JsonDocument.FORMAT + "\"");
      return;
    }
    if (doc.version() != null && doc.version() > JsonDocument.VERSION) {
      problem(
          "version",
          "version "
              + doc.version()
              + " is newer than this networth reads ("
              + JsonDocument.VERSION
              + ")",
          "update networth");
      return;
    }
    String currency = doc.currency() == null ? "" : doc.currency();
    if (!currency.isEmpty() && !currency.matches("[A-Z]{3}")) {
      problem(
          "currency",
          "a currency is a three-letter code, not '" + currency + "'",
          "write \"GBP\", \"USD\", \"EUR\"…");
      currency = "";
    }
    builder.settings(new MapSettings(orEmpty(doc.title()), currency, money("rate", doc.rate())));
    List<NodeJson> nodes = orEmpty(doc.nodes());
    for (int i = 0; i < nodes.size(); i++) {
      node("nodes[" + i + "]", nodes.get(i));
    }
    List<LinkJson> links = orEmpty(doc.links());
    for (int i = 0; i < links.size(); i++) {
      link("links[" + i + "]", links.get(i));
    }
    List<AffiliationJson> affiliations = orEmpty(doc.affiliations());
    for (int i = 0; i < affiliations.size(); i++) {
      affiliation("affiliations[" + i + "]", affiliations.get(i));
    }
    var groups = orEmpty(doc.groups());
    for (int i = 0; i < groups.size(); i++) {
      var g = groups.get(i);
      String at = "groups[" + i + "]";
      if (g.name() == null || g.name().isBlank()) {
        problem(at + ".name", "a group needs a name", "give it one: \"name\": \"social\"");
      } else if (builder.hasGroup(g.name())) {
        problem(at + ".name", "group '" + g.name() + "' is defined twice", "merge the two");
      } else {
        List<String> members = orEmpty(g.members());
        if (members.stream().anyMatch(m -> m == null || m.isBlank())) {
          problem(at + ".members", "a member's id is blank", "list node ids");
        } else {
          for (int j = 0; j < members.size(); j++) {
            // A member listed only here is pointed at here when the checks speak of it.
            locations.referred(members.get(j), places.at(at + ".members[" + j + "]"));
          }
          builder.group(new Group(g.name(), members.stream().distinct().toList()));
        }
      }
    }
  }

  /** How many wrong values were reported, to tell whether a node had one. */
  int reported;

  private void node(String at, NodeJson n) {
    int before = reported;
    readNode(at, n);
    if (n.id() != null && !builder.isDeclared(n.id()) && reported > before) {
      // Its mistake is reported here: the checks say nothing more about the id.
      locations.broken(n.id());
    }
  }

  private void readNode(String at, NodeJson n) {
    if (n.id() == null || n.id().isBlank()) {
      problem(at + ".id", "a node needs an id", "give it one: \"id\": \"Emily\"");
      return;
    }
    String where = at + " ('" + n.id() + "')";
    Integer before = ids.putIfAbsent(n.id(), ids.size());
    if (before != null) {
      problem(
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
        problem(
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
    for (var field :
        Map.of(
                "value",
                n.value() != null,
                "stage",
                n.stage() != null,
                "next",
                n.next() != null,
                "probability",
                n.probability() != null)
            .entrySet()) {
      String misplaced = field.getValue() ? NodeFields.misplaced(kind, field.getKey()) : "";
      if (!misplaced.isEmpty()) {
        problem(where + "." + field.getKey(), misplaced, "remove it, or change the node's kind");
        return;
      }
    }
    Deal deal =
        new Deal(
            money(where + ".value", n.value()),
            probability(where, n.probability()),
            orEmpty(n.stage()),
            Optional.empty());
    if (n.next() != null) {
      deal =
          deal.withNext(
              new NextStep(orEmpty(n.next().step()), date(where + ".next.date", n.next().date())));
    }
    OptionalDouble hours = OptionalDouble.empty();
    if (n.hours() != null) {
      if (n.hours().signum() < 0) {
        problem(where + ".hours", "hours cannot be negative", "give the hours spent, 0 or more");
      } else {
        hours = OptionalDouble.of(n.hours().doubleValue());
      }
    }
    Optional<Money> spent = money(where + ".cost", n.cost());
    Optional<Rhythm> costEvery = every(where + ".costEvery", n.costEvery(), spent.isPresent());
    Optional<Rhythm> hoursEvery = every(where + ".hoursEvery", n.hoursEvery(), hours.isPresent());
    Cost cost = new Cost(spent, hours, money(where + ".rate", n.rate()), costEvery, hoursEvery);
    Optional<PartialDate> date = date(where + ".date", n.date());
    Optional<PartialDate> until = date(where + ".until", n.until());
    String ends = FieldValues.untilProblem(date, until);
    if (!ends.isEmpty()) {
      problem(where + ".until", "the node " + ends, "an end comes on or after the node's date");
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
            attributes(where + ".attributes", n.attributes()));
    if (n.deals() != null && !n.deals().isEmpty()) {
      Optional<List<LaterDeal>> deals = JsonDeals.read(this, where, kind, n.deals());
      if (deals.isEmpty()) {
        return;
      }
      node = node.withLaterDeals(deals.get());
    }
    builder.node(node);
    locations.declared(node.id(), places.at(at));
  }

  private void link(String at, LinkJson l) {
    if (l.from() == null || l.from().isBlank() || l.to() == null || l.to().isBlank()) {
      problem(
          at,
          "a link needs \"from\" and \"to\"",
          "give the ids of the two nodes: {\"from\": \"Emily\", \"to\": \"Roger\"}");
      return;
    }
    builder.link(
        new Link(
            l.from(),
            l.to(),
            orEmpty(l.kind()),
            date(at + ".date", l.date()),
            orEmpty(l.note()),
            attributes(at + ".attributes", l.attributes())));
    locations.link(places.at(at));
    if (!builder.isDeclared(l.from())) {
      locations.referred(l.from(), places.at(at + ".from"));
    }
    if (!builder.isDeclared(l.to())) {
      locations.referred(l.to(), places.at(at + ".to"));
    }
  }

  /** A node's or link's attributes, in the document's order; a key given null is reported. */
  private Map<String, String> attributes(String at, Map<String, String> attributes) {
    if (attributes == null) {
      return Map.of();
    }
    Map<String, String> kept = new LinkedHashMap<>();
    attributes.forEach(
        (key, value) -> {
          if (value == null) {
            problem(
                at,
                "attribute '" + key + "' has no value",
                "give it a text (\"" + key + "\": \"…\"), or leave it out");
          } else {
            kept.put(key, value);
          }
        });
    return kept;
  }

  private void affiliation(String at, AffiliationJson a) {
    if (a.person() == null
        || a.person().isBlank()
        || a.organisation() == null
        || a.organisation().isBlank()) {
      problem(
          at,
          "an affiliation needs \"person\" and \"organisation\"",
          "give the ids of the two nodes: {\"person\": \"Sam\", \"role\": \"works at\","
              + " \"organisation\": \"Northwind\"}");
      return;
    }
    String word = orEmpty(a.role());
    Optional<Role> role = Role.fromPhrase(word).or(() -> Role.fromName(word));
    if (role.isEmpty()) {
      String near = NearestNames.didYouMean(word, Role.phrases());
      problem(
          at + ".role",
          word.isEmpty() ? "an affiliation needs a role" : "unknown role '" + word + "'",
          (near.isEmpty() ? "" : near + " ") + "write one of " + String.join(", ", Role.phrases()));
      return;
    }
    int before = reported;
    Optional<PartialDate> since = date(at + ".since", a.since());
    Optional<PartialDate> until = date(at + ".until", a.until());
    if (reported > before) {
      return;
    }
    builder.affiliation(
        new Affiliation(a.person(), a.organisation(), role.get(), since, until, orEmpty(a.note())));
    locations.affiliation(places.at(at));
    if (!builder.isDeclared(a.person())) {
      locations.referred(a.person(), places.at(at + ".person"));
    }
    if (!builder.isDeclared(a.organisation())) {
      locations.referred(a.organisation(), places.at(at + ".organisation"));
    }
  }

  /** How often a cost recurs: week, month, quarter or year; only with what it repeats. */
  private Optional<Rhythm> every(String at, String word, boolean repeats) {
    if (word == null) {
      return Optional.empty();
    }
    Optional<Rhythm> r = Rhythm.fromWord(word);
    if (r.isEmpty()) {
      problem(at, "'" + word + "' is not a period", "write week, month, quarter or year");
    } else if (!repeats) {
      problem(at, "a period needs something to repeat", "give the amount or hours it repeats");
      return Optional.empty();
    }
    return r;
  }

  OptionalDouble probability(String where, BigDecimal p) {
    if (p == null) {
      return OptionalDouble.empty();
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      problem(
          where + ".probability",
          "a probability lies between 0 and 1, not " + p,
          "write 0.4 for 40%");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(p.doubleValue());
  }

  Optional<Money> money(String at, MoneyJson m) {
    if (m == null) {
      return Optional.empty();
    }
    if (m.amount() == null || m.amount().signum() < 0) {
      problem(
          at + ".amount",
          "an amount of 0 or more is needed",
          "write {\"amount\": 50000, \"currency\": \"GBP\"}");
      return Optional.empty();
    }
    return Optional.of(new Money(m.amount(), orEmpty(m.currency())));
  }

  Optional<PartialDate> date(String at, String text) {
    return parse(at, text, PartialDate::parse, "write YYYY, YYYY-MM or YYYY-MM-DD");
  }

  private <T> Optional<T> parse(String at, String text, Function<String, T> parser, String hint) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text));
    } catch (IllegalArgumentException e) {
      problem(at, e.getMessage(), hint);
      return Optional.empty();
    }
  }

  /** A wrong value: at its line and column, named by its path, the line shown. */
  void problem(String path, String message, String hint) {
    SourcePosition at = places.at(path);
    reported++;
    problems.add(
        Problem.error(at, (path.isEmpty() ? "" : path + ": ") + message, hint)
            .showing(locations.line(at), 1));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
