package networth.io.fuzz;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.io.netmap.NetmapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .netmap} file large enough to be read where it stands, in blocks, gives the map, the
 * problems and the places that reading its bytes from an array gives: lines of every kind (plain
 * links and declarations, chains, deals, comments, broken lines, names beyond ASCII, every line
 * break) fall across the blocks' ends.
 */
class MappedNetmapTest {

  @TempDir Path dir;

  @Test
  void aLargeMappedFileReadsAsItsBytesDo() throws Exception {
    String text = largeMap(new Random(17));
    assertThat(text.length()).isGreaterThan(4 * 65_536);
    Path file = Files.writeString(dir.resolve("large.netmap"), text);

    ReadResult fromArray =
        MapChecker.check(
            NetmapReader.read(file.toString(), text.getBytes(StandardCharsets.UTF_8)),
            file.toString());
    ReadResult mapped = MapFiles.readForAnalysis(List.of(file), networth.io.Progress.NONE);
    ReadResult mappedWithLayout = MapFiles.read(List.of(file));

    assertThat(fromArray.problems()).isNotEmpty();
    assertThat(said(mapped)).isEqualTo(said(fromArray));
    assertThat(mapped.map()).isEqualTo(fromArray.map());
    assertThat(places(mapped)).isEqualTo(places(fromArray));
    assertThat(mappedWithLayout.layout()).isEqualTo(fromArray.layout());
    assertThat(said(mappedWithLayout)).isEqualTo(said(fromArray));
  }

  @Test
  void aMappedFileThatIsNotUtf8IsPlacedWhateverItsSize() throws Exception {
    // A small file is checked before it is read, a large one beside its reading: the same message.
    for (int people : new int[] {3, 200_000}) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < people; i++) {
        b.append("person p").append(i).append('\n');
      }
      byte[] good = b.toString().getBytes(StandardCharsets.UTF_8);
      byte[] bad = java.util.Arrays.copyOf(good, good.length + 4);
      System.arraycopy(new byte[] {'p', 'x', (byte) 0xFE, '\n'}, 0, bad, good.length, 4);
      Path file = Files.write(dir.resolve("bad" + people + ".netmap"), bad);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> MapFiles.readForAnalysis(List.of(file), networth.io.Progress.NONE))
          .isInstanceOf(networth.io.InputFileException.class)
          .hasMessageStartingWith(file + ":" + (people + 1) + ":3: not UTF-8 text (byte 0xFE");
    }
  }

  private static String largeMap(Random random) {
    String[] breaks = {"\n", "\r\n", "\r"};
    StringBuilder b = new StringBuilder("# a large map\n");
    int people = 3_000;
    for (int i = 0; i < people; i++) {
      b.append(i % 97 == 0 ? "person \"Zoë " + i + "\"" : "person p" + i);
      b.append(breaks[random.nextInt(breaks.length)]);
      if (i % 500 == 0) {
        b.append("client c").append(i).append(" value 12k won 2014-03\n\n");
      }
    }
    for (int i = 0; i < 12_000; i++) {
      String from = name(random.nextInt(people + 40));
      String to = name(random.nextInt(people + 40));
      switch (random.nextInt(40)) {
        case 0 -> b.append(from).append(" -> ").append(to).append(" -> c0 : a note");
        case 1 -> b.append("# a comment between links");
        case 2 -> b.append(from).append(" -> ");
        case 3 -> b.append("deal c500 value 3k won 2015-01");
        case 4 -> b.append(from).append(" -[2014-13-01]-> ").append(to);
        default ->
            b.append(from)
                .append(random.nextBoolean() ? " -> " : " -[2012-0" + (1 + i % 9) + "-11]-> ")
                .append(to);
      }
      b.append(breaks[random.nextInt(breaks.length)]);
    }
    return b.toString();
  }

  private static String name(int i) {
    return i % 97 == 0 ? "\"Zoë " + i + "\"" : "p" + i;
  }
}
