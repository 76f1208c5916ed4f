package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.store.maps.MapChange;
import networth.store.maps.MapStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A link's attributes, in order, through every way a stored map changes, on both databases. */
class LinkAttributesStoreTest {

  private Store store;
  private MapStore maps;
  private User ann;

  private void open(Backends backend) {
    store = backend.open();
    maps = store.maps();
    ann = store.accounts().add("ann", "ann's secret");
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static final Link IMPORTED =
      Link.of("Kumu", "Emily")
          .withKind("introduced")
          .withAttribute("source", "Connections.csv row 12")
          .withAttribute("weight", "2")
          .withAttribute("first met", "Zoë's \"party\"");

  private static NetworkMap map(Link... links) {
    NetworkMap.Builder b = NetworkMap.builder();
    List.of(links).forEach(b::link);
    return b.build();
  }

  private List<Map.Entry<String, String>> attributesAt(String id, long version) {
    return List.copyOf(maps.asOf(ann, id, version).map().links().get(0).attributes().entrySet());
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void editsUndoAndRestoreBringBackEachVersionsAttributesInOrder(Backends backend) {
    open(backend);
    String id = maps.create(ann, map(IMPORTED));
    Link reordered =
        Link.of("Kumu", "Emily")
            .withKind("introduced")
            .withAttribute("weight", "2")
            .withAttribute("source", "Connections.csv row 12");
    long v2 = maps.apply(ann, id, 1, new MapChange.ChangeLink(0, reordered));
    long v3 = maps.apply(ann, id, v2, new MapChange.ChangeLink(0, Link.of("Kumu", "Emily")));
    long v4 = maps.undo(ann, id, v3);
    long v5 = maps.restore(ann, id, v4, 1);

    assertThat(attributesAt(id, 1))
        .containsExactly(
            Map.entry("source", "Connections.csv row 12"),
            Map.entry("weight", "2"),
            Map.entry("first met", "Zoë's \"party\""));
    assertThat(attributesAt(id, v2))
        .containsExactly(Map.entry("weight", "2"), Map.entry("source", "Connections.csv row 12"));
    assertThat(attributesAt(id, v3)).isEmpty();
    assertThat(attributesAt(id, v4)).as("the undo goes back to v2").isEqualTo(attributesAt(id, v2));
    assertThat(attributesAt(id, v5)).as("the restore of v1").isEqualTo(attributesAt(id, 1));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aReplacementThatOnlyReordersALinksAttributesIsKept(Backends backend) {
    open(backend);
    String id = maps.create(ann, map(IMPORTED, Link.of("Emily", "Roger")));
    Link reversed =
        Link.of("Kumu", "Emily")
            .withKind("introduced")
            .withAttribute("first met", "Zoë's \"party\"")
            .withAttribute("weight", "2")
            .withAttribute("source", "Connections.csv row 12");

    maps.replace(ann, id, 1, map(reversed, Link.of("Emily", "Roger")));

    assertThat(List.copyOf(maps.read(ann, id).map().links().get(0).attributes().keySet()))
        .containsExactly("first met", "weight", "source");
    assertThat(attributesAt(id, 1).get(0).getKey()).isEqualTo("source");
  }
}
