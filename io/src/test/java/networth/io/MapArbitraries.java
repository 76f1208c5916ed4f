package networth.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import networth.model.Affiliation;
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

/**
 * Generated maps for round-trip properties: names with spaces, quotes, marks of the map syntax and
 * non-ASCII letters; every kind of node and every field; links with kinds that look like dates and
 * with attributes. {@code plain} keeps texts free of surrounding blanks (spreadsheets trim their
 * cells).
 */
public final class MapArbitraries {

  private MapArbitraries() {}

  public static Arbitrary<String> text(boolean plain) {
    Arbitrary<String> tricky =
        Arbitraries.of(
            "Emily",
            "Client 1",
            "My blog",
            "O'Brien & Co",
            "a -> b",
            "x-[y",
            "C#",
            "#hash",
            "note: this",
            "\"quoted\"",
            "back\\slash",
            "2014-03",
            "50k",
            "Zoë",
            "東京",
            "group",
            "person",
            "tab\there",
            "line\nbreak",
            "comma, list",
            "a=b",
            "[x]",
            "  padded  ",
            "-",
            "->");
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.oneOf(tricky, words, words.map(w -> w + " " + w));
    return plain
        ? any.filter(s -> s.equals(s.strip()) && !s.contains("\n") && !s.contains("\t"))
        : any;
  }

  public static Arbitrary<PartialDate> dates() {
    return Arbitraries.integers()
        .between(1990, 2030)
        .flatMap(
            y ->
                Arbitraries.integers()
                    .between(0, 12)
                    .flatMap(
                        m ->
                            Arbitraries.integers()
                                .between(0, m == 0 ? 0 : 28)
                                .map(d -> new PartialDate(y, m, d))));
  }

