package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import networth.diagnostics.SourcePosition;
import org.junit.jupiter.api.Test;

/** Where links were written: kept exactly, whether they share a column or not. */
class LocationsTest {

  @Test
  void linksAtOneColumnThenAtOthersKeepTheirPlaces() {
    Locations at = new Locations();
    for (int i = 0; i < 40; i++) {
      // Links 0-29 at column 1 (as a sheet's From cells); then columns that differ.
      at.link("m.netmap", 10 + i, i < 30 ? 1 : 3 + i % 4);
    }
    at.link("elements.csv", 2, 1);

    for (int i = 0; i < 40; i++) {
      assertThat(at.link(i))
          .contains(new SourcePosition("m.netmap", 10 + i, i < 30 ? 1 : 3 + i % 4));
    }
    assertThat(at.link(40)).contains(new SourcePosition("elements.csv", 2, 1));
    assertThat(at.link(41)).isEmpty();
  }

  @Test
  void linksAllAtOneColumnNeedNoColumnEach() {
    Locations at = new Locations();
    at.expectLinks(1000);
    for (int i = 0; i < 1000; i++) {
      at.link("connections.csv", i + 2, 1);
    }
    assertThat(at.link(999)).contains(new SourcePosition("connections.csv", 1001, 1));
    assertThat(at.link(0)).contains(new SourcePosition("connections.csv", 2, 1));
  }

  @Test
  void linksInRunsOfColumnsOrAtColumnsThatKeepChangingKeepTheirPlaces() {
    java.util.Random random = new java.util.Random(11);
    for (int change : new int[] {0, 1, 3, 40, 5_000}) {
      // A JSON list (its first element after the bracket, then the others one indent in), then
      // runs of links at one column, changing every `change` links on average.
      Locations at = new Locations();
      java.util.List<Integer> columns = new java.util.ArrayList<>();
      int column = 15;
      for (int i = 0; i < 20_000; i++) {
        if (i == 1) {
          column = 6;
        } else if (change > 0 && random.nextInt(change) == 0) {
          column = 1 + random.nextInt(9);
        }
        columns.add(column);
        at.link("m.json", i + 3, column);
      }
      for (int i = 0; i < columns.size(); i++) {
        assertThat(at.link(i)).contains(new SourcePosition("m.json", i + 3, columns.get(i)));
      }
    }
  }

  @Test
  void columnsThatKeepChangingKeepTheirPlacesFarRightToo() {
    java.util.Random random = new java.util.Random(5);
    Locations at = new Locations();
    at.expectLinks(100);
    java.util.List<Integer> columns = new java.util.ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      // Mostly near the left, as a .netmap's arrows; some far right, past what a byte holds.
      int column =
          switch (random.nextInt(10)) {
            case 0 -> 255 + random.nextInt(3);
            case 1 -> 256 + random.nextInt(100_000);
            default -> 1 + random.nextInt(60);
          };
      columns.add(column);
      at.link("m.netmap", i + 1, column);
    }
    for (int i = 0; i < columns.size(); i++) {
      assertThat(at.link(i)).contains(new SourcePosition("m.netmap", i + 1, columns.get(i)));
    }
  }
}
