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
import networth.io.Layout;
import networth.io.MapArbitraries;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;

/**
 * A map file read for an analysis, without its layout, gives what a full read gives: the same map,
 * the same problems (the reader's and the checks') at the same places, the same places for its
 * nodes and links. The inputs: the examples and small generated maps, mutated as the fuzz harness
 * mutates them, kept when they are still UTF-8.
 */
class NetmapWithoutLayoutProperties {

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<FuzzInput> examples =
        Arbitraries.of(
            Seeds.all().stream().filter(s -> s.form() == FuzzInput.Form.NETMAP).toList());
    Arbitrary<FuzzInput> generated =
        MapArbitraries.maps(6, false).map(m -> Seeds.of(m, FuzzInput.Form.NETMAP, "generated"));
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
        .filter(NetmapWithoutLayoutProperties::isUtf8);
  }

  @Property(tries = 200, seed = "20261201")
  void withoutTheLayoutTheMapProblemsAndPlacesAreTheSame(@ForAll("files") byte[] file) {
    ReadResult full = MapChecker.check(NetmapReader.read("m.netmap", file), "m.netmap");
    ReadResult lean =
        MapChecker.check(NetmapReader.readWithoutLayout("m.netmap", file), "m.netmap");

    assertThat(said(lean)).isEqualTo(said(full));
    assertThat(lean.map()).isEqualTo(full.map());
    assertThat(places(lean)).isEqualTo(places(full));
    assertThat(lean.layout()).isEqualTo(Layout.NONE);
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
