package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import networth.io.MapFiles;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command on the seed example with a hand-written LinkedIn export: what it merges, what
 * it adds, that a second run changes nothing, and that nothing is written when it must not be.
 */
class ImportCommandTest {

  @TempDir Path dir;

  private Path seed() throws Exception {
    Path map = dir.resolve("network.netmap");
    Files.copy(Path.of("../examples/power-of-the-network.netmap"), map);
    return map;
  }

  private Path connections() throws Exception {
    Path csv = dir.resolve("Connections.csv");
    Files.copy(
        Path.of("src/test/resources/imports/seed-connections.csv"),
        csv,
        StandardCopyOption.REPLACE_EXISTING);
    return csv;
  }

  private static NetworkMap read(Path map) throws Exception {
    var r = MapFiles.read(List.of(map));
    assertThat(r.errors()).isEmpty();
    return r.map();
  }

  @Test
  void theSeedGainsItsConnectionsAndKeepsOneCieloAndOneLinkedIn() throws Exception {
    Path map = seed();
    NetworkMap before = read(map);
    Run run = Run.of("import", "linkedin", connections().toString(), "--into", map.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    NetworkMap after = read(map);

    // Three people and two companies are new: Cielo Ltd is the seed's Cielo, and Imagination a
    // company the seed never declared (its "Imagination job" is a job, not the organisation).
    assertThat(after.nodes().size() - before.nodes().size()).isEqualTo(5);
    assertThat(after.nodes())
        .filteredOn(n -> n.label().toLowerCase().startsWith("cielo"))
        .extracting(Node::id)
        .containsExactly("Cielo");
    assertThat(after.nodes()).filteredOn(n -> n.id().equals("LinkedIn")).hasSize(1);
    assertThat(after.affiliationsOf("Andy Carter"))
        .extracting(Affiliation::organisation, Affiliation::note)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Cielo", "Head of Talent"));
    Link andy =
        after.links().stream().filter(l -> l.to().equals("Andy Carter")).findFirst().orElseThrow();
    assertThat(andy.from()).isEqualTo("LinkedIn");
    assertThat(andy.date()).map(Object::toString).contains("2013-01-12");
    // The row as a spreadsheet shows it: three lines of notes, the header on row 4.
    assertThat(after.node("Andy Carter").orElseThrow().attributes())
        .containsEntry("source", map.getParent().resolve("Connections.csv") + " row 5")
        .containsEntry("url", "https://www.linkedin.com/in/andy-carter-cielo");
    // The seed's own Andy is untouched: a first name alone is not a full name.
    assertThat(after.node("AndyC")).isEqualTo(before.node("AndyC"));
    assertThat(run.out())
        .contains("added ")
        .contains("3 people")
        .contains("skipped    1 row: 1 a member who hid their details")
        .contains("wrote " + map);
  }

  @Test
  void importingTheSameExportAgainLeavesTheFileByteForByte() throws Exception {
    Path map = seed();
    Path csv = connections();
    assertThat(Run.of("import", "linkedin", csv.toString(), "--into", map.toString()).exit())
        .isZero();
    byte[] once = Files.readAllBytes(map);
    Run again = Run.of("import", "linkedin", csv.toString(), "--into", map.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(map)).isEqualTo(once);
    assertThat(again.out()).contains("added      nothing").contains("already holds it all");
  }

  @Test
  void aPersonMergedByHandIsRecognisedByProfileNextTime() throws Exception {
    // After the first import, the user decides Andy Carter is the seed's Andy (AndyC), keeps
    // AndyC and gives it the profile address; the next import links AndyC, adding nobody.
    Path map = seed();
    Path csv = connections();
    Files.writeString(
        map,
        Files.readString(map)
            .replace(
                "person AndyC               label Andy note \"a senior person at Cielo\"",
                "person AndyC label Andy note \"a senior person at Cielo\""
                    + " url=\"linkedin.com/in/andy-carter-cielo\""));
    Run run = Run.of("import", "linkedin", csv.toString(), "--into", map.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    NetworkMap after = read(map);
    assertThat(after.node("Andy Carter")).isEmpty();
    assertThat(after.links())
        .filteredOn(l -> l.from().equals("LinkedIn") && l.to().equals("AndyC"))
        .singleElement()
        .satisfies(l -> assertThat(l.date()).map(Object::toString).contains("2013-01-12"));
    assertThat(run.out()).contains("1 by same profile URL");
  }

  @Test
  void aDryRunListsWhatWouldChangeAndWritesNothing() throws Exception {
    Path map = seed();
    byte[] before = Files.readAllBytes(map);
    Run run =
        Run.of("import", "linkedin", connections().toString(), "--into", map.toString(), "-n");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
    assertThat(run.out())
        .contains("  + person Andy Carter  <- ")
        .contains("  - ")
        .contains("a member who hid their details")
        .contains("dry run: " + map + " was not written");
  }

  @Test
  void theJsonReportCountsWhatWasAddedMergedAndSkipped() throws Exception {
    Path map = dir.resolve("new.netmap");
    JsonNode r =
        Run.json(
            "import",
            "linkedin",
            connections().toString(),
            "--into",
            map.toString(),
            "--format",
            "json");
    assertThat(r.get("written").asBoolean()).isTrue();
    assertThat(r.get("added").get("person").asInt()).isEqualTo(3);
    assertThat(r.get("added").get("channel").asInt()).isEqualTo(1);
    assertThat(r.get("skippedRows").asInt()).isEqualTo(1);
    assertThat(r.get("skipped").get(0).get("row").asInt()).isEqualTo(7);
    assertThat(Files.exists(map)).isTrue();
  }

  @Test
  void aMapWithErrorsIsNotImportedInto() throws Exception {
    Path map = dir.resolve("broken.netmap");
    Files.writeString(map, "persn Emily\n");
    byte[] before = Files.readAllBytes(map);
    Run run = Run.of("import", "linkedin", connections().toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("broken.netmap:1:1").contains("has errors");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void aBrokenExportLeavesTheMapAsItWas() throws Exception {
    Path map = seed();
    byte[] before = Files.readAllBytes(map);
    Path csv = dir.resolve("Connections.csv");
    Files.writeString(
        csv,
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Jane,Doe,https://www.linkedin.com/in/jane,,Acme,CTO,08 Feb 2026\n"
            + "John,Roe,https://www.linkedin.com/in/john,,Acme,CEO,31 Fbe 2026\n");
    Run run = Run.of("import", "linkedin", csv.toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(csv + ":3:")
        .contains("Connected On")
        .contains("31 Fbe 2026")
        .contains("was not changed")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void anUnknownSourceNamesTheNearestAndTheChoices() {
    Run run = Run.of("import", "linkdin", "x.csv", "--into", dir.resolve("m.netmap").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no source called 'linkdin'").contains("'linkedin'");
    assertThat(Files.exists(dir.resolve("m.netmap"))).isFalse();
  }

  @Test
  void aMissingFileIsNamedAndNothingIsWritten() {
    Run run =
        Run.of(
            "import",
            "linkedin",
            dir.resolve("nope.csv").toString(),
            "--into",
            dir.resolve("m.netmap").toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("no such file: " + dir.resolve("nope.csv"));
    assertThat(Files.exists(dir.resolve("m.netmap"))).isFalse();
  }

  @Test
  void suggestOnTheSeedWithTheExportProposesAndyToCieloAndAcceptingItDrawsTheRoute()
      throws Exception {
    Path map = seed();
    assertThat(Run.of("import", "linkedin", connections().toString(), "--into", "" + map).exit())
        .isZero();
    Run suggest = Run.of("suggest", map.toString());
    assertThat(suggest.exit()).as(suggest.err()).isZero();
    // Andy Carter works at Cielo, and Cielo became Client 1 (won, £50k): the link puts Client 1
    // on a route through him. First in the list: most value first, and nothing else is worth more.
    assertThat(suggest.out())
        .contains("1. Andy Carter → Cielo  (£50,000: Client 1)")
        .contains("Andy Carter works at Cielo, and Cielo became Client 1");
    Run accept = Run.of("suggest", map.toString(), "--accept", "1");
    assertThat(accept.exit()).as(accept.err()).isZero();
    assertThat(read(map).links())
        .anySatisfy(
            l -> {
              assertThat(l.from()).isEqualTo("Andy Carter");
              assertThat(l.to()).isEqualTo("Cielo");
            });
    assertThat(Run.of("suggest", map.toString()).out()).doesNotContain("Andy Carter → Cielo");
  }
}
