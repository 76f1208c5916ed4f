package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map file is read in chunks, or mapped into memory: every byte, in order, whatever the file's
 * size; a byte that is not UTF-8 placed either way.
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
    assertThat(all(mapped(file))).isEqualTo(Files.readAllBytes(file));
  }

  /** The file mapped and checked, as MapFiles reads a map. */
  private static java.nio.ByteBuffer mapped(Path file) throws java.io.IOException {
    java.nio.ByteBuffer bytes = Utf8Text.map(file);
    java.util.Optional<InputFileException> bad = Utf8Text.problem(file, bytes);
    if (bad.isPresent()) {
      throw bad.get();
    }
    return bytes;
  }

  private static byte[] all(java.nio.ByteBuffer mapped) {
    byte[] bytes = new byte[mapped.limit()];
    mapped.get(0, bytes);
    return bytes;
  }

  @Test
  void aMappedFileBeyondAsciiIsUtf8OrPlaced() throws Exception {
    Path good = Files.writeString(dir.resolve("zoe.netmap"), "person Zoë\nperson 李\n");
    assertThat(new String(all(mapped(good)), StandardCharsets.UTF_8))
        .isEqualTo("person Zoë\nperson 李\n");
    Path bad =
        Files.write(
            dir.resolve("bad.netmap"),
            new byte[] {'a', '\n', (byte) 0xC3, (byte) 0xA9, (byte) 0xC3});
    assertThatThrownBy(() -> mapped(bad))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(bad + ":2:2: not UTF-8 text (byte 0xC3");
  }

  @Test
  void aMappedFileShortenedWhileReadFailsAsTheMessageSays() throws Exception {
    byte[] bytes = new byte[1 << 20];
    java.util.Arrays.fill(bytes, (byte) 'x');
    Path file = Files.write(dir.resolve("short.netmap"), bytes);
    java.nio.ByteBuffer mapped = mapped(file);
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.truncate(0);
    }
    // What MapFiles turns into Utf8Text.changedWhileRead: the pages the file no longer has, raised
    // (in compiled code) at the next return from native code, as MapFiles makes sure of.
    assertThatThrownBy(
            () -> {
              all(mapped);
              Thread.yield();
            })
        .isInstanceOf(InternalError.class);
    assertThat(Utf8Text.changedWhileRead(file))
        .hasMessage(file + ": the file changed while it was read: read it again once it is saved");
  }

  @Test
  void anEmptyFileAndAOneByteFileAreReadAsTheyAre() throws Exception {
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("e.netmap"), new byte[0]))).isEmpty();
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("o.netmap"), new byte[] {'x'})))
        .containsExactly('x');
    assertThat(mapped(dir.resolve("e.netmap")).limit()).isZero();
    assertThat(all(mapped(dir.resolve("o.netmap")))).containsExactly('x');
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
    assertThatThrownBy(() -> mapped(file))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + ":" + (lines + 1) + ":2: not UTF-8 text (byte 0xFF");
  }
}
