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

  @Test
  void aGuessFromLinesSpreadOverTheBytesIsNearTheCounts() throws Exception {
    // Declarations (a blank line now and then) then links, of other lengths than theirs: counted
    // by the bytes the sampled lines take, the guess is within a tenth of each count, and makes
    // the tenth more room a guess makes.
    StringBuilder text = new StringBuilder("group g = p1, p2\n");
    int people = 60_000;
    for (int i = 0; i < people; i++) {
      text.append("person p").append(i).append(i % 9 == 0 ? "\n\n" : "\n");
    }
    int links = 150_000;
    for (int i = 0; i < links; i++) {
      text.append('p').append(i % people).append(" -[2019-05-06]-> p").append((i * 7 + 1) % people);
      text.append(i % 4 == 0 ? "\r\n" : "\n");
    }
    byte[] utf8 = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("spread", ".netmap");
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(java.nio.file.Files.write(file, utf8))) {
      int[] guessed =
          NetmapReader.guessedSizes(
              networth.io.SourceLines.spread(channel, utf8.length, 1_000, 1_024));
      int lines = (int) text.toString().lines().count();
      assertThat(guessed[0]).isBetween(people, people * 13 / 10);
      assertThat(guessed[1]).isBetween(links, links * 13 / 10);
      assertThat(guessed[2]).isBetween(lines * 9 / 10, lines * 11 / 10);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
