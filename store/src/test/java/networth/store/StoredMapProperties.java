package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import networth.io.MapArbitraries;
import networth.io.MapContent;
import networth.model.NetworkMap;

/**
 * A map stored and read back equals the map stored, for generated maps with every kind of node and
 * fact (names with quotes, arrows and non-ASCII letters, dates to the year, month or day, amounts
 * with cents, recurring costs, later deals, affiliations, links' attributes in order) and for both
 * examples, on SQLite and on PostgreSQL. With the file formats' own round trips, a map goes from a
 * file into the store and back out to any file with nothing lost.
 */
class StoredMapProperties {

  private static Store sqlite;
  private static Store postgres;
  private static User sqliteUser;
  private static User postgresUser;

  private static synchronized Store sqlite() {
    if (sqlite == null) {
      sqlite = Backends.SQLITE.open();
      sqliteUser = sqlite.accounts().local();
    }
    return sqlite;
  }

  private static synchronized Store postgres() {
    if (postgres == null) {
      postgres = Backends.POSTGRES.open();
      postgresUser = postgres.accounts().local();
    }
    return postgres;
  }

  @AfterContainer
  static void close() {
    if (sqlite != null) {
      sqlite.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Provide
  Arbitrary<NetworkMap> maps() {
    return MapArbitraries.maps(12, false);
  }

  private static void roundTrip(Store store, User user, NetworkMap map) {
    String id = store.maps().create(user, map);
    NetworkMap read = store.maps().read(user, id).map();
    assertThat(read).isEqualTo(map);
    assertThat(MapContent.attributeOrder(read)).isEqualTo(MapContent.attributeOrder(map));
  }

  /** A second map replacing the first reads back, and the first stays as version 1. */
  private static void replaced(Store store, User user, NetworkMap first, NetworkMap second) {
    String id = store.maps().create(user, first);
    store.maps().replace(user, id, 1, second);
    assertThat(store.maps().read(user, id).map()).isEqualTo(second);
    assertThat(store.maps().asOf(user, id, 1).map()).isEqualTo(first);
    assertThat(MapContent.attributeOrder(store.maps().read(user, id).map()))
        .isEqualTo(MapContent.attributeOrder(second));
    assertThat(MapContent.attributeOrder(store.maps().asOf(user, id, 1).map()))
        .isEqualTo(MapContent.attributeOrder(first));
  }

  @Property(tries = 150)
  void sqliteGivesBackWhatWasStored(@ForAll("maps") NetworkMap map) {
    roundTrip(sqlite(), sqliteUser, map);
  }

  @Property(tries = 150)
  void postgresGivesBackWhatWasStored(@ForAll("maps") NetworkMap map) {
    roundTrip(postgres(), postgresUser, map);
  }

  @Property(tries = 50)
  void sqliteKeepsTheMapAReplacementReplaced(
      @ForAll("maps") NetworkMap first, @ForAll("maps") NetworkMap second) {
    replaced(sqlite(), sqliteUser, first, second);
  }

  @Property(tries = 50)
  void postgresKeepsTheMapAReplacementReplaced(
      @ForAll("maps") NetworkMap first, @ForAll("maps") NetworkMap second) {
    replaced(postgres(), postgresUser, first, second);
  }

  @Example
  void theExamplesComeBackWhole() {
    for (String name : new String[] {"power-of-the-network.netmap", "freelance-designer.netmap"}) {
      NetworkMap map = Maps.example(name);
      assertThat(map.nodes()).hasSizeGreaterThan(10);
      roundTrip(sqlite(), sqliteUser, map);
      roundTrip(postgres(), postgresUser, map);
    }
  }
}
