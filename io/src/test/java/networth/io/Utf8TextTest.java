package networth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map file is read in chunks: every byte, in order, whatever the file's size. */
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
  }

  @Test
  void anEmptyFileAndAOneByteFileAreReadAsTheyAre() throws Exception {
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("e.netmap"), new byte[0]))).isEmpty();
    assertThat(Utf8Text.bytes(Files.write(dir.resolve("o.netmap"), new byte[] {'x'})))
        .containsExactly('x');
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
  }
}
