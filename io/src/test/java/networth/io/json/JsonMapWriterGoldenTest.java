package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streamed writer gives, byte for byte, the text the writer gave when it bound records into a
 * tree: the golden files under test resources were written by that writer (networth convert), for
 * both example maps and a map that uses every field of the form.
 */
class JsonMapWriterGoldenTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = JsonMapWriterGoldenTest.class.getResourceAsStream(name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"freelance-designer", "power-of-the-network"})
  void theExampleMapsAreWrittenAsBefore(String example) throws IOException {
    Path file = Path.of("..", "examples", example + ".netmap");
    ReadResult read = NetmapReader.read(file.toString(), Files.readString(file));
    assertThat(read.hasErrors()).isFalse();

    assertThat(JsonMapWriter.write(read.map())).isEqualTo(golden(example));
  }

  @ParameterizedTest
  @ValueSource(strings = {"freelance-designer", "power-of-the-network", "every-field"})
  void aWrittenMapReadsBackToTheSameMapAndTheSameText(String name) throws IOException {
    String text = golden(name);
    ReadResult read = JsonMapReader.read(name + ".json", text);
    assertThat(read.hasErrors()).as(read.problems().toString()).isFalse();
    NetworkMap map = read.map();

    String written = JsonMapWriter.write(map);

    assertThat(written).isEqualTo(text);
    assertThat(JsonMapReader.read("again.json", written).map()).isEqualTo(map);
  }
}
