package networth.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
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
import networth.io.json.JsonDocument.GroupJson;
import networth.io.json.JsonDocument.LinkJson;
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
 * Reads the JSON form of a map ({@code docs/json-format.md}) in one streaming pass ({@link
 * JsonMapParser}): each node, link and affiliation is checked and added as soon as it is read.
 * Every problem is reported at its line and column, named by its path ({@code nodes[3].kind}), and
 * reading goes on.
 */
public final class JsonMapReader {

  /**
   * The largest amount a map may hold: a thousand million million (10^15), more than any deal; what
   * lies beyond is a mistake, and would be written out digit by digit.
   */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  /** The most decimal places an amount may have. */
  static final int MAX_DECIMALS = 10;

  /** The longest number read, in characters: Jackson's own bound, said in words here. */
  private static final int MAX_NUMBER_LENGTH = 1_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
          .build();

  private final String source;
  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();

  /**
   * Every node id met, mapped to itself once the node is declared (to null while it is not): one
   * look-up tells a link whether its end is declared and gives the id's one string, so that a
   * million links do not keep two million copies of their ends' ids.
   */
  private final Map<String, String> ids = new HashMap<>();

  private final Locations locations = new Locations();
  private final JsonPlaces places;
  private String title = "";
  private String currency = "";
  private Optional<Money> rate = Optional.empty();
  private Problem stop;

  private JsonMapReader(String source) {
    this.source = source;
    this.places = new JsonPlaces(source);
  }

  public static ReadResult read(String source, String text) {
    return new JsonMapReader(source).read(text);
  }

