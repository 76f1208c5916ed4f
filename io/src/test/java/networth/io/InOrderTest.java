package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import networth.io.csv.CsvMapReader;
import networth.io.csv.CsvMapWriter;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Lines made on threads are written in their items' order, whatever the batches; what goes wrong
 * making one is what the writer meets; and a map large enough for its rows to be made so reads back
 * as itself.
 */
class InOrderTest {

  private static String written(int count, int threadedFrom, int batch) throws IOException {
    StringBuilder out = new StringBuilder();
    InOrder.write(count, (i, line) -> line.append(i).append('\n'), out, threadedFrom, batch);
    return out.toString();
  }

  @Test
  void linesAreWrittenInTheItemsOrderWhateverTheBatches() throws IOException {
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      expected.append(i).append('\n');
    }
    for (int batch : List.of(1, 2, 3, 7, 64, 999, 1000, 5000)) {
      assertThat(written(1000, 0, batch)).as("batches of %d", batch).isEqualTo(expected.toString());
    }
    assertThat(written(1000, 1001, 7)).isEqualTo(expected.toString());
    assertThat(written(0, 0, 7)).isEmpty();
  }

  @Test
  void whatGoesWrongMakingALineIsWhatTheWriterMeets() {
    assertThatThrownBy(
            () ->
                InOrder.write(
                    100,
                    (i, line) -> {
                      if (i == 57) {
                        throw new IllegalStateException("line 57");
                      }
                      line.append(i);
                    },
                    new StringBuilder(),
                    0,
                    8))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("line 57");
  }

  @Test
  void aMapWhoseLinksAreWrittenOnThreadsReadsBackAsItself() {
    // More links than InOrder.THREADED_FROM, with kinds, dates and notes that need quoting.
    Random random = new Random(9);
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i < 3000; i++) {
      b.node(Node.of("p" + i, i % 7 == 0 ? NodeKind.ORGANISATION : NodeKind.PERSON));
    }
    int links = InOrder.THREADED_FROM + 4321;
    for (int e = 0; e < links; e++) {
      int from = random.nextInt(3000);
      int to = (from + 1 + random.nextInt(2999)) % 3000;
      b.link(
          b.number("p" + from),
          b.number("p" + to),
          e % 5 == 0 ? "introduced" : "",
          e % 3 == 0 ? Optional.of(PartialDate.parse("2013-0" + (1 + e % 9))) : Optional.empty(),
          e % 11 == 0 ? "met, \"at\" a fair" : "",
          java.util.Map.of());
    }
    NetworkMap map = b.build();

    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    var read =
        CsvMapReader.read(
            Optional.of(CsvMapReader.Sheet.of("elements.csv", sheets.elements())),
            Optional.of(CsvMapReader.Sheet.of("connections.csv", sheets.connections())));

    assertThat(read.problems()).isEmpty();
    assertThat(read.map().links()).isEqualTo(map.links());
  }
}