  public static Arbitrary<Money> money(String currency) {
    Arbitrary<BigDecimal> amounts =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 5_000_000).map(BigDecimal::valueOf),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, BigDecimal.valueOf(100_000))
                .ofScale(2));
    // In a spreadsheet a row has one currency, so a map that names none uses none.
    Arbitrary<String> currencies =
        currency.isEmpty() ? Arbitraries.just("") : Arbitraries.of(currency, "USD");
    return Combinators.combine(amounts, currencies).as(Money::new);
  }

  public static Arbitrary<Node> node(String id, boolean plain, String currency) {
    Arbitrary<NodeKind> kinds = Arbitraries.of(NodeKind.class);
    return kinds.flatMap(
        kind ->
            Combinators.combine(
                    text(plain).injectNull(0.5),
                    dates().optional(),
                    dates().optional(),
                    text(plain).injectNull(0.5),
                    deal(kind, plain, currency),
                    cost(currency),
                    attributes(plain),
                    laterDeals(kind, plain, currency))
                .as(
                    (label, date, until, note, deal, cost, attributes, later) ->
                        new Node(
                            id,
                            label == null ? "" : label,
                            kind,
                            date,
                            // An end before the start is refused by every reader.
                            until.filter(u -> date.isEmpty() || !u.endsBefore(date.get())),
                            note == null ? "" : note,
                            deal,
                            cost,
                            attributes,
                            later)));
  }

  /** Up to two further deals of an opportunity, each with a value (a map file needs one). */
  private static Arbitrary<List<LaterDeal>> laterDeals(
      NodeKind kind, boolean plain, String currency) {
    if (!kind.isOpportunity()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<LaterDeal> deal =
        Arbitraries.of(LaterDeal.Outcome.class)
            .flatMap(
                o ->
                    Combinators.combine(
                            dates().optional(), deal(o.kind(), plain, currency), money(currency))
                        .as(
                            (d, terms, value) ->
                                new LaterDeal(
                                    o,
                                    d,
                                    terms.value().isPresent() ? terms : terms.withValue(value))));
    return deal.list().ofMaxSize(2);
  }

  private static Arbitrary<Deal> deal(NodeKind kind, boolean plain, String currency) {
    if (!kind.isOpportunity()) {
      return Arbitraries.just(Deal.NONE);
    }
    Arbitrary<OptionalDouble> p =
        kind == NodeKind.PROSPECT
            ? Arbitraries.doubles()
                .between(0, 1)
                .injectNull(0.3)
                .map(d -> d == null ? OptionalDouble.empty() : OptionalDouble.of(d))
            : Arbitraries.just(OptionalDouble.empty());
    Arbitrary<Optional<NextStep>> next =
        Combinators.combine(text(plain), dates().optional()).as(NextStep::new).optional();
    return Combinators.combine(
            money(currency).optional(), p, Arbitraries.of("", "proposal", "second round"), next)
        .as(Deal::new);
  }

  private static Arbitrary<Cost> cost(String currency) {
    Arbitrary<OptionalDouble> hours =
        Arbitraries.doubles()
            .between(0, 500)
            .injectNull(0.5)
            .map(d -> d == null ? OptionalDouble.empty() : OptionalDouble.of(d));
    Arbitrary<Optional<Rhythm>> every = Arbitraries.of(Rhythm.class).optional();
    return Combinators.combine(
            money(currency).optional(), hours, money(currency).optional(), every, every)
        .as(
            (m, h, r, me, he) ->
                new Cost(
                    m,
                    h,
                    r,
                    m.isPresent() ? me : Optional.empty(),
                    h.isPresent() ? he : Optional.empty()));
  }

  private static Arbitrary<Map<String, String>> attributes(boolean plain) {
    return Arbitraries.maps(
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(5)
                .map(k -> "x" + k),
            text(plain))
        .ofMaxSize(2)
        .map(LinkedHashMap::new);
  }

  /** A map of up to {@code maxNodes} nodes, some only referred to by links and groups. */
  public static Arbitrary<NetworkMap> maps(int maxNodes, boolean plain) {
    Arbitrary<String> currency = Arbitraries.of("", "GBP");
    return currency.flatMap(
        cur ->
            Arbitraries.integers()
                .between(1, maxNodes)
                .flatMap(
                    n -> {
                      List<String> ids = new ArrayList<>();
                      for (int i = 0; i < n; i++) {
                        ids.add(
                            i % 3 == 0
                                ? "n" + i
                                : "Node " + i + (i % 2 == 0 ? " \"q\"" : " → #" + i));
                      }
                      Arbitrary<List<Node>> nodes =
                          Combinators.combine(ids.stream().map(id -> node(id, plain, cur)).toList())
                              .as(l -> l);
                      Arbitrary<Integer> declared = Arbitraries.integers().between(0, n);
                      Arbitrary<List<Link>> links = link(ids, plain).list().ofMaxSize(n * 2);
                      Arbitrary<List<Group>> groups =
                          Arbitraries.subsetOf(ids)
                              .map(s -> new Group("social", List.copyOf(s)))
                              .list()
                              .ofMaxSize(1);
                      Arbitrary<MapSettings> settings =
                          Combinators.combine(text(plain).injectNull(0.5), money(cur).optional())
                              .as(
                                  (title, rate) ->
                                      new MapSettings(title == null ? "" : title, cur, rate));
                      Arbitrary<List<Affiliation>> affiliations =
                          affiliation(ids, plain).list().ofMaxSize(n);
                      return Combinators.combine(
                              nodes, declared, links, groups, settings, affiliations)
                          .as(
                              (ns, d, ls, gs, s, as) -> {
                                NetworkMap.Builder b = NetworkMap.builder().settings(s);
                                ns.subList(0, d).forEach(b::node);
                                gs.stream().filter(g -> !g.members().isEmpty()).forEach(b::group);
                                ls.forEach(b::link);
                                as.forEach(b::affiliation);
                                return b.build();
                              });
                    }));
  }

  /**
   * Affiliations between the map's nodes and names only they use, some of them keywords of the map
   * file ({@code Job}, {@code owns}) that the writer must quote or place so they read back.
   */
  private static Arbitrary<Affiliation> affiliation(List<String> ids, boolean plain) {
    List<String> names = new ArrayList<>(ids);
    names.addAll(List.of("Job", "owns", "Bloom Coffee", "founded"));
    return Combinators.combine(
            Arbitraries.of(names),
            Arbitraries.of(names),
            Arbitraries.of(Affiliation.Role.class),
            dates().optional(),
            dates().optional(),
            text(plain).injectNull(0.5))
        .as(
            (p, o, r, since, until, note) ->
                new Affiliation(
                    p,
                    o,
                    r,
                    since,
                    // An end before the start is refused by every reader.
                    until.filter(u -> since.isEmpty() || !u.endsBefore(since.get())),
                    note == null ? "" : note))
        .filter(a -> !a.person().equals(a.organisation()));
  }

  private static Arbitrary<Link> link(List<String> ids, boolean plain) {
    Arbitrary<String> kinds =
        Arbitraries.of("", "introduced", "met at", "found via", "2012", "saw  twice", "kind \"q\"");
    return Combinators.combine(
            Arbitraries.of(ids),
            Arbitraries.of(ids),
            kinds,
            dates().optional(),
            text(plain).injectNull(0.5),
            linkAttributes(plain))
        .as((a, b, k, d, note, at) -> new Link(a, b, k, d, note == null ? "" : note, at))
        .filter(l -> !l.from().equals(l.to()));
  }

  /**
   * A link's attributes: none for most links, else one to three, with keys that must be quoted in a
   * map file (spaces, quotes, {@code =}, marks of the arrow, a date, the link's own field names),
   * keys as imports write them ({@code source}, {@code weight}) and non-ASCII ones. A spreadsheet
   * cannot keep a key named like one of its own columns, or with surrounding blanks: plain maps
   * leave those out.
   */
  public static Arbitrary<Map<String, String>> linkAttributes(boolean plain) {
    List<String> keys =
        new ArrayList<>(
            List.of(
                "source",
                "weight",
                "first met",
                "say \"hi\"",
                "a=b",
                "x-[y",
                "a -> b",
                "note: this",
                "2012",
                "Zoë",
                "東京",
                "Id",
                "Label",
                "Target"));
    if (!plain) {
      keys.addAll(List.of("kind", "date", "note", "  padded  ", "line\nbreak", "#hash"));
    }
    Arbitrary<Map<String, String>> some =
        Arbitraries.maps(Arbitraries.of(keys), text(plain))
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(LinkedHashMap::new);
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Map.of())), Tuple.of(2, some));
  }
}
