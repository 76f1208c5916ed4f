package networth.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.io.MapArbitraries;
import networth.io.ReadResult;
import networth.io.json.JsonMapReader;
import networth.model.NetworkMap;

/**
 * A JSON map read from the bytes of its file gives what its text gives: the same map, the same
 * problems at the same lines and columns, the same places for its nodes and links. The inputs: the
 * examples and small generated maps in their JSON form, mutated as the fuzz harness mutates them
 * ({@link FuzzInputs#mutation}), kept when they are still UTF-8 (only such bytes are handed over).
 */
class JsonBytesProperties {

  @Provide
  Arbitrary<byte[]> documents() {
    Arbitrary<FuzzInput> examples =
        Arbitraries.of(Seeds.all().stream().filter(s -> s.form() == FuzzInput.Form.JSON).toList());
    Arbitrary<FuzzInput> generated =
        MapArbitraries.maps(6, false).map(m -> Seeds.of(m, FuzzInput.Form.JSON, "generated"));
    Arbitrary<FuzzInput> seeds = Arbitraries.oneOf(examples, generated);
    return Combinators.combine(seeds, FuzzInputs.mutation().list().ofMinSize(0).ofMaxSize(3))
        .as(
            (seed, mutations) -> {
              FuzzInput in = seed;
              for (Mutation m : mutations) {
                in = in.mutated(0, m);
              }
              return in.files().get(0);
            })
        .filter(JsonBytesProperties::isUtf8);
  }

  @Property(tries = 150, seed = "20261201")
  void bytesAndTextGiveTheSameMapProblemsAndPlaces(@ForAll("documents") byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);

    ReadResult fromBytes = JsonMapReader.read("m.json", document);
    ReadResult fromText = JsonMapReader.read("m.json", text);

    assertThat(said(fromBytes)).isEqualTo(said(fromText));
    assertThat(fromBytes.map()).isEqualTo(fromText.map());
    assertThat(places(fromBytes)).isEqualTo(places(fromText));
  }

  private static List<String> said(ReadResult r) {
    return r.problems().stream()
        .map(p -> p.position() + " " + p.message() + " | " + p.hint())
        .toList();
  }

  /** Where each node was declared or first named, and where each link was written. */
  private static List<String> places(ReadResult r) {
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
