package networth.io.fuzz;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import networth.io.ReadResult;
import networth.io.json.JsonMapReader;

/**
 * A JSON map read from the bytes of its file gives what its text gives: the same map, the same
 * problems at the same lines and columns, the same places for its nodes and links. The inputs: the
 * examples and small generated maps in their JSON form, mutated as the fuzz harness mutates them
 * ({@link FuzzInputs#mutation}), kept when they are still UTF-8 (only such bytes are handed over).
 * The same with the links read ahead in parts of a few bytes, as a large map's are.
 */
class JsonBytesProperties {

  @Provide
  Arbitrary<byte[]> documents() {
    return MutatedDocuments.of(FuzzInput.Form.JSON);
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

  @Property(tries = 150, seed = "20261202")
  void linksReadAheadInPartsGiveWhatTheTextGives(
      @ForAll("documents") byte[] document, @ForAll @IntRange(min = 1, max = 80) int part) {
    String text = new String(document, StandardCharsets.UTF_8);

    ReadResult ahead = JsonMapReader.read("m.json", document, 0, part);
    ReadResult fromText = JsonMapReader.read("m.json", text);

    assertThat(said(ahead)).isEqualTo(said(fromText));
    assertThat(ahead.map()).isEqualTo(fromText.map());
    assertThat(places(ahead)).isEqualTo(places(fromText));
  }
}
