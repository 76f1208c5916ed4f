package networth.io.netmap;

import static networth.io.fuzz.MutatedDocuments.places;
import static networth.io.fuzz.MutatedDocuments.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import org.junit.jupiter.api.Test;

/**
 * Plain declarations and links read ahead on other threads give the map, the problems, the places
 * and the layout that reading line by line gives, wherever the reading ahead must stop: a name
 * declared twice, an end not yet numbered, a declaration or any other statement among the links, a
 * broken line, a link over several lines.
 */
class PlainLinksAheadTest {

  @Test
  void readingAheadGivesWhatReadingLineByLineGives() {
    Random random = new Random(23);
    for (int map = 0; map < 300; map++) {
      String text = map(random);
      int part = 1 + random.nextInt(40);
      for (boolean keepLayout : new boolean[] {false, true}) {
        ReadResult byLine = NetmapReader.readAhead("m.netmap", text, keepLayout, 1 << 30, part);
        ReadResult ahead = NetmapReader.readAhead("m.netmap", text, keepLayout, 1, part);
        String as = "map " + map + " in parts of " + part + ":\n" + text;
        assertThat(ahead.map()).as(as).isEqualTo(byLine.map());
        assertThat(said(MapChecker.check(ahead, "m.netmap")))
            .as(as)
            .isEqualTo(said(MapChecker.check(byLine, "m.netmap")));
        assertThat(places(ahead)).as(as).isEqualTo(places(byLine));
        assertThat(ahead.layout()).as(as).isEqualTo(byLine.layout());
      }
    }
  }

  @Test
  void aMapWrittenAsConvertWritesItIsReadAheadToTheEnd() {
    // Declarations first, then links between declared nodes: the reading ahead never stops, and
    // the map is the one read line by line.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      b.append("person p").append(i).append('\n');
    }
    b.append('\n');
    Random random = new Random(5);
    for (int i = 0; i < 5_000; i++) {
      int from = random.nextInt(500);
      b.append('p')
          .append(from)
          .append(i % 3 == 0 ? " -[2012-03-04]-> p" : " -> p")
          .append((from + 1 + random.nextInt(499)) % 500)
          .append('\n');
    }
    String text = b.toString();
    ReadResult byLine = NetmapReader.readAhead("m.netmap", text, false, 1 << 30, 64);
    ReadResult ahead = NetmapReader.readAhead("m.netmap", text, false, 1, 64);
    assertThat(ahead.map().links()).hasSize(5_000);
    assertThat(ahead.map()).isEqualTo(byLine.map());
    assertThat(places(ahead)).isEqualTo(places(byLine));
    assertThat(said(ahead)).isEqualTo(said(byLine));
  }

  @Test
  void stoppingTheThreadsNeverClosesTheFileTheyReadFrom() throws Exception {
    // A thread interrupted in (or just before) a read of a file channel closes the channel for
    // every thread: stopping must let the threads end of themselves. Lines longer than the block a
    // window reads at once, in parts of a few, keep the threads reading the file all the time;
    // each stop comes at another point of their reading.
    StringBuilder b = new StringBuilder();
    String blanks = " ".repeat(70_000);
    for (int i = 0; i < 150; i++) {
      b.append('p').append(i).append(" -> p").append(i + 1).append(blanks).append('\n');
    }
    byte[] utf8 = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("ahead", ".netmap");
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(java.nio.file.Files.write(file, utf8))) {
      networth.io.SourceLines lines = networth.io.SourceLines.inFile(channel, utf8.length);
      for (int round = 0; round < 40; round++) {
        PlainLinksAhead ahead =
            PlainLinksAhead.from(lines, 0, networth.model.NetworkMap.builder(), 1, 4);
        for (int at = 0; at < round * 3; at++) {
          ahead.has(at);
        }
        ahead.stop();
        assertThat(channel.isOpen()).as("round %d", round).isTrue();
      }
      assertThat(lines.get(149)).isEqualTo("p149 -> p150" + blanks);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static String map(Random random) {
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append("group social = p1, o6, x9\n");
    }
    int declared = 5 + random.nextInt(30);
    for (int i = 0; i < declared; i++) {
      // Mostly plain declarations, some with a deal; now and then one declared twice, one the
      // full parser reads (quoted, with a label), a broken one, a comment or a blank line.
      switch (random.nextInt(16)) {
        case 0 -> b.append("client c").append(i).append(" value 3k GBP won 2015-01\n");
        case 1 -> b.append("prospect c").append(i).append(" p 20% value 12k\n");
        case 2 -> b.append("person p").append(random.nextInt(i + 1)).append('\n');
        case 3 -> b.append("person \"p").append(i).append("\" label \"P\"\n");
        case 4 -> b.append("client c").append(i).append(" value lots\n");
        case 5 -> b.append("# people\n\n");
        case 6 -> b.append("person p").append(i).append(" since 2014-13\r\n");
        default -> {}
      }
      b.append(random.nextInt(10) == 0 ? "organisation o" : "person p").append(i).append('\n');
    }
    int lines = 20 + random.nextInt(200);
    for (int i = 0; i < lines; i++) {
      String from = name(random, declared);
      String to = name(random, declared);
      switch (random.nextInt(30)) {
        case 0 -> b.append("person p").append(declared + random.nextInt(20));
        case 1 -> b.append(from).append(" -> ").append(to).append(" : a note");
        case 2 -> b.append(from).append(" -> ");
        case 3 -> b.append("# a comment");
        case 4 -> b.append("");
        case 5 -> b.append(from).append(" ->\n  ").append(to);
        case 6 -> b.append(from).append(" -[2014-13-01]-> ").append(to);
        case 7 -> b.append("client c").append(i).append(" value 3k won 2015-01");
        case 8 -> b.append(from).append(" -> ").append(from);
        case 9 -> b.append("\"Zoë\" -> ").append(to);
        case 10 -> b.append(from).append(" -[introduced 2012-05]-> ").append(to);
        default -> b.append(from).append(" -> ").append(to);
      }
      b.append(random.nextInt(8) == 0 ? "\r\n" : "\n");
    }
    return b.toString();
  }

  /** A declared name mostly; now and then one never declared, or declared only further on. */
  private static String name(Random random, int declared) {
    int n = random.nextInt(declared + declared / 4 + 1);
    return (n % 7 == 6 ? "o" : "p") + n;
  }
}
