package networth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import networth.model.Node;
import networth.model.NodeKind;
import networth.store.maps.MapAccess;
import networth.store.maps.MapChange;
import networth.store.maps.MapListing;
import networth.store.maps.MapStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who sees and changes which maps: owners, editors, viewers, and everybody else. */
class AccessTest {

  private Store store;
  private MapStore maps;
  private User ann;
  private User bob;
  private User carol;

  private void open(Backends backend) {
    store = backend.open();
    maps = store.maps();
    ann = store.accounts().add("ann", "a");
    bob = store.accounts().add("bob", "b");
    carol = store.accounts().add("carol", "c");
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  private static final MapChange ADD_ANDY = new MapChange.AddNode(Node.of("Andy", NodeKind.PERSON));

  @ParameterizedTest
  @EnumSource(Backends.class)
  void whoMayUseAMapIsTheOwnerFirstThenEditorsThenViewersByName(Backends backend) {
    open(backend);
    String id = maps.create(bob, Maps.of(Maps.STORY));
    maps.share(bob, id, "carol", Role.VIEWER);
    maps.share(bob, id, "ann", Role.VIEWER);
    assertThat(maps.access(bob, id))
        .containsExactly(
            new MapAccess("bob", Role.OWNER),
            new MapAccess("ann", Role.VIEWER),
            new MapAccess("carol", Role.VIEWER));
    maps.share(bob, id, "carol", Role.EDITOR);
    assertThat(maps.access(ann, id))
        .containsExactly(
            new MapAccess("bob", Role.OWNER),
            new MapAccess("carol", Role.EDITOR),
            new MapAccess("ann", Role.VIEWER));
    maps.unshare(bob, id, "ann");
    assertThatThrownBy(() -> maps.access(ann, id)).isInstanceOf(StoreException.NotFound.class);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void someoneElsesMapIsNotFoundJustAsOneThatDoesNotExist(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(Maps.STORY));

    assertThatThrownBy(() -> maps.read(carol, id))
        .isInstanceOf(StoreException.NotFound.class)
        .hasMessage("there is no map " + id);
    assertThatThrownBy(() -> maps.read(carol, "nosuchmap"))
        .isInstanceOf(StoreException.NotFound.class)
        .hasMessage("there is no map nosuchmap");
    assertThatThrownBy(() -> maps.apply(carol, id, 1, ADD_ANDY))
        .isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> maps.replace(carol, id, 1, Maps.of("person Zed")))
        .isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> maps.history(carol, id)).isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> maps.asOf(carol, id, 1)).isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> maps.undo(carol, id, 1)).isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> maps.delete(carol, id)).isInstanceOf(StoreException.NotFound.class);
    assertThat(maps.list(carol)).isEmpty();
    // Nothing Carol tried changed the map.
    assertThat(maps.read(ann, id).version()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aViewerReadsButDoesNotChange(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(Maps.STORY));
    maps.share(ann, id, "bob", Role.VIEWER);

    assertThat(maps.read(bob, id).map()).isEqualTo(Maps.of(Maps.STORY));
    assertThat(maps.list(bob))
        .extracting(MapListing::id, MapListing::role, MapListing::owner, MapListing::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(id, Role.VIEWER, "ann", "How work came"));
    assertThatThrownBy(() -> maps.apply(bob, id, 1, ADD_ANDY))
        .isInstanceOf(StoreException.NotAllowed.class)
        .hasMessageContaining("you may read map " + id + " but not change it");
    assertThatThrownBy(() -> maps.share(bob, id, "carol", Role.VIEWER))
        .isInstanceOf(StoreException.NotAllowed.class);
    assertThat(maps.read(ann, id).version()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void anEditorChangesButOnlyTheOwnerSharesAndDeletes(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(Maps.STORY));
    maps.share(ann, id, "bob", Role.EDITOR);

    assertThat(maps.apply(bob, id, 1, ADD_ANDY)).isEqualTo(2);
    assertThat(maps.history(ann, id).get(1).user()).isEqualTo("bob");
    assertThatThrownBy(() -> maps.delete(bob, id)).isInstanceOf(StoreException.NotAllowed.class);

    maps.unshare(ann, id, "bob");
    assertThatThrownBy(() -> maps.read(bob, id)).isInstanceOf(StoreException.NotFound.class);
    maps.delete(ann, id);
    assertThatThrownBy(() -> maps.read(ann, id)).isInstanceOf(StoreException.NotFound.class);
    assertThat(maps.list(ann)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void everyoneListsTheirOwnAndTheirSharedMapsOnly(Backends backend) {
    open(backend);
    String annsMap = maps.create(ann, Maps.of("title \"Ann's\"", "person A"));
    String bobsMap = maps.create(bob, Maps.of("title \"Bob's\"", "person B"));
    maps.share(bob, bobsMap, "ann", Role.EDITOR);

    assertThat(maps.list(ann))
        .extracting(MapListing::id, MapListing::role)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(annsMap, Role.OWNER),
            org.assertj.core.groups.Tuple.tuple(bobsMap, Role.EDITOR));
    assertThat(maps.list(bob)).extracting(MapListing::id).containsExactly(bobsMap);
    assertThatThrownBy(() -> maps.share(ann, annsMap, "nobody", Role.VIEWER))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessage("there is no user 'nobody'");
  }
}
