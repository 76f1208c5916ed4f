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
 * whether the bytes are an array or memory outside the heap (a mapped file), and a window on them
 * gives each line's bytes.
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
  void splitsAsStringLinesDoes(String text) {
    assertSame(text);
  }

  @Test
  void splitsRandomTextsAsStringLinesDoes() {
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
  void linesAcrossTheBlocksOfMemoryOutsideTheHeapAreWhole() {
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

  private static void assertSame(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteBuffer outside = ByteBuffer.allocateDirect(utf8.length).put(utf8).flip();
    List<String> expected = text.lines().toList();
    for (SourceLines lines : List.of(SourceLines.of(utf8), SourceLines.of(outside))) {
      assertThat(lines).as(text).containsExactlyElementsOf(expected);
      SourceLines.Window window = lines.window();
      for (int i = 0; i < lines.size(); i++) {
        assertThat(lines.isBlank(i)).as(text + " line " + i).isEqualTo(lines.get(i).isBlank());
        int start = window.start(i);
        assertThat(new String(window.bytes(), start, lines.length(i), StandardCharsets.UTF_8))
            .as(text + " line " + i)
            .isEqualTo(expected.get(i));
      }
    }
  }
}
