package networth.io.fuzz;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.io.Layout;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.netmap.NetmapReader;

/**
 * A map file read for an analysis, without its layout, gives what a full read gives: the same map,
 * the same problems (the reader's and the checks') at the same places, the same places for its
 * nodes and links. The inputs: the examples and small generated maps, mutated as the fuzz harness
 * mutates them, kept when they are still UTF-8.
 */
class NetmapWithoutLayoutProperties {

  @Provide
  Arbitrary<byte[]> files() {
    return MutatedDocuments.of(FuzzInput.Form.NETMAP);
  }

  @Property(tries = 200, seed = "20261201")
  void withoutTheLayoutTheMapProblemsAndPlacesAreTheSame(@ForAll("files") byte[] file) {
    ReadResult full = MapChecker.check(NetmapReader.read("m.netmap", file), "m.netmap");
    ReadResult lean =
        MapChecker.check(
            NetmapReader.read(
                "m.netmap",
                java.nio.ByteBuffer.allocateDirect(file.length).put(file).flip(),
                false),
            "m.netmap");

    assertThat(said(lean)).isEqualTo(said(full));
    assertThat(lean.map()).isEqualTo(full.map());
    assertThat(places(lean)).isEqualTo(places(full));
    assertThat(lean.layout()).isEqualTo(Layout.NONE);
  }
}
