package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map from someone else, whose labels try to be markup, formulas or terminal commands. */
class HostileTextTest {

  static final String ESC = "\u001b";

  /**
   * The 8-bit form of ESC [ (CSI), which some terminals obey too. A map may hold neither it nor ESC
   * nor DEL (the readers refuse control characters, docs/robustness.md): the message that says so
   * must keep them inert.
   */
  static final String CSI = "\u009b";

  /**
   * A title and a group that are HTML, a label that is a formula, one that recolours a terminal.
   */
  static final String HOSTILE =
      """
      title "<script>alert(1)</script> & Co"
      currency GBP
      group "<img src=x onerror=alert(1)>" = LinkedIn
      channel LinkedIn label "=HYPERLINK(\\"http://x\\")"
      client "Client 1" value 10k won 2014-03
      LinkedIn -> "Client 1"
      """;

  /** A channel whose name recolours a terminal and retitles its window, with the 8-bit CSI. */
  static final String TERMINAL =
      """
      channel "%1$s[31mRed%1$s]0;pwned\u007f"
      client "Client 1" value 10k won 2014-03
      "%1$s[31mRed%1$s]0;pwned\u007f" -> "Client 1"
      """
          .formatted(CSI);

  static Path hostile(Path dir) throws Exception {
    return Files.writeString(dir.resolve("hostile.netmap"), HOSTILE);
  }

  @Test
  void summaryInMarkdownShowsAHostileTitleAndGroupAsText(@TempDir Path dir) throws Exception {
    Run run = Run.of("summary", hostile(dir).toString(), "--format", "md");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("# \\<script\\>alert(1)\\</script\\> \\& Co: 1 opportunity worth £10,000\n")
        .contains("- \\<img src=x onerror=alert(1)\\> (=HYPERLINK(\"http://x\")) played a part")
        .contains("| group | \\<img src=x onerror=alert(1)\\> |")
        // Every angle bracket and ampersand is escaped with a backslash.
        .doesNotContainPattern("(?<!\\\\)[<>&]");
  }

  @Test
  void aLabelMeantForTheTerminalIsRefusedAndShownInert(@TempDir Path dir) throws Exception {
    Path map = Files.writeString(dir.resolve("terminal.netmap"), TERMINAL);
    for (String format : new String[] {"text", "md", "csv"}) {
      Run run = Run.of("summary", map.toString(), "--format", format);
      assertThat(run.exit()).as(run.err()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).doesNotContain(CSI).doesNotContain("\u007f");
      // The id is spelled with its escapes: '\u009B[31mRed\u009B]0;pwned\u007F'.
      assertThat(run.err())
          .contains(
              "the id '\\u009B[31mRed\\u009B]0;pwned\\u007F' holds the control character U+009B"
                  + " (control sequence introducer)");
    }
  }

  @Test
  void anEscapeByteInAProblemsSourceLineIsShownInertToo(@TempDir Path dir) throws Exception {
    Path map = Files.writeString(dir.resolve("m.netmap"), "chanel \"" + ESC + "]0;pwned\"\n");

    Run run = Run.of("check", map.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain(ESC).contains("\\u001b]0;pwned");
  }

  @Test
  void fmtToStandardOutputPrintsTheMapsExactText(@TempDir Path dir) throws Exception {
    // Meant for a pipe or an editor: the text must be the map itself, escapes and letters as they
    // are, not made inert as a terminal's output is.
    Path map = Files.writeString(dir.resolve("m.netmap"), "channel \"Zo\u00eb\\tB\"\n");

    Run run = Run.of("fmt", map.toString(), "--stdout");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("channel \"Zo\u00eb\\tB\"\n");
  }

  @Test
  void csvTablesPrefixAFormulaWithAQuote(@TempDir Path dir) throws Exception {
    Run run = Run.of("summary", hostile(dir).toString(), "--format", "csv");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\nchannel,\"'=HYPERLINK(\"\"http://x\"\")\",1 of 1,1,0,\"£10,000\",100%,£0,");
  }

  @Test
  void whatifWithoutAnyNodeIsACommandLineMistake() {
    for (String without : new String[] {",", " ", "LinkedIn,,Twitter"}) {
      Run run = Run.of("whatif", SummaryCommandTest.SEED, "--without", without);
      assertThat(run.exit()).as(without).isEqualTo(2);
      assertThat(run.err()).contains("--without needs the nodes to take away").contains("e.g.");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void theHelpListsEveryExitCode() {
    Run run = Run.of("--help");

    assertThat(run.out())
        .contains("  0  done")
        .contains("  1  the input has problems")
        .contains("  2  the command line is wrong")
        .contains("  3  a file could not be read or written")
        .contains("  70 a bug in networth");
  }
}
