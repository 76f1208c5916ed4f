package networth.io.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import networth.io.MapArbitraries;
import networth.io.fuzz.Mutation.Flip;
import networth.io.fuzz.Mutation.Insert;
import networth.io.fuzz.Mutation.Lines;
import networth.io.fuzz.Mutation.Replace;
import networth.io.fuzz.Mutation.Token;
import networth.io.fuzz.Mutation.Truncate;

/**
 * The inputs the fuzz properties feed the readers: (a) the examples in every form with one to four
 * mutations, (b) small maps generated from the model, written in a form, with up to two.
 */
final class FuzzInputs {

  private FuzzInputs() {}

  /** Characters and tokens that have broken or might break a reader, a writer or an export. */
  static final List<Token> TOKENS =
      List.of(
          // marks of the three grammars
          Token.of("\""),
          Token.of("\"\""),
          Token.of("="),
          Token.of(","),
          Token.of(":"),
          Token.of("#"),
          Token.of("\\"),
          Token.of("->"),
          Token.of("-["),
          Token.of("]->"),
          Token.of("["),
          Token.of("{"),
          Token.of("}"),
          Token.of("]"),
          Token.of("\n"),
          Token.of("\r\n"),
          Token.of("\r"),
          Token.of(" "),
          Token.of("\t"),
          // control characters, byte order mark, terminal escape, half characters
          Token.of("\u0000"),
          Token.of("\f"),
          Token.of("\u000b"),
          Token.of("\u001b[31m"),
          Token.of("\u007f"),
          Token.of("\u0085"),
          Token.of("\u009b31m"),
          Token.of("\\u007f"),
          Token.of("\\u009b"),
          Token.of("\u2028"),
          Token.of("\uFEFF"),
          Token.of("\\u0000"),
          Token.of("\\ud800"),
          Token.of("\\udc00x"),
          Token.bytes("<surrogate D800 as bytes>", 0xED, 0xA0, 0x80),
          Token.bytes("<lone continuation byte>", 0x80),
          Token.of("😀"),
          // numbers
          Token.of("1e400"),
          Token.of("-1e400"),
          Token.of("1e-400"),
          Token.of("9".repeat(1000)),
          Token.of("9".repeat(320)),
          Token.of("0.".concat("0".repeat(400)).concat("1")),
          Token.of("NaN"),
          Token.of("Infinity"),
          Token.of("-0"),
          Token.of("99999999999999999999"),
          Token.of("2014-1-1"),
          Token.of("0000"),
          Token.of("2014-02-30"),
          Token.of("50%"),
          Token.of("150%"),
          Token.of("£50k"),
          Token.of("€1,200/yr"),
          Token.of("GBPX"),
          // words of the map file
          Token.of("person "),
          Token.of("client "),
          Token.of("group g = "),
          Token.of("group o=\""),
          Token.of(" value "),
          Token.of(" won "),
          Token.of(" since "),
          Token.of(" until "),
          Token.of(" hours "),
          Token.of(" cost "),
          Token.of(" p "),
          Token.of("deal "),
          Token.of(" works at "),
          Token.of(" label "),
          Token.of("currency "),
          Token.of("title "),
          // words of the JSON and the sheets
          Token.of("null"),
          Token.of("true"),
          Token.of("\"id\":"),
          Token.of("\"from\":\"x\","),
          Token.of("\"version\":\"1\","),
          Token.of("\"probability\":\"0.5\","),
          Token.of("\"nodes\":[],"),
          Token.of("ID,"),
          Token.of("From,"),
          Token.of("Tags"),
          Token.of(",Note"),
          Token.of(",type"),
          Token.of(" (attribute)"),
          Token.of(" type=t"),
          Token.of(" \"  padded  \"=x"),
          Token.of("\"Until\":\"u\","),
          Token.of(";"),
          Token.of("=cmd|' /C calc'!A0"));

  static Arbitrary<Mutation> mutation() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Token> token = Arbitraries.of(TOKENS);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Flip::new)),
        Tuple.of(6, Combinators.combine(at, token).as(Insert::new)),
        Tuple.of(
            2,
            Combinators.combine(at, Arbitraries.integers().between(1, 12), token).as(Replace::new)),
        Tuple.of(1, at.map(Truncate::new)),
        Tuple.of(
            2, Combinators.combine(Arbitraries.of(Lines.LineChange.class), at, at).as(Lines::new)));
  }

  /** (a) An example in one of its forms, mutated one to four times. */
  static Arbitrary<FuzzInput> mutatedExamples() {
    return mutated(Arbitraries.of(Seeds.all()), 1, 4);
  }

  /** (b) A small generated map in one of the three forms, mutated up to twice. */
  static Arbitrary<FuzzInput> generatedMaps() {
    Arbitrary<FuzzInput> written =
        Combinators.combine(MapArbitraries.maps(6, false), Arbitraries.of(FuzzInput.Form.class))
            .as((map, form) -> Seeds.of(map, form, "a generated map"));
    return mutated(written, 0, 2);
  }

  private static Arbitrary<FuzzInput> mutated(Arbitrary<FuzzInput> seeds, int min, int max) {
    Arbitrary<List<Integer>> files = Arbitraries.integers().between(0, 1).list().ofSize(max);
    return Combinators.combine(seeds, mutation().list().ofMinSize(min).ofMaxSize(max), files)
        .as(
            (seed, mutations, which) -> {
              FuzzInput in = seed;
              for (int i = 0; i < mutations.size(); i++) {
                in = in.mutated(which.get(i), mutations.get(i));
              }
              return in;
            });
  }
}
