package networth.io;

import static networth.io.MapContent.assertSameContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.io.csv.CsvMapReader;
import networth.io.csv.CsvMapWriter;
import networth.io.json.JsonMapReader;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;

/** Every form of a map reads back what was written, for generated maps. */
class RoundTripProperties {

  @Provide
  Arbitrary<NetworkMap> maps() {
    return MapArbitraries.maps(12, false);
  }

  @Provide
  Arbitrary<NetworkMap> plainMaps() {
    return MapArbitraries.maps(12, true);
  }

  @Property(tries = 300)
  void netmapReadsBackWhatItWrote(@ForAll("maps") NetworkMap map) {
    String text = NetmapWriter.write(map);
    ReadResult read = NetmapReader.read("generated.netmap", text);
    assertThat(read.errors()).as(text).isEmpty();
    assertSameContent(read.map(), map, true);
    assertThat(MapContent.attributeOrder(read.map())).isEqualTo(MapContent.attributeOrder(map));
  }

  @Property(tries = 200)
  void formattingIsIdempotent(@ForAll("maps") NetworkMap map) {
    String once = NetmapWriter.write(map);
    ReadResult read = NetmapReader.read("once.netmap", once);
    assertThat(NetmapWriter.write(read.map(), read.layout())).isEqualTo(once);
  }

  @Property(tries = 200)
  void jsonReadsBackWhatItWrote(@ForAll("maps") NetworkMap map) {
    ReadResult read = JsonMapReader.read("generated.json", JsonMapWriter.write(map));
    assertThat(read.errors()).isEmpty();
    assertThat(read.map()).isEqualTo(map);
    assertThat(MapContent.attributeOrder(read.map())).isEqualTo(MapContent.attributeOrder(map));
  }

  @Property(tries = 200)
  void spreadsheetsReadBackWhatTheyWrote(@ForAll("plainMaps") NetworkMap map) {
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    ReadResult read =
        CsvMapReader.read(
            Optional.of(CsvMapReader.Sheet.of("elements.csv", sheets.elements())),
            Optional.of(CsvMapReader.Sheet.of("connections.csv", sheets.connections())));
    assertThat(read.errors()).as(sheets.elements()).isEmpty();
    assertSameContent(read.map(), map, false);
    // A sheet has one order of columns, that in which the links first use the keys: each link's
    // attributes come back in it.
    List<String> columns =
        map.links().stream().flatMap(l -> l.attributes().keySet().stream()).distinct().toList();
    assertThat(MapContent.attributeOrder(read.map()))
        .isEqualTo(
            MapContent.attributeOrder(map).stream()
                .map(keys -> columns.stream().filter(keys::contains).toList())
                .toList());
  }
}
