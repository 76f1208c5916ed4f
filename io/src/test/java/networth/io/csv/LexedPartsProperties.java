package networth.io.csv;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.io.fuzz.MutatedDocuments;

/**
 * A connections sheet lexed in parts side by side reads exactly as one lexed in one go: the same
 * map, the same problems at the same lines and cells, the same places. The inputs: the examples'
 * and small generated maps' sheet pairs, the connections sheet mutated as the fuzz harness mutates
 * (quotes, line breaks of every kind, blanks, stray bytes), cut into parts of a few bytes, so that
 * cuts fall inside quoted cells, between a carriage return and its line feed, on blank lines.
 */
class LexedPartsProperties {

  @Provide
  Arbitrary<List<byte[]>> pairs() {
    return MutatedDocuments.csvPairs();
  }

  @Provide
  Arbitrary<Integer> partSizes() {
    return Arbitraries.integers().between(1, 200);
  }

  @Property(tries = 300, seed = "20261201")
  void aSheetLexedInPartsReadsAsOneLexedInOneGo(
      @ForAll("pairs") List<byte[]> pair, @ForAll("partSizes") int partBytes) {
    ReadResult whole = read(pair, Integer.MAX_VALUE / 2);
    ReadResult inParts = read(pair, partBytes);

    assertThat(said(inParts)).isEqualTo(said(whole));
    assertThat(inParts.map()).isEqualTo(whole.map());
    assertThat(places(inParts)).isEqualTo(places(whole));
  }

  static ReadResult read(List<byte[]> pair, int partBytes) {
    return CsvMapReader.read(
        Optional.of(sheet("elements.csv", pair.get(0))),
        Optional.of(sheet("connections.csv", pair.get(1))),
        Progress.NONE,
        partBytes);
  }

  private static CsvMapReader.Sheet sheet(String name, byte[] bytes) {
    return CsvMapReader.Sheet.of(name, new String(bytes, StandardCharsets.UTF_8));
  }
}
