package networth.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import networth.diagnostics.Problem;
import networth.io.Layout;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest inputs of defects the fuzz harness found, each fixed, kept as examples. */
class FoundByFuzzingTest {

  @TempDir Path dir;

  private ReadResult read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return MapFiles.read(List.of(file));
  }

  /**
   * A spreadsheet or JSON link of the kind "works at" was written to the map file as {@code -[works
   * at]->}, which the map file reads as an affiliation written with an arrow, and refuses.
   */
  @Test
  void aLinkWhoseKindSpellsARoleWritesToAMapFileThatReadsBack() throws IOException {
    ReadResult json =
        read(
            "m.json",
            "{\"links\": [{\"from\": \"Sam\", \"to\": \"Acme\", \"kind\": \"works at\","
                + " \"date\": \"2000-06-23\"}]}");
    assertThat(json.errors()).isEmpty();
    Path out = dir.resolve("out.netmap");
    MapFiles.write(json.map(), Layout.NONE, out);
    assertThat(Files.readString(out)).contains("Sam -[kind=\"works at\" 2000-06-23]-> Acme");
    ReadResult back = MapFiles.read(List.of(out));
    assertThat(back.errors()).isEmpty();
    assertThat(back.map().links()).containsExactlyElementsOf(json.map().links());
    assertThat(back.map().links().get(0).kind()).isEqualTo("works at");
    assertThat(back.map().affiliations()).isEmpty();
  }

  /** A title holding a control character has no node to point at: its own line is pointed at. */
  @Test
  void aControlCharacterInTheTitleIsPointedAtWhereItStands() throws IOException {
    // title "a<VT>b": the vertical tab is the 9th character of line 2.
    Problem netmap = read("m.netmap", "# a map\ntitle \"a\u000Bb\"\nperson A\n").errors().get(0);
    assertThat(netmap.position().line()).isEqualTo(2);
    assertThat(netmap.position().column()).isEqualTo(9);
    assertThat(netmap.message())
        .isEqualTo("the title holds the control character U+000B (vertical tab)");
    // In JSON the character is an escape; the escape is pointed at (line 2, column 14).
    Problem json = read("m.json", "{\n  \"title\": \"a\\u000bb\"\n}\n").errors().get(0);
    assertThat(json.position().line()).isEqualTo(2);
    assertThat(json.position().column()).isEqualTo(14);
  }

  /**
   * A rate of a thousand digits was taken by the map file and the sheets, and written to JSON,
   * whose reader refuses an amount beyond 10^15: now every form refuses it where it stands.
   */
  @Test
  void anAmountTooLargeForJsonIsRefusedInEveryForm() throws IOException {
    String huge = "9".repeat(1_001);
    String says =
        "an amount is at most 1,000,000,000,000,000 with at most 10 decimal places, not a number"
            + " of 1,001 characters";
    // line 1: person A rate 999…: the amount starts in column 15.
    Problem netmap = read("m.netmap", "person A rate " + huge + "\n").errors().get(0);
    assertThat(netmap.position().toString()).endsWith("m.netmap:1:15");
    assertThat(netmap.message()).contains(says);
    Path folder = Files.createDirectories(dir.resolve("map"));
    Files.writeString(folder.resolve("elements.csv"), "ID,Type,Rate\nA,person," + huge + "\n");
    Files.writeString(folder.resolve("connections.csv"), "From,To\n");
    Problem csv = MapFiles.read(List.of(folder)).errors().get(0);
    assertThat(csv.position().toString()).endsWith("elements.csv:2:3");
    assertThat(csv.message()).contains(says);
    Problem json =
        read("m.json", "{\"nodes\": [{\"id\": \"A\", \"rate\": {\"amount\": 1e16}}]}")
            .errors()
            .get(0);
    assertThat(json.message()).contains(".rate.amount: an amount is at most 1,000,000,000,000,000");
  }

  /** The link a JSON reader took is what the three forms keep: a check of the test's own map. */
  @Test
  void theRoleKindIsAnOrdinaryLinkKindInJson() throws IOException {
    ReadResult json =
        read(
            "n.json",
            "{\"links\": [{\"from\": \"Sam\", \"to\": \"Acme\", \"kind\": \"works at\"}]}");
    assertThat(json.map().links())
        .containsExactly(new Link("Sam", "Acme", "works at", java.util.Optional.empty(), ""));
  }

  /**
   * An affiliation row of the connections sheet named a person no element declares, and the checks'
   * message about the name (a NUL in it) had no place: the sheet's affiliations did not say where
   * their names were met, as its links and the other forms' affiliations do.
   */
  @Test
  void anUndeclaredNameInAnAffiliationRowIsPlacedWhereItIsMet() throws IOException {
    Path pair = Files.createDirectory(dir.resolve("pair"));
    Files.writeString(pair.resolve("elements.csv"), "ID,Type\nBloom,organisation\n");
    Files.writeString(
        pair.resolve("connections.csv"),
        "From,To,Affiliation\nPri\u0000ya,Bloom,owns\nZed,Bloom,works at\nBloom,Zed,\n");
    ReadResult r = MapFiles.read(List.of(pair));
    String sheet = pair.resolve("connections.csv").toString();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("holds the control character U+0000 (NUL)");
              assertThat(p.position().toString()).isEqualTo(sheet + ":2:1");
            });
    // First met in an affiliation (line 3), not in the link after it.
    assertThat(r.locations().of("Zed").map(Object::toString)).contains(sheet + ":3:1");
  }
}