  private ReadResult read(String text) {
    if (text.length() <= PLACED_MAX) {
      locations.text(source, text.lines().toList());
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      try {
        new JsonMapParser(p, this, places).document();
      } catch (StreamConstraintsException e) {
        var loc = p.currentTokenLocation();
        shape(
            new SourcePosition(source, loc.getLineNr(), loc.getColumnNr()),
            JsonMapParser.path(p.getParsingContext()),
            "a number longer than "
                + String.format(java.util.Locale.ROOT, "%,d", MAX_NUMBER_LENGTH)
                + " characters",
            "an amount is at most " + MAX_AMOUNT.toPlainString() + "; shorten the number");
      }
    } catch (JsonProcessingException e) {
      syntax(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (stop != null) {
      // Not a map networth reads: nothing else in it is worth a message.
      return new ReadResult(NetworkMap.builder().build(), List.of(stop), locations, Layout.NONE);
    }
    builder.settings(new MapSettings(title, currency, rate));
    return new ReadResult(builder.build(), problems.list(), locations, Layout.NONE);
  }

  /**
   * Documents larger than this many characters keep no copy of their lines: their problems give
   * line and column but do not show the line.
   */
  static final int PLACED_MAX = 20_000_000;

  String source() {
    return source;
  }

  boolean stopped() {
    return stop != null;
  }

  private void syntax(JsonProcessingException e) {
    SourcePosition at = where(e);
    String path =
        e.getProcessor() instanceof JsonParser p ? JsonMapParser.path(p.getParsingContext()) : "";
    String message = e.getOriginalMessage().split("\n")[0];
    message = message.replaceAll(" \\(code \\d+\\)", "");
    problems.add(
        Problem.error(
                at,
                (path.isEmpty() ? "" : path + ": ") + "not valid JSON: " + message,
                "check the JSON against docs/json-format.md")
            .showing(locations.line(at), 1));
  }

  /** Where a problem Jackson found stands: its own location, else where its parser stopped. */
  private SourcePosition where(JsonProcessingException e) {
    var loc = e.getLocation();
    if (loc == null && e.getProcessor() instanceof JsonParser p) {
      loc = p.currentLocation();
    }
    return loc == null || loc.getLineNr() < 1
        ? SourcePosition.of(source)
        : new SourcePosition(source, loc.getLineNr(), loc.getColumnNr());
  }

  /** A mistake in the document's shape, at the place the parser stands. */
  void shape(SourcePosition at, String path, String message, String hint) {
    reported++;
    problems.add(
        Problem.error(at, (path.isEmpty() ? "" : path + ": ") + message, hint)
            .showing(locations.line(at), 1));
  }

  void format(String format) {
    if (format != null && !format.equals(JsonDocument.FORMAT)) {
      problem(
          "format",
          "this is not a networth map (format '" + format + "')",
          "a map says \"format\": \"" + JsonDocument.FORMAT + "\"");
      stop = problems.list().get(problems.list().size() - 1);
    }
  }

  void version(Integer version) {
    if (version != null && version > JsonDocument.VERSION) {
      problem(
          "version",
          "version "
              + version
              + " is newer than this networth reads ("
              + JsonDocument.VERSION
              + ")",
          "update networth");
      stop = problems.list().get(problems.list().size() - 1);
    }
  }

  void title(String title) {
    this.title = orEmpty(title);
  }

  void currency(String code) {
    String c = orEmpty(code);
    if (!c.isEmpty() && !Money.isCurrency(c)) {
      problem("currency", Money.currencyProblem(c), "write \"GBP\", \"USD\", \"EUR\"…");
      c = "";
    }
    this.currency = c;
  }

  void rate(MoneyJson m) {
    this.rate = money("rate", m);
  }

  void group(String at, GroupJson g) {
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

  /** A node whose shape was wrong (reported): the checks say nothing more about its id. */
  void broken(String id) {
    if (id != null && !builder.isDeclared(id)) {
      locations.broken(id);
    }
  }

  /** How many wrong values were reported, to tell whether a node had one. */
  int reported;

  void node(String at, NodeJson n) {
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
    if (ids.containsKey(n.id())) {
      problem(
          where + ".id",
          "'" + n.id() + "' is already the id of another node",
          "give each node its own id");
      return;
    }
    ids.put(n.id(), null);
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
      try {
        hours = OptionalDouble.of(FieldValues.hours(n.hours()));
      } catch (IllegalArgumentException e) {
        problem(where + ".hours", e.getMessage(), "give the hours spent, 0 or more");
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
    ids.put(node.id(), node.id());
    locations.declared(node.id(), places.elementStart());
  }

  void link(String at, LinkJson l) {
    if (l.from() == null || l.from().isBlank() || l.to() == null || l.to().isBlank()) {
      problem(
          at,
          "a link needs \"from\" and \"to\"",
          "give the ids of the two nodes: {\"from\": \"Emily\", \"to\": \"Roger\"}");
      return;
    }
    String from = ids.get(l.from());
    String to = ids.get(l.to());
    builder.link(
        new Link(
            from == null ? l.from() : from,
            to == null ? l.to() : to,
            orEmpty(l.kind()),
            l.date() == null ? Optional.empty() : date(at + ".date", l.date()),
            orEmpty(l.note()),
            l.attributes() == null ? Map.of() : attributes(at + ".attributes", l.attributes())));
    locations.link(places.elementStart());
    if (from == null) {
      locations.referred(l.from(), places.at(at + ".from"));
    }
    if (to == null) {
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

  void affiliation(String at, AffiliationJson a) {
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
    locations.affiliation(places.elementStart());
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
    if (m.amount().compareTo(MAX_AMOUNT) > 0
        || m.amount().stripTrailingZeros().scale() > MAX_DECIMALS) {
      problem(
          at + ".amount",
          "an amount is at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_AMOUNT.longValueExact())
              + " with at most "
              + MAX_DECIMALS
              + " decimal places, not "
              + shown(m.amount()),
          "check the amount: is it in the map's currency, without stray digits?");
      return Optional.empty();
    }
    String code = orEmpty(m.currency());
    if (!code.isEmpty() && !Money.isCurrency(code)) {
      problem(
          at + ".currency",
          Money.currencyProblem(code),
          "write \"GBP\", \"USD\", \"EUR\"…, or leave it out for the map's currency");
      return Optional.empty();
    }
    return Optional.of(new Money(m.amount(), code));
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

  /** A number as a message shows it: plainly when short, else in scientific notation. */
  private static String shown(BigDecimal d) {
    String plain =
        d.abs().compareTo(BigDecimal.TEN.pow(30)) < 0 && d.scale() < 30
            ? d.toPlainString()
            : d.toString();
    return plain.length() <= 40 ? plain : d.round(new java.math.MathContext(6)).toString();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
