package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import networth.diagnostics.Problem;
import networth.io.json.JsonMapReader;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import org.junit.jupiter.api.Test;

/**
 * What a reader accepts as hours, every writer writes and reads back: 309 digits once read as
 * infinity, which the checks let through and no writer could spell.
 */
class HoursWrittenBackTest {

  private static final String NINES = "9".repeat(320);

  @Test
  void hoursTooLargeForAnyWriterAreRefusedWhereWritten() {
    ReadResult netmap = NetmapReader.read("m.netmap", "channel K hours " + NINES + "\n");
    assertThat(netmap.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.position().line() + ":" + p.position().column()).isEqualTo("1:17");
              assertThat(p.message()).contains("1,000,000");
            });
    ReadResult json =
        JsonMapReader.read(
            "m.json",
            "{\"format\":\"networth-map\",\"version\":1,\"nodes\":[{\"id\":\"K\",\"kind\":\"channel\","
                + "\"hours\":1e400}]}");
    assertThat(json.problems())
        .extracting(Problem::message)
        .containsExactly("nodes[0] ('K').hours: more than the most hours accepted, 1,000,000");
  }

  @Test
  void theMostHoursAcceptedAreWrittenAndReadBackInEachForm() {
    ReadResult read = NetmapReader.read("m.netmap", "channel K hours 1000000\n");
    assertThat(read.problems()).isEmpty();
    String netmap = NetmapWriter.write(read.map(), read.layout());
    assertThat(netmap).contains("hours 1000000");
    assertThat(NetmapReader.read("m.netmap", netmap).map()).isEqualTo(read.map());
    String json = JsonMapWriter.write(read.map());
    assertThat(JsonMapReader.read("m.json", json).map()).isEqualTo(read.map());
  }
}
