package networth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer every map file goes through encodes text as UTF-8 by hand: its bytes are the bytes
 * {@link String#getBytes} gives the same text (a half character as {@code ?}), whichever calls
 * wrote it, wherever its buffer was drained, and with text already encoded copied in between.
 */
class TextOutTest {

  // Characters of every width, and halves of pairs that may or may not meet their other half.
  private static final String[] PIECES = {
    "a",
    "Z",
    "-",
    " ",
    "\n",
    "é",
    "ß",
    "ü",
    "中",
    "\u20AC",
    "\uFFFF",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\uDBFF\uDFFF",
    "\u0000",
    "\u007F",
    "\u0080",
    "\u07FF",
    "\u0800"
  };

  @Test
  void bytesAreThoseOfStringGetBytesWhateverTheCallsAndBuffers() throws Exception {
    Random random = new Random(20261201);
    for (int run = 0; run < 300; run++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      TextOut out = new TextOut(bytes);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      // Characters written since the last bytes written as they are: encoded together, as a
      // surrogate pair split over two calls is still one character.
      StringBuilder pending = new StringBuilder();
      int calls = 1 + random.nextInt(run < 250 ? 40 : 400);
      for (int c = 0; c < calls; c++) {
        String text = text(random, random.nextInt(4) == 0 ? 20_000 : 12);
        switch (random.nextInt(6)) {
          case 0 -> out.write(text);
          case 1 -> out.write(text.toCharArray(), 0, text.length());
          case 2 -> out.append(new StringBuilder(text));
          case 3 -> {
            for (int i = 0; i < text.length(); i++) {
              out.write(text.charAt(i));
            }
          }
          case 4 -> out.append((CharSequence) text);
          default -> {
            // Text already encoded, whole characters only.
            String whole = text.replaceAll("[\uD800-\uDFFF]", "x");
            expected.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
            byte[] utf8 = whole.getBytes(StandardCharsets.UTF_8);
            out.writeUtf8(utf8, 0, utf8.length);
            expected.writeBytes(utf8);
            continue;
          }
        }
        pending.append(text);
      }
      out.flush();
      expected.writeBytes(pending.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(bytes.toByteArray()).as("run %d", run).isEqualTo(expected.toByteArray());
    }
  }

  @Test
  void aHalfCharacterAtTheEndIsWrittenAsAQuestionMark() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextOut out = new TextOut(bytes);
    out.write("ok \uD83D");
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("ok ?");
  }

  private static String text(Random random, int most) {
    int n = random.nextInt(most + 1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }
}
