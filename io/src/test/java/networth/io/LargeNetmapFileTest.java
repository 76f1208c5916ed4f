package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.io.netmap.NetmapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .netmap file large enough for its lines to be found while it is read (from 8 MiB) gives the map
 * its text gives read whole, with every place the same; a byte that is not UTF-8 in its last lines
 * is reported where it stands.
 */
class LargeNetmapFileTest {

  @TempDir Path dir;

  /** About {@code bytes} of a map: groups, declarations with deals, blanks, comments, links. */
  private static String map(int bytes) {
    StringBuilder b = new StringBuilder("# a large map\ngroup team = p0, p1, p2\n");
    int people = 0;
    while (b.length() < bytes / 3) {
      b.append("person p").append(people++).append(people % 7 == 0 ? "\r\n" : "\n");
      if (people % 11 == 0) {
        b.append("\n");
      }
      if (people % 101 == 0) {
        b.append("client c").append(people).append(" value 12k GBP won 2020-03-04\n");
      }
    }
    int k = 0;
    while (b.length() < bytes) {
      int from = (k * 31) % people;
      int to = (k * 17 + 1) % people;
      if (from != to) {
        b.append('p').append(from).append(k % 3 == 0 ? " -[2019-05-06]-> p" : " -> p").append(to);
        b.append(k % 5 == 0 ? "\r\n" : "\n");
      }
      if (k % 1_000 == 0) {
        b.append("# links ").append(k).append("\n\n");
      }
      k++;
    }
    return b.toString();
  }

  @Test
  void aLargeFileGivesTheMapItsTextGives() throws Exception {
    String text = map(9 << 20);
    Path file = Files.writeString(dir.resolve("large.netmap"), text);
    ReadResult fromFile = MapFiles.read(List.of(file));
    // Checked as a file is: a link given twice is warned of, past the first part too.
    ReadResult fromText =
        networth.io.check.MapChecker.check(
            NetmapReader.read(file.toString(), text), file.toString());
    assertThat(fromFile.map().links()).hasSizeGreaterThan(100_000);
    assertThat(fromFile.map()).isEqualTo(fromText.map());
    assertThat(fromFile.problems()).hasSizeGreaterThan(1_000).isEqualTo(fromText.problems());
    // Places near the end of the file, found on the threads while the first lines were read.
    int count = fromText.map().links().size();
    for (int i = 0; i < count; i += 997) {
      assertThat(fromFile.locations().link(i)).isEqualTo(fromText.locations().link(i));
    }
    // The last link stands on the last line with an arrow.
    List<String> all = text.lines().toList();
    int lastArrow = all.size();
    while (!all.get(lastArrow - 1).contains("->")) {
      lastArrow--;
    }
    assertThat(fromFile.locations().link(count - 1).orElseThrow().line()).isEqualTo(lastArrow);
  }

  @Test
  void aByteThatIsNotUtf8InTheLastLinesIsPlaced() throws Exception {
    String text = map(9 << 20);
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 6);
    System.arraycopy("p1 -> ".getBytes(StandardCharsets.US_ASCII), 0, bad, good.length, 5);
    bad[good.length + 5] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("bad.netmap"), bad);
    long lines = text.lines().count();
    assertThatThrownBy(() -> MapFiles.read(List.of(file)))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + ":" + (lines + 1) + ":6: not UTF-8 text (byte 0xFF");
  }
}
