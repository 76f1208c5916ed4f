package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import networth.diagnostics.SourcePosition;
import networth.io.ReadResult;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;

/**
 * A large file's room is made from a guess of its size, taken from a sample of its lines: a file
 * that holds more links than the guess (four for every arrow here, where the guess counts three) is
 * read whole all the same, every link where its line put it.
 */
class GuessedSizesTest {

  @Test
  void moreLinksThanGuessedAreReadWholeInTheirPlaces() {
    int lines = 100_000;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      text.append('p').append(i).append(", q").append(i);
      text.append(" -> r").append(i).append(", s").append(i).append('\n');
    }

    ReadResult read = NetmapReader.read("many.netmap", text.toString());

    assertThat(read.hasErrors()).as(read.errors().toString()).isFalse();
    NetworkMap map = read.map();
    assertThat(map.links()).hasSize(4 * lines);
    assertThat(map.nodes()).hasSize(4 * lines);
    int last = 4 * lines - 1;
    assertThat(map.nodes().get(map.fromIndex(last)).id()).isEqualTo("q" + (lines - 1));
    assertThat(map.nodes().get(map.toIndex(last)).id()).isEqualTo("s" + (lines - 1));
    assertThat(read.locations().link(last))
        .contains(new SourcePosition("many.netmap", lines, 16)); // at the arrow
  }
}
