package networth.store;

import static networth.store.Maps.STORY;
import static networth.store.Maps.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Group;
import networth.model.Link;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import networth.store.maps.MapChange;
import networth.store.maps.MapStore;
import networth.store.maps.MapVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Edits, versions and history, on SQLite and on PostgreSQL. Each edit's result is compared with the
 * map the same edit makes when written into the map file by hand.
 */
class MapStoreTest {

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

  /** The story with one of its lines replaced (or removed, when {@code with} is empty). */
  private static String[] storyWith(String line, String with) {
    assertThat(STORY).contains(line);
    return Arrays.stream(STORY)
        .map(l -> l.equals(line) ? with : l)
        .filter(l -> !l.isEmpty())
        .toArray(String[]::new);
  }

  private NetworkMap applied(MapChange... changes) {
    String id = maps.create(ann, Maps.of(STORY));
    long v = 1;
    for (MapChange c : changes) {
      v = maps.apply(ann, id, v, c);
    }
    return maps.read(ann, id).map();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aStoredMapIsReadBackAtVersionOneWithItsCreationInTheHistory(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(STORY));

    assertThat(maps.read(ann, id).map()).isEqualTo(Maps.of(STORY));
    assertThat(maps.read(ann, id).version()).isEqualTo(1);
    assertThat(maps.history(ann, id))
        .extracting(MapVersion::number, MapVersion::user, MapVersion::description)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "ann", "created"));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void everyChangeRaisesTheVersionAndSaysWhatItDid(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(STORY));
    long v2 = maps.apply(ann, id, 1, new MapChange.AddNode(Node.of("Andy", NodeKind.PERSON)));
    long v3 = maps.apply(ann, id, v2, new MapChange.AddLink(Link.of("Roger", "Andy")));

    assertThat(List.of(v2, v3)).containsExactly(2L, 3L);
    assertThat(maps.read(ann, id).map()).isEqualTo(Maps.of(story("person Andy", "Roger -> Andy")));
    assertThat(maps.history(ann, id))
        .extracting(MapVersion::number, MapVersion::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "created"),
            org.assertj.core.groups.Tuple.tuple(2L, "added person \"Andy\""),
            org.assertj.core.groups.Tuple.tuple(3L, "added the link \"Roger\" -> \"Andy\""));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aWriteBasedOnAnOldVersionIsRefusedAndChangesNothing(Backends backend) {
    open(backend);
    User bob = store.accounts().add("bob", "bob's secret");
    String id = maps.create(ann, Maps.of(STORY));
    maps.share(ann, id, "bob", Role.EDITOR);
    // Both read version 1; Bob saves first.
    maps.apply(bob, id, 1, new MapChange.AddNode(Node.of("Andy", NodeKind.PERSON)));

    assertThatThrownBy(() -> maps.apply(ann, id, 1, new MapChange.RemoveNode("Emily")))
        .isInstanceOf(StoreException.Stale.class)
        .hasMessageContaining("has changed since version 1 (it is at version 2)")
        .satisfies(e -> assertThat(((StoreException.Stale) e).current()).isEqualTo(2));
    assertThatThrownBy(() -> maps.replace(ann, id, 1, Maps.of("person Zed")))
        .isInstanceOf(StoreException.Stale.class);
    assertThat(maps.read(ann, id).map()).isEqualTo(Maps.of(story("person Andy")));
    assertThat(maps.history(ann, id)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aChangedNodeKeepsItsPlaceAndACurrencyFromTheMap(Backends backend) {
    open(backend);
    Node emily = Maps.of(STORY).node("Emily").orElseThrow();
    // A bare amount takes the map's currency (GBP), as in the file.
    Node changed =
        emily
            .withLabel("Emily Smith")
            .withCost(Cost.NONE.withMoney(new Money(new java.math.BigDecimal(120), "")));

    assertThat(applied(new MapChange.ChangeNode(changed)))
        .isEqualTo(
            Maps.of(
                storyWith(
                    "person Emily since 2011",
                    "person Emily since 2011 label \"Emily Smith\" cost 120")));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aRemovedNodeTakesItsLinksAndAffiliationsWithIt(Backends backend) {
    open(backend);
    String[] expected =
        Arrays.stream(STORY).filter(l -> !l.contains("Roger")).toArray(String[]::new);

    assertThat(applied(new MapChange.RemoveNode("Roger"))).isEqualTo(Maps.of(expected));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aRemovedNodeLeavesItsGroups(Backends backend) {
    open(backend);
    NetworkMap result =
        applied(
            new MapChange.PutGroup(new Group("social", List.of("LinkedIn", "Emily"))),
            new MapChange.RemoveNode("Emily"));

    assertThat(result.group("social").orElseThrow().members()).containsExactly("LinkedIn");
    assertThat(result.node("Emily")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void costsAreSetAndRemoved(Backends backend) {
    open(backend);
    Cost yearly =
        Cost.NONE
            .withMoney(Money.of(96, "GBP"))
            .withMoneyEvery(networth.model.Rhythm.YEAR)
            .withHours(4)
            .withHoursEvery(networth.model.Rhythm.MONTH);

    assertThat(applied(new MapChange.SetCost("LinkedIn", yearly)))
        .isEqualTo(
            Maps.of(
                storyWith(
                    "channel LinkedIn cost 300 hours 40",
                    "channel LinkedIn cost 96/yr hours 4/month")));
    open(backend);
    assertThat(applied(new MapChange.SetCost("LinkedIn", Cost.NONE)))
        .isEqualTo(Maps.of(storyWith("channel LinkedIn cost 300 hours 40", "channel LinkedIn")));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void linksAreNamedByTheirPlace(Backends backend) {
    open(backend);
    Link metAt = new Link("Emily", "Roger", "met at", Optional.of(new PartialDate(2012, 5, 0)), "");

    assertThat(applied(new MapChange.ChangeLink(1, metAt), new MapChange.RemoveLink(0)))
        .isEqualTo(
            Maps.of(
                Arrays.stream(
                        storyWith("Emily -[introduced]-> Roger", "Emily -[met at 2012-05]-> Roger"))
                    .filter(l -> !l.startsWith("LinkedIn ->"))
                    .toArray(String[]::new)));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aLinkToANameTheMapLacksMakesANodeOfUnknownKind(Backends backend) {
    open(backend);

    NetworkMap result = applied(new MapChange.AddLink(Link.of("Roger", "Andy")));

    assertThat(result).isEqualTo(Maps.of(story("Roger -> Andy")));
    assertThat(result.node("Andy").orElseThrow().kind()).isEqualTo(NodeKind.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void groupsAreAddedReplacedAndRemoved(Backends backend) {
    open(backend);
    assertThat(applied(new MapChange.PutGroup(new Group("people", List.of("Emily", "Roger")))))
        .isEqualTo(Maps.of(story("group people = Emily, Roger")));
    open(backend);
    assertThat(
            applied(
                new MapChange.PutGroup(new Group("people", List.of("Emily"))),
                new MapChange.PutGroup(new Group("social", List.of("LinkedIn", "Roger"))),
                new MapChange.RemoveGroup("people")))
        .isEqualTo(Maps.of(storyWith("group social = LinkedIn", "group social = LinkedIn, Roger")));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void affiliationsAreAddedChangedAndRemoved(Backends backend) {
    open(backend);
    Affiliation emilyAtCielo =
        Affiliation.of("Emily", Affiliation.Role.WORKS_AT, "Cielo")
            .since(new PartialDate(2010, 0, 0));
    assertThat(applied(new MapChange.AddAffiliation(emilyAtCielo)))
        .isEqualTo(Maps.of(story("Emily works at Cielo since 2010")));
    open(backend);
    assertThat(
            applied(
                new MapChange.ChangeAffiliation(
                    0, Affiliation.of("Roger", Affiliation.Role.OWNS, "Cielo"))))
        .isEqualTo(Maps.of(storyWith("Roger works at Cielo", "Roger owns Cielo")));
    open(backend);
    assertThat(applied(new MapChange.RemoveAffiliation(0)))
        .isEqualTo(Maps.of(storyWith("Roger works at Cielo", "")));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void settingsAreChanged(Backends backend) {
    open(backend);
    MapSettings settings =
        new MapSettings("Where work came from", "GBP", Optional.of(Money.of(80, "")));

    assertThat(applied(new MapChange.ChangeSettings(settings)))
        .isEqualTo(
            Maps.of(
                storyWith("title \"How work came\"", "title \"Where work came from\"\nrate 80")));
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aChangeThatCannotApplyIsRefusedWithItsReasonAndChangesNothing(Backends backend) {
    open(backend);
    String id = maps.create(ann, Maps.of(STORY));

    assertThatThrownBy(
            () -> maps.apply(ann, id, 1, new MapChange.ChangeNode(Node.of("Zed", NodeKind.PERSON))))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessage("the map has no node 'Zed'");
    assertThatThrownBy(
            () -> maps.apply(ann, id, 1, new MapChange.AddNode(Node.of("Emily", NodeKind.PERSON))))
        .hasMessage("the map already has a node 'Emily': change it instead");
    assertThatThrownBy(() -> maps.apply(ann, id, 1, new MapChange.RemoveLink(3)))
        .hasMessage("the map has no link number 4 (they are counted from 1)");
    assertThatThrownBy(() -> maps.apply(ann, id, 1, new MapChange.RemoveGroup("events")))
        .hasMessage("the map has no group 'events'");
    assertThatThrownBy(() -> maps.apply(ann, id, 1, new MapChange.AddLink(Link.of("Roger", " "))))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessageContaining("blank");

    assertThat(maps.read(ann, id).version()).isEqualTo(1);
    assertThat(maps.read(ann, id).map()).isEqualTo(Maps.of(STORY));
    assertThat(maps.history(ann, id)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void earlierVersionsAreReadRestoredAndUndone(Backends backend) {
    open(backend);
    NetworkMap v1 = Maps.of(STORY);
    NetworkMap v2 = Maps.of(story("person Andy"));
    NetworkMap v3 = Maps.of(story("person Andy", "Roger -> Andy"));
    String id = maps.create(ann, v1);
    maps.apply(ann, id, 1, new MapChange.AddNode(Node.of("Andy", NodeKind.PERSON)));
    maps.apply(ann, id, 2, new MapChange.AddLink(Link.of("Roger", "Andy")));

    assertThat(maps.asOf(ann, id, 1).map()).isEqualTo(v1);
    assertThat(maps.asOf(ann, id, 2).map()).isEqualTo(v2);
    assertThat(maps.asOf(ann, id, 3).map()).isEqualTo(v3);

    // Restoring version 1 makes version 4, equal to it; undoing the restore brings back 3.
    assertThat(maps.restore(ann, id, 3, 1)).isEqualTo(4);
    assertThat(maps.read(ann, id).map()).isEqualTo(v1);
    assertThat(maps.undo(ann, id, 4)).isEqualTo(5);
    assertThat(maps.read(ann, id).map()).isEqualTo(v3);
    // Undo again and again walks back through the changes, not back and forth.
    maps.undo(ann, id, 5);
    assertThat(maps.read(ann, id).map()).isEqualTo(v2);
    maps.undo(ann, id, 6);
    assertThat(maps.read(ann, id).map()).isEqualTo(v1);
    assertThatThrownBy(() -> maps.undo(ann, id, 7))
        .isInstanceOf(StoreException.Invalid.class)
        .hasMessageContaining("there is nothing to undo");

    assertThat(maps.history(ann, id))
        .extracting(MapVersion::description)
        .containsExactly(
            "created",
            "added person \"Andy\"",
            "added the link \"Roger\" -> \"Andy\"",
            "restored version 1",
            "undid: restored version 1",
            "undid: added the link \"Roger\" -> \"Andy\"",
            "undid: added person \"Andy\"");
    // Earlier versions stay as they were.
    assertThat(maps.asOf(ann, id, 2).map()).isEqualTo(v2);
    assertThatThrownBy(() -> maps.asOf(ann, id, 8))
        .isInstanceOf(StoreException.NotFound.class)
        .hasMessageContaining("has no version 8: its versions are 1 to 7");
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void aWholeMapReplacedKeepsTheOldOneInTheHistory(Backends backend) {
    open(backend);
    NetworkMap other = Maps.example("freelance-designer.netmap");
    String id = maps.create(ann, Maps.of(STORY));

    assertThat(maps.replace(ann, id, 1, other)).isEqualTo(2);
    assertThat(maps.read(ann, id).map()).isEqualTo(other);
    assertThat(maps.asOf(ann, id, 1).map()).isEqualTo(Maps.of(STORY));
    assertThat(maps.history(ann, id).get(1).description()).isEqualTo("replaced the whole map");
  }

  @ParameterizedTest
  @EnumSource(Backends.class)
  void probabilitiesAndOddAmountsSurvive(Backends backend) {
    open(backend);
    NetworkMap map =
        Maps.of(
            "currency EUR",
            "prospect P value €1,234.56 p 33.3% next \"call back\" 2024-02-29",
            "channel C hours 0.25",
            "P -> C");
    String id = maps.create(ann, map);
    Node p = maps.read(ann, id).map().node("P").orElseThrow();

    assertThat(p.deal().probability()).isPresent();
    assertThat(p.deal().value().orElseThrow().amount()).isEqualByComparingTo("1234.56");
    assertThat(maps.read(ann, id).map()).isEqualTo(map);
  }
}
