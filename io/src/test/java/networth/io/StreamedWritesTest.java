package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import networth.io.csv.CsvMapWriter;
import networth.io.export.CytoscapeWriter;
import networth.io.export.DotWriter;
import networth.io.export.GexfWriter;
import networth.io.export.GraphmlWriter;
import networth.io.export.MermaidWriter;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every map writer streams to its file, through a buffered UTF-8 encoder, the very bytes its text
 * as one String has; and a write that fails half-way leaves the file it was replacing as it was.
 */
class StreamedWritesTest {

  static ReadResult big;

  /**
   * 20,000 people with accented and astral (two-char) labels, so that multi-byte characters and
   * surrogate pairs fall across every buffer boundary; 40,000 dated, kinded links; 500 clients.
   */
  @BeforeAll
  static void bigMap() {
    StringBuilder m = new StringBuilder("title \"Streamed\"\ncurrency EUR\n\n");
    for (int i = 0; i < 20_000; i++) {
      m.append("person p")
          .append(i)
          .append(" label \"Zoë Ça ")
          .append(i)
          .append(" \uD83D\uDE00 \u4E2D\" since 20")
          .append(10 + i % 10)
          .append("-0")
          .append(1 + i % 9)
          .append('\n');
    }
    for (int i = 0; i < 500; i++) {
      m.append("client c").append(i).append(" value ").append(1000 + i).append(" won 2020\n");
    }
    for (int i = 1; i < 20_000; i++) {
      m.append("p").append(i / 2).append(" -[introduced 2021-02-0").append(1 + i % 9);
      m.append("]-> p").append(i).append('\n');
      m.append("p").append(i).append(" -> c").append(i % 500).append(" : met in Zürich\n");
    }
    big = NetmapReader.read("big.netmap", m.toString());
    assertThat(big.hasErrors()).as(big.errors().toString()).isFalse();
  }

  @Test
  void everyFormWritesTheBytesOfItsTextWhole(@TempDir Path dir) throws Exception {
    NetworkMap map = big.map();
    Map<String, String> whole =
        Map.of(
            "m.netmap", NetmapWriter.write(map, big.layout()),
            "m.json", JsonMapWriter.write(map),
            "m.dot", DotWriter.write(map),
            "m.mmd", MermaidWriter.write(map),
            "m.graphml", GraphmlWriter.write(map),
            "m.gexf", GexfWriter.write(map),
            "m.cyjs", CytoscapeWriter.write(map));
    // Well past a million characters: past many 32 KiB buffers.
    assertThat(whole.get("m.netmap").length()).isGreaterThan(1_000_000);
    for (Map.Entry<String, String> form : whole.entrySet()) {
      Path file = dir.resolve(form.getKey());
      MapFiles.write(map, big.layout(), file);
      assertThat(Files.readAllBytes(file))
          .as(form.getKey())
          .isEqualTo(form.getValue().getBytes(StandardCharsets.UTF_8));
    }
    CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
    MapFiles.write(map, Layout.NONE, dir.resolve("sheets"));
    assertThat(Files.readAllBytes(dir.resolve("sheets/elements.csv")))
        .isEqualTo(sheets.elements().getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(dir.resolve("sheets/connections.csv")))
        .isEqualTo(sheets.connections().getBytes(StandardCharsets.UTF_8));
    assertThat(dir.resolve("sheets").toFile().list())
        .containsExactlyInAnyOrder("elements.csv", "connections.csv");
  }

  @Test
  void aLoneSurrogateIsWrittenAsStringGetBytesWritesIt(@TempDir Path dir) throws Exception {
    // A half character cannot be encoded: both ways write '?' for it (one byte, 0x3F).
    String text = "a\uD83Db\uDE00c";
    Path file = MapFiles.atomically(dir.resolve("t.txt"), w -> w.write(text));
    assertThat(Files.readAllBytes(file)).isEqualTo(new byte[] {'a', '?', 'b', '?', 'c'});
  }

  @Test
  void aWriterThatFailsHalfWayLeavesTheFileAsItWasAndNoTemporaryFile(@TempDir Path dir)
      throws Exception {
    Path target = Files.writeString(dir.resolve("map.json"), "the old map\n");
    List<IoWriter> failing =
        List.of(
            w -> {
              w.write("x".repeat(300_000)); // several buffers already on their way to the disk
              throw new IOException("No space left on device");
            },
            w -> {
              w.write("y".repeat(300_000));
              throw new UncheckedIOException(new IOException("No space left on device"));
            });
    for (IoWriter writer : failing) {
      assertThatThrownBy(() -> MapFiles.atomically(target, writer))
          .isInstanceOf(IOException.class)
          .hasMessage("No space left on device");
      assertThat(Files.readString(target)).isEqualTo("the old map\n");
      assertThat(dir.toFile().list()).containsExactly("map.json");
    }
    assertThatThrownBy(
            () ->
                MapFiles.atomically(
                    target,
                    w -> {
                      w.write("z".repeat(100_000));
                      throw new IllegalStateException("a bug half-way");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readString(target)).isEqualTo("the old map\n");
    assertThat(dir.toFile().list()).containsExactly("map.json");
  }

  @Test
  void aRewriteReplacesTheFileOnlyWhenItsBytesChange(@TempDir Path dir) throws Exception {
    String text = "channel LinkedIn\n".repeat(10_000); // 170,000 bytes: several buffers
    Path file = Files.writeString(dir.resolve("m.netmap"), text);
    Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

    assertThat(MapFiles.holds(file, w -> w.write(text))).isTrue();
    assertThat(MapFiles.replaceIfChanged(file, w -> w.write(text))).isFalse();
    // Not replaced: the same file (inode), and no temporary file left beside it.
    assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(before);
    assertThat(dir.toFile().list()).containsExactly("m.netmap");

    // Shorter, longer, or one byte different at the very end: each is a change.
    String shorter = text.substring(0, text.length() - 1);
    String longer = text + "\n";
    String last = shorter + "X";
    for (String changed : List.of(shorter, longer, last)) {
      assertThat(MapFiles.holds(file, w -> w.write(changed))).isFalse();
    }
    assertThat(MapFiles.replaceIfChanged(file, w -> w.write(last))).isTrue();
    assertThat(Files.readString(file)).isEqualTo(last);
    assertThat(dir.toFile().list()).containsExactly("m.netmap");
  }

  @Test
  void cytoscapeListsTheNodesBeforeTheEdgesEveryTime() {
    // Its two lists once came in the order of a Map.of, which changes from one run to the next.
    String cyjs = CytoscapeWriter.write(big.map());
    assertThat(cyjs).startsWith("{\n  \"elements\" : {\n    \"nodes\" : [ {");
    assertThat(cyjs.indexOf("\"nodes\" : [")).isLessThan(cyjs.indexOf("\"edges\" : ["));
  }
}
