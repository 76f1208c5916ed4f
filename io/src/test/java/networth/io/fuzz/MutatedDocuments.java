package networth.io.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import networth.io.MapArbitraries;
import networth.io.ReadResult;
import networth.model.NetworkMap;

/**
 * Map documents for properties that compare two ways of reading the same bytes: the examples and
 * small generated maps in one form, mutated as the fuzz harness mutates them ({@link
 * FuzzInputs#mutation}), kept when they are still UTF-8; and what two reads are compared by.
 */
public final class MutatedDocuments {

  private MutatedDocuments() {}

  /** Documents of this form (a single-file form: the .netmap or JSON). */
  static Arbitrary<byte[]> of(FuzzInput.Form form) {
    return mutated(form, 0).map(files -> files.get(0));
  }

  /**
   * CSV pairs, the elements sheet then the connections sheet, whose connections sheet is mutated:
   * for properties of reading that sheet.
   */
  public static Arbitrary<List<byte[]>> csvPairs() {
    return mutated(FuzzInput.Form.CSV, 1);
  }

  /** The files of inputs of this form, file {@code which} mutated, kept when all are UTF-8. */
  private static Arbitrary<List<byte[]>> mutated(FuzzInput.Form form, int which) {
    Arbitrary<FuzzInput> examples =
        Arbitraries.of(Seeds.all().stream().filter(s -> s.form() == form).toList());
    Arbitrary<FuzzInput> generated =
        MapArbitraries.maps(6, false).map(m -> Seeds.of(m, form, "generated"));
    Arbitrary<FuzzInput> seeds = Arbitraries.oneOf(examples, generated);
    return Combinators.combine(seeds, FuzzInputs.mutation().list().ofMinSize(0).ofMaxSize(3))
        .as(
            (seed, mutations) -> {
              FuzzInput in = seed;
              for (Mutation m : mutations) {
                in = in.mutated(which, m);
              }
              return in.files();
            })
        .filter(files -> files.stream().allMatch(MutatedDocuments::isUtf8));
  }

  /** Each problem: where, what and what to do. */
  public static List<String> said(ReadResult r) {
    return r.problems().stream()
        .map(p -> p.position() + " " + p.message() + " | " + p.hint())
        .toList();
  }

  /** Where each node was declared or first named, and where each link was written. */
  public static List<String> places(ReadResult r) {
    NetworkMap map = r.map();
    List<String> out = new ArrayList<>();
    map.nodes().forEach(n -> out.add(n.id() + " " + r.locations().of(n.id())));
    for (int i = 0; i < map.links().size(); i++) {
      out.add("link " + i + " " + r.locations().link(i));
    }
    return out;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
