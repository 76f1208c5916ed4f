package networth.io.fuzz;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import networth.io.fuzz.Verdict.Kind;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Defects the harness finds that are being fixed apart from it (their numbers are those of the list
 * of defects found by fuzzing), each recognised by one named predicate, so that the properties stay
 * green meanwhile and count them. When a defect is fixed, its entry is removed: from then on the
 * harness holds the fix.
 */
final class KnownDefects {

  private KnownDefects() {}

  /** A failing try: the input, what went wrong, and the map when it was read without errors. */
  record Try(FuzzInput input, Verdict verdict, Optional<NetworkMap> accepted) {
    boolean is(Kind kind) {
      return verdict.kind() == kind;
    }

    boolean says(String text) {
      return verdict.detail().contains(text);
    }
  }

  /**
   * A known defect.
   *
   * @param name its number and what it is
   * @param matches whether a failing try is this defect
   */
  record Known(String name, Predicate<Try> matches) {}

  /** None named today: every defect the harness has found is fixed and held by it. */
  static final List<Known> ALL = List.of();

  /** The known defect a failing try shows, if it is one. */
  static Optional<Known> of(Try t) {
    return ALL.stream().filter(k -> k.matches().test(t)).findFirst();
  }

  private static boolean blankId(Try t) {
    return t.is(Kind.UNCAUGHT) && t.says("a node id cannot be blank");
  }

  private static boolean infiniteHours(Try t) {
    return t.accepted()
        .map(
            m ->
                m.nodes().stream()
                    .anyMatch(n -> n.cost().hours().stream().anyMatch(h -> !Double.isFinite(h))))
        .orElse(false);
  }

  private static boolean currencyUnchecked(Try t) {
    return t.accepted()
        .map(m -> money(m).anyMatch(c -> !c.currency().matches("[A-Z]{3}|")))
        .orElse(false);
  }

  private static Stream<Money> money(NetworkMap m) {
    return Stream.concat(
        m.settings().hourlyRate().stream(),
        m.nodes().stream()
            .flatMap(
                (Node n) ->
                    Stream.of(
                            n.deal().value().stream(),
                            n.cost().money().stream(),
                            n.cost().rate().stream(),
                            n.laterDeals().stream().flatMap(d -> d.terms().value().stream()))
                        .flatMap(s -> s)));
  }

  private static boolean jacksonWords(Try t) {
    return t.input().form() == FuzzInput.Form.JSON
        && t.is(Kind.INTERNALS)
        && Stream.of(
                "JsonDocument$",
                "DeserializationFeature",
                "CoercionConfig",
                "com.fasterxml",
                "`java.",
                "JsonToken")
            .anyMatch(t::says);
  }

  private static boolean commonsCsvWords(Try t) {
    return t.input().form() == FuzzInput.Form.CSV
        && (t.is(Kind.NO_PLACE) || t.is(Kind.INTERNALS))
        && t.says("not valid CSV: org.apache.commons.csv");
  }

  /** The CSV pair read back loses blanks around a text the other forms keep. */
  private static boolean csvTrims(Try t) {
    return t.is(Kind.ROUND_TRIP)
        && t.says("reading back map ")
        && t.accepted().map(KnownDefects::hasPaddedText).orElse(false);
  }

  private static boolean hasPaddedText(NetworkMap m) {
    Stream<String> texts =
        Stream.of(
                m.nodes().stream()
                    .flatMap(
                        n ->
                            Stream.concat(
                                Stream.of(n.id(), n.label(), n.note(), n.deal().stage()),
                                Stream.concat(
                                    n.attributes().keySet().stream(),
                                    n.attributes().values().stream()))),
                m.links().stream()
                    .flatMap(
                        l ->
                            Stream.concat(
                                Stream.of(l.kind(), l.note()),
                                Stream.concat(
                                    l.attributes().keySet().stream(),
                                    l.attributes().values().stream()))),
                m.affiliations().stream().map(a -> a.note()))
            .flatMap(s -> s);
    return texts.anyMatch(s -> !s.equals(s.strip()));
  }

  private static boolean notUtf8(Try t) {
    return t.verdict().cause() instanceof CharacterCodingException;
  }
}
