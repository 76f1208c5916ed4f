package networth.io.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.diagnostics.Problem;
import networth.io.MapFiles;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts a map may not hold and dates it may not spell, refused in each of the three forms with the
 * place to change: a control character (a NUL once went through every reader and then broke the DOT
 * export; DEL and the C1 controls went through too), a month or day of one digit, the year 0000.
 */
class RefusedTextTest {

  @TempDir Path dir;

  private ReadResult read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return MapFiles.read(List.of(file));
  }

  private ReadResult readCsv(String elements, String connections) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("map"));
    Files.writeString(folder.resolve("elements.csv"), elements, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("connections.csv"), connections, StandardCharsets.UTF_8);
    return MapFiles.read(List.of(folder));
  }

  private static Problem onlyError(ReadResult r) {
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }

  @Test
  void aNulInAQuotedNameOfAMapFileIsRefusedAtItsColumn() throws IOException {
    // line 2: person "Em<NUL>ily" — the NUL is the 11th character: p-e-r-s-o-n, space, quote,
    // E, m, then NUL.
    Problem p = onlyError(read("m.netmap", "title \"t\"\nperson \"Em\u0000ily\"\nEm -> x\n"));
    assertThat(p.position().toString()).endsWith("m.netmap:2:11");
    assertThat(p.message())
        .isEqualTo("the id 'Em\\u0000ily' holds the control character U+0000 (NUL)");
    assertThat(p.hint()).contains("tabs and line breaks");
    // The line shown under it pictures the NUL, so the terminal gets no control character.
    assertThat(p.render()).contains("person \"Em\u2400ily\"").doesNotContain("\u0000");
  }

  @Test
  void aNulEscapedInJsonIsRefusedWhereItsNodeStands() throws IOException {
    String json =
        "{\n  \"nodes\": [\n    {\"id\": \"Emily\", \"kind\": \"person\", \"note\": \"a\\u0000b\"}\n  ]\n}\n";
    Problem p = onlyError(read("m.json", json));
    assertThat(p.position().line()).isEqualTo(3);
    assertThat(p.message())
        .isEqualTo("the note of 'Emily' holds the control character U+0000 (NUL)");
  }

  @Test
  void anEscapeOrAFormFeedInASpreadsheetCellIsRefusedAtItsRow() throws IOException {
    ReadResult r =
        readCsv(
            "ID,Label,Type\nEmily,Emily,person\nRoger,\u001b[31mRoger,person\n",
            "From,To,Type\nEmily,Roger,intro\fduced\n");
    assertThat(r.errors())
        .extracting(
            p ->
                dir.relativize(Path.of(p.position().source()))
                    + ":"
                    + p.position().line()
                    + ":"
                    + p.position().column()
                    + " "
                    + p.message())
        .containsExactly(
            "map/elements.csv:3:1 the label of 'Roger' holds the control character U+001B (escape)",
            "map/connections.csv:2:1 the kind of the link Emily -> Roger holds the control character"
                + " U+000C (form feed)");
  }

  @Test
  void aDelInAMapFileIsRefusedAtItsColumnAndPictured() throws IOException {
    // line 1: channel "Red<DEL>" — c-h-a-n-n-e-l, space, quote, R, e, d: the DEL is the 13th.
    Problem p = onlyError(read("m.netmap", "channel \"Red\u007f\"\nRed -> X\n"));
    assertThat(p.position().toString()).endsWith("m.netmap:1:13");
    assertThat(p.message())
        .isEqualTo("the id 'Red\\u007F' holds the control character U+007F (delete)");
    assertThat(p.render()).contains("channel \"Red\u2421\"").doesNotContain("\u007f");
  }

  @Test
  void aC1ControlIsRefusedInEveryForm() throws IOException {
    // U+009B is CSI, the one-character form of ESC [ that some terminals obey: "\u009b31m"
    // recolours.
    Problem netmap = onlyError(read("m.netmap", "person A note \"x\u009b31m\"\n"));
    // p-e-r-s-o-n, space, A, space, n-o-t-e, space, quote, x: the CSI is the 17th character.
    assertThat(netmap.position().toString()).endsWith("m.netmap:1:17");
    assertThat(netmap.message())
        .isEqualTo(
            "the note of 'A' holds the control character U+009B (control sequence introducer)");
    assertThat(netmap.render()).doesNotContain("\u009b").contains("\"x\uFFFD31m\"");
    // In JSON it comes as an escape, or as the character itself (JSON lets strings hold it).
    Problem escaped =
        onlyError(read("m.json", "{\"nodes\": [{\"id\": \"A\", \"label\": \"x\\u0085y\"}]}"));
    assertThat(escaped.position().line()).isEqualTo(1);
    assertThat(escaped.message())
        .isEqualTo("the label of 'A' holds the control character U+0085 (next line)");
    Problem raw =
        onlyError(read("n.json", "{\"nodes\": [{\"id\": \"A\", \"label\": \"x\u0090y\"}]}"));
    assertThat(raw.message())
        .isEqualTo("the label of 'A' holds the control character U+0090 (a C1 control)");
    // In a sheet, its row and the first cell of it (line 2, column 1).
    Problem csv = onlyError(readCsv("ID,Label,Type\nA,x\u0080y,person\n", "From,To\n"));
    assertThat(csv.position().toString()).endsWith("elements.csv:2:1");
    assertThat(csv.message())
        .isEqualTo("the label of 'A' holds the control character U+0080 (a C1 control)");
  }

  @Test
  void lettersJustAboveTheC1ControlsStayAllowed() throws IOException {
    // U+00A0 (no-break space) and U+00E9 (é) follow the C1 block: they are text.
    ReadResult r = read("m.netmap", "person \"Ren\u00e9e\u00a0B\"\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().nodes().get(0).id()).isEqualTo("Ren\u00e9e\u00a0B");
  }

  @Test
  void halfACharacterSpelledByAJsonEscapeIsRefused() throws IOException {
    // \ud83d alone is the first half of an emoji; UTF-8 cannot write it, so it would come back as
    // '?'.
    Problem p =
        onlyError(read("m.json", "{\"nodes\": [{\"id\": \"A\", \"label\": \"x\\ud83dy\"}]}"));
    assertThat(p.message())
        .isEqualTo("the label of 'A' holds half of a character (U+D83D without its pair)");
    // A whole emoji is a text like any other.
    assertThat(
            read("n.json", "{\"nodes\": [{\"id\": \"A\", \"label\": \"x\\ud83d\\ude00y\"}]}")
                .errors())
        .isEmpty();
  }

  @Test
  void tabsAndLineBreaksStayAllowed() throws IOException {
    ReadResult r = read("m.netmap", "person A\nperson C\nA -> C : \"one\\ttwo\\nthree\"\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().links().get(0).note()).isEqualTo("one\ttwo\nthree");
  }

  @Test
  void aDateWithAOneDigitMonthOrDayIsRefusedWithTheFormToWriteInEveryForm() throws IOException {
    String says = "a month and a day have two digits: write 2014-01-01, not 2014-1-1";
    Problem netmap = onlyError(read("m.netmap", "person A since 2014-1-1\n"));
    assertThat(netmap.position().toString()).endsWith("m.netmap:1:16");
    assertThat(netmap.message()).contains(says);
    Problem json =
        onlyError(read("m.json", "{\"nodes\": [{\"id\": \"A\", \"date\": \"2014-1-1\"}]}"));
    assertThat(json.position().line()).isEqualTo(1);
    assertThat(json.message()).contains(says);
    Problem csv = onlyError(readCsv("ID,Type,Date\nA,person,2014-1-1\n", "From,To,Date\n"));
    assertThat(csv.position().toString()).endsWith("elements.csv:2:3");
    assertThat(csv.message()).contains(says);
  }

  @Test
  void theYearZeroIsRefused() throws IOException {
    // line 3: A -[0000-05]-> C, the date starting in column 5.
    Problem p = onlyError(read("m.netmap", "person A\nB -[2014]-> A\nA -[0000-05]-> C\n"));
    assertThat(p.position().toString()).endsWith("m.netmap:3:5");
    assertThat(p.message()).contains("there is no year 0000");
  }
}
