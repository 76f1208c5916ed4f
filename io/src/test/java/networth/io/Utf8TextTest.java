package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map file is read in chunks, whole or where it stands (checked beside its reading): every byte,
 * in order, whatever the file's size; a byte that is not UTF-8 placed either way, and a character
 * cut by the end of a chunk read whole.
 */
class Utf8TextTest {

  @TempDir Path dir;

  @Test
  void aFileOfSeveralChunksIsReadWhole() throws Exception {
    byte[] bytes = new byte[(3 << 20) + 12_345];
    Random random = new Random(5);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (' ' + random.nextInt(90));
    }
    Path file = Files.write(dir.resolve("big.netmap"), bytes);
    assertThat(Utf8Text.bytes(file)).isEqualTo(Files.readAllBytes(file));
    assertThat(inFile(file)).isEqualTo(new String(bytes, StandardCharsets.US_ASCII));
  }

  /**
   * The file checked where it stands and its lines read from it, as MapFiles reads a map: its
   * lines, joined by line breaks.
   */
  private static String inFile(Path file) throws java.io.IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      int size = (int) channel.size();
      java.util.Optional<InputFileException> bad = Utf8Text.problem(file, channel, size);
      if (bad.isPresent()) {
        throw bad.get();
      }
      return String.join("\n", SourceLines.inFile(channel, size));
    }
  }

  @Test
  void aFileBeyondAsciiIsUtf8OrPlaced() throws Exception {
    Path good = Files.writeString(dir.resolve("zoe.netmap"), "person Zoë\nperson 李\n");
    assertThat(inFile(good)).isEqualTo("person Zoë\nperson 李");
    Path bad =
        Files.write(
            dir.resolve("bad.netmap"),
            new byte[] {'a', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xC3});
    assertThatThrownBy(() -> inFile(bad))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(bad + ":2:2: not UTF-8 text (byte 0xC3");
  }

  @Test
  void charactersCutByTheEndOfAChunkAreUtf8() throws Exception {
    // Two-, three- and four-byte characters across every place a chunk of 1 MiB can end.
    for (String c : List.of("é", "李", "\uD83D\uDE00")) {
      for (int shift = 0; shift < 4; shift++) {
        String text = "x".repeat((1 << 20) - shift) + (c + "\n").repeat(3);
        Path file = Files.writeString(dir.resolve("cut.netmap"), text);
        assertThat(inFile(file) + "\n").isEqualTo(text);
      }
    }
  }

  @Test
  void aFileShortenedWhileReadFailsAsTheMessageSays() throws Exception {
    byte[] bytes = new byte[1 << 20];
    java.util.Arrays.fill(bytes, (byte) 'x');
    Path file = Files.write(dir.resolve("short.netmap"), bytes);
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      SourceLines lines = SourceLines.inFile(channel, bytes.length);
      try (java.nio.channels.FileChannel writing =
          java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
        writing.truncate(0);
      }
      assertThatThrownBy(() -> lines.get(0)).isInstanceOf(SourceLines.Shortened.class);
      assertThatThrownBy(() -> Utf8Text.problem(file, channel, bytes.length))
          .isInstanceOf(InputFileException.class)
          .hasMessage(
              file + ": the file changed while it was read: read it again once it is saved");
    }
  }

  @Test
  void anEmptyFileAndAOneByteFileAreReadAsTheyAre() throws Exception {
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("e.netmap"), new byte[0]))).isEmpty();
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("o.netmap"), new byte[] {'x'})))
        .containsExactly('x');
    assertThat(inFile(dir.resolve("e.netmap"))).isEmpty();
    assertThat(inFile(dir.resolve("o.netmap"))).isEqualTo("x");
  }

  @Test
  void aByteThatIsNotUtf8PastTheFirstChunkIsPlaced() throws Exception {
    StringBuilder text = new StringBuilder();
    while (text.length() < (1 << 20) + 100) {
      text.append("person p").append(text.length()).append('\n');
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 3);
    bad[good.length] = 'a';
    bad[good.length + 1] = (byte) 0xFF;
    bad[good.length + 2] = '\n';
    long lines = text.chars().filter(c -> c == '\n').count();
    Path file = Files.write(dir.resolve("bad.netmap"), bad);
    assertThatThrownBy(() -> Utf8Text.bytes(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + ":" + (lines + 1) + ":2: not UTF-8 text (byte 0xFF");
    assertThatThrownBy(() -> inFile(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + ":" + (lines + 1) + ":2: not UTF-8 text (byte 0xFF");
  }
}
