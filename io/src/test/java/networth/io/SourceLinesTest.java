package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text's lines over its bytes are the lines {@link String#lines} gives, blank where it says,
 * whether the bytes are an array, memory outside the heap or a file read where it stands, found in
 * one pass or in two halves side by side, and a window on them gives each line's bytes.
 */
class SourceLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "a\n",
        "a\nb",
        "a\r\nb\r\n",
        "a\rb\r",
        "\n",
        "\n\n",
        "\r\n\r\n",
        "a\n\rb",
        "a\r\r\nb",
        "Zoë → b\n  \t\nx\u2003\n\u2003\n\uFEFF\n",
        "last line without a break\r"
      })
  void splitsAsStringLinesDoes(String text) throws Exception {
    assertSame(text);
  }

  @Test
  void splitsRandomTextsAsStringLinesDoes() throws Exception {
    // Texts drawn from the characters that matter: line breaks, blanks, ASCII, beyond ASCII.
    String alphabet = "\n\r \t\u000Bab\u00e9\u2003\u2028\uFEFF";
    Random random = new Random(3);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSame(b.toString());
    }
  }

  @Test
  void linesAcrossTheBlocksOfMemoryOutsideTheHeapAreWhole() throws Exception {
    // Line breaks of every kind on both sides of each 64 KiB block's end, and a line longer than
    // a block, read by a window that brings lines in a block at a time.
    StringBuilder b = new StringBuilder();
    Random random = new Random(11);
    String[] breaks = {"\n", "\r\n", "\r", "\n\n", "\r\r\n"};
    int crossed = 0;
    while (b.length() < 300_000) {
      String line = "person p" + b.length() + breaks[random.nextInt(breaks.length)];
      int boundary = (b.length() / 65_536 + 1) * 65_536;
      if (b.length() + line.length() + 4 >= boundary) {
        // The break's first byte is a block's last: \r\n (twice), \r\r\n, \n\n.
        b.append("x".repeat(boundary - b.length() - 1));
        b.append(new String[] {"\r\n", "\r\r\n", "\r\n", "\n\n"}[crossed++ % 4]);
      }
      b.append(line);
      if (crossed == 2 && b.indexOf("y") < 0) {
        b.append("y".repeat(70_000)).append('\n');
      }
    }
    assertThat(crossed).isGreaterThanOrEqualTo(3);
    assertSame(b.toString());
  }

  @Test
  void manyLinesShortAndLongAreWholeAskedForInAnyOrder() throws Exception {
    // Lines either side of 254 bytes with their break (what a byte of the index holds) and far
    // longer, more than the lines that share a mark, asked for in order and at random.
    Random random = new Random(17);
    String[] breaks = {"\n", "\r\n", "\r"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      int length =
          switch (random.nextInt(5)) {
            case 0 -> 250 + random.nextInt(8);
            case 1 -> 300 + random.nextInt(3_000);
            default -> random.nextInt(40);
          };
      b.append("é".repeat(length / 3)).append("x".repeat(length - 2 * (length / 3)));
      b.append(breaks[random.nextInt(breaks.length)]);
    }
    String text = b.toString();
    assertSame(text);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    List<String> expected = text.lines().toList();
    for (SourceLines lines : List.of(SourceLines.of(utf8), SourceLines.of(utf8, 1))) {
      SourceLines.Window window = lines.window();
      for (int k = 0; k < 3_000; k++) {
        int i = random.nextInt(lines.size());
        int start = window.start(i);
        assertThat(new String(window.bytes(), start, lines.length(i), StandardCharsets.UTF_8))
            .as("line %d", i)
            .isEqualTo(expected.get(i));
        assertThat(lines.get(i)).isEqualTo(expected.get(i));
      }
    }
  }

  private static void assertSame(String text) throws java.io.IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer outside = ByteBuffer.allocateDirect(utf8.length).put(utf8).flip();
    List<String> expected = text.lines().toList();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("lines", ".netmap");
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(java.nio.file.Files.write(file, utf8))) {
      List<SourceLines> each =
          List.of(
              SourceLines.of(utf8),
              // In two halves side by side, split after the first \n from the middle on.
              SourceLines.of(utf8, 1),
              SourceLines.of(outside),
              SourceLines.inFile(channel, utf8.length));
      assertLines(text, expected, each);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  private static void assertLines(String text, List<String> expected, List<SourceLines> each) {
    for (SourceLines lines : each) {
      // A text of ASCII alone is UTF-8 as it stands: a file's is not checked again.
      assertThat(lines.isAscii()).as(text).isEqualTo(text.chars().allMatch(c -> c < 0x80));
      assertThat(lines).as(text).containsExactlyElementsOf(expected);
      SourceLines.Window window = lines.window();
      for (int i = 0; i < lines.size(); i++) {
        assertThat(lines.isBlank(i)).as("%s line %d", text, i).isEqualTo(lines.get(i).isBlank());
        int start = window.start(i);
        assertThat(new String(window.bytes(), start, lines.length(i), StandardCharsets.UTF_8))
            .as("%s line %d", text, i)
            .isEqualTo(expected.get(i));
      }
    }
  }
}
