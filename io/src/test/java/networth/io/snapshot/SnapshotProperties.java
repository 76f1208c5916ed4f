package networth.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.io.MapArbitraries;
import networth.io.MapContent;
import networth.model.NetworkMap;

/** Any map, with any text in it, comes back from a snapshot exactly as it went in. */
class SnapshotProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return MapArbitraries.maps(12, false);
  }

  @Property(tries = 100)
  void aMapComesBackExactly(@ForAll("maps") NetworkMap map) throws Exception {
    Path dir = Files.createTempDirectory("snapshot");
    try {
      Path file = dir.resolve("s");
      Files.createFile(file);
      List<Problem> problems =
          List.of(
              Problem.warning(new SourcePosition("m.netmap", 3, 7), "a “warning”", "")
                  .showing("A -> B\tç", 2));
      SnapshotWriter.write(map, problems, "key é", file);
      SnapshotReader.Contents back = SnapshotReader.read(file, "key é");
      assertThat(back.map()).isEqualTo(map);
      assertThat(back.map().nodes()).containsExactlyElementsOf(map.nodes());
      assertThat(back.map().groups()).containsExactlyElementsOf(map.groups());
      assertThat(MapContent.attributeOrder(back.map())).isEqualTo(MapContent.attributeOrder(map));
      assertThat(back.map().nodes().stream().map(n -> List.copyOf(n.attributes().keySet())))
          .containsExactlyElementsOf(
              map.nodes().stream().map(n -> List.copyOf(n.attributes().keySet())).toList());
      assertThat(back.problems()).isEqualTo(problems);
    } finally {
      try (var in = Files.walk(dir)) {
        in.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
