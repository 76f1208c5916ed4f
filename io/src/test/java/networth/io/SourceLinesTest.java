package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A text's lines over its bytes are the lines {@link String#lines} gives, blank where it says. */
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

  private static void assertSame(String text) {
    SourceLines lines = SourceLines.of(text.getBytes(StandardCharsets.UTF_8));
    assertThat(lines).as(text).containsExactlyElementsOf(text.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.isBlank(i)).as(text + " line " + i).isEqualTo(lines.get(i).isBlank());
    }
  }
}
