package networth.imports.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.imports.Origin;
import networth.io.Progress;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * The vCard files under {@code src/test/resources/vcard} were written by hand from RFC 2426 (vCard
 * 3.0), RFC 6350 (vCard 4.0) and what Apple Contacts writes; the line numbers below are those of
 * the files.
 */
class VcardImporterTest {

  private static final Path DIR = Path.of("src/test/resources/vcard");

  private static Found read(String... names) throws Exception {
    List<ImportFile> files = new ArrayList<>();
    for (String n : names) {
      files.add(ImportFile.of(DIR.resolve(n)));
    }
    return new VcardImporter().read(files, Progress.NONE);
  }

  private static String file(String name) {
    return DIR.resolve(name).toString();
  }

  private static Found.Entry<Node> node(Found f, String id) {
    return f.nodes().stream()
        .filter(e -> e.item().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id + " in " + ids(f)));
  }

  private static List<String> ids(Found f) {
    return f.nodes().stream().map(e -> e.item().id()).toList();
  }

  private static List<String> links(Found f) {
    return f.links().stream()
        .map(e -> e.item().from() + " -" + e.item().kind() + "-> " + e.item().to())
        .toList();
  }

  @Test
  void theImporterIsFoundByItsNameAndAlias() {
    Importers installed = Importers.installed();
    Importer byName = installed.named("vcard").orElseThrow();
    assertThat(byName).isInstanceOf(VcardImporter.class);
    assertThat(installed.named("VCF")).containsSame(byName);
  }

  @Test
  void anAppleVcard3GivesPeopleTheirCompanyAndTheirFriend() throws Exception {
    Found f =
        new VcardImporter()
            .read(List.of(ImportFile.of(DIR.resolve("apple-v3.vcf"))), Progress.NONE);

    // The company's own card (X-ABShowAs:COMPANY, line 19) comes first, found at its own line.
    assertThat(ids(f)).containsExactly("Cielo Ltd", "Andy Carter", "Jürgen Müller", "Emily Stone");
    Found.Entry<Node> cielo = node(f, "Cielo Ltd");
    assertThat(cielo.item().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(cielo.origin()).isEqualTo(new Origin(file("apple-v3.vcf"), 19));
    assertThat(cielo.item().attributes())
        .containsEntry("domain", "cielo.co.uk")
        .containsEntry("website", "https://www.cielo.co.uk/");

    Found.Entry<Node> andy = node(f, "Andy Carter");
    assertThat(andy.origin()).isEqualTo(new Origin(file("apple-v3.vcf"), 1));
    assertThat(andy.item().kind()).isEqualTo(NodeKind.PERSON);
    // The LinkedIn profile identifies him; the X profile gives his handle.
    assertThat(andy.item().attributes())
        .containsEntry("url", "https://www.linkedin.com/in/andy-carter-42")
        .containsEntry("email", "andy@cielo.com, Andy.Carter@example.org")
        .containsEntry("handle", "@andycarter")
        .containsEntry("website", "https://twitter.com/andycarter")
        .doesNotContainKey("source");
    // The NOTE is folded over lines 13-14 (the second begins with a space that folding removes).
    assertThat(andy.item().note())
        .isEqualTo(
            "Met at the Brighton digital meetup in 2019; introduced me to Cielo's marketing team.");
    // BDAY is not a date the map records.
    assertThat(andy.item().date()).isEmpty();

    assertThat(f.affiliations()).hasSize(1);
    Found.Entry<Affiliation> works = f.affiliations().get(0);
    assertThat(works.item().person()).isEqualTo("Andy Carter");
    assertThat(works.item().organisation()).isEqualTo("Cielo Ltd");
    assertThat(works.item().role()).isEqualTo(Affiliation.Role.WORKS_AT);
    assertThat(works.item().note()).isEqualTo("Head of Marketing");
    assertThat(works.origin().row()).isEqualTo(1);

    // Quoted-printable UTF-8 (CHARSET=UTF-8), the NOTE broken by a soft line break at line 32.
    Found.Entry<Node> jurgen = node(f, "Jürgen Müller");
    assertThat(jurgen.origin().row()).isEqualTo(27);
    assertThat(jurgen.item().note()).isEqualTo("Grüße aus Berlin, spricht Deutsch");
    assertThat(jurgen.item().attributes()).containsEntry("email", "jurgen@muller.de");

    // No FN: the name comes from N (Stone;Emily).
    assertThat(node(f, "Emily Stone").origin().row()).isEqualTo(35);

    // Apple's related name (item2.X-ABRELATEDNAMES with the label _$!<Friend>!$_) on Andy's card.
    assertThat(links(f)).containsExactly("Emily Stone -friend-> Andy Carter");
    assertThat(f.links().get(0).origin().row()).isEqualTo(1);

    assertThat(f.skipped())
        .extracting(s -> s.origin().row() + " " + s.reason())
        .containsExactly(
            "40 a card without a name (no FN, N or ORG)",
            "44 a second card of the same person (same name and e-mail)");
  }

  @Test
  void aVcard4LinksRelatedPeopleByUidByNameAndByAddress() throws Exception {
    Found f = read("contacts-v4.vcf");

    assertThat(ids(f))
        .containsExactly(
            "Northwind Traders",
            "Jane Doe",
            "Sam Patel",
            "Jane Doe (2)",
            "Priya Shah",
            "lee@northwind.example");
    Found.Entry<Node> northwind = node(f, "Northwind Traders");
    assertThat(northwind.item().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(northwind.origin().row()).isEqualTo(21);
    assertThat(northwind.item().attributes())
        .containsEntry("email", "hello@northwind.example")
        .containsEntry("domain", "northwind.example");

    Node jane = node(f, "Jane Doe").item();
    assertThat(jane.attributes())
        .containsEntry("url", "https://x.com/janedoe")
        .containsEntry("handle", "@janedoe")
        .containsEntry("email", "jane.doe@northwind.example");
    // A second Jane Doe with another address is another person.
    Found.Entry<Node> jane2 = node(f, "Jane Doe (2)");
    assertThat(jane2.origin().row()).isEqualTo(35);
    assertThat(jane2.item().label()).isEqualTo("Jane Doe (2)");
    assertThat(jane2.item().attributes()).containsEntry("email", "jane@doe.family");

    // ORG's first part is the organisation (Sales is a unit of it).
    assertThat(f.affiliations())
        .extracting(
            a -> a.item().person() + " / " + a.item().organisation() + " / " + a.item().note())
        .containsExactly(
            "Jane Doe / Northwind Traders / Account Director", "Sam Patel / Northwind Traders / ");

    // Sam's card (line 11): by UID, by a text naming nobody among the cards (a new person), and by
    // a mailto naming nobody among the cards (a new person known by the address).
    assertThat(links(f))
        .containsExactly(
            "Jane Doe -colleague-> Sam Patel",
            "Priya Shah -friend-> Sam Patel",
            "lee@northwind.example -co-worker-> Sam Patel");
    assertThat(f.links()).allSatisfy(l -> assertThat(l.origin().row()).isEqualTo(11));
    assertThat(node(f, "lee@northwind.example").item().attributes())
        .containsEntry("email", "lee@northwind.example");
    assertThat(node(f, "Priya Shah").item().kind()).isEqualTo(NodeKind.PERSON);

    assertThat(f.skipped())
        .extracting(s -> s.origin().row() + " " + s.reason())
        .containsExactlyInAnyOrder(
            "29 a card of kind group", "11 a RELATED person not among the cards");
  }

  @Test
  void anOutlookVcard21DecodesItsCharacterSet() throws Exception {
    Found f = read("outlook-v21.vcf");
    assertThat(ids(f)).containsExactly("Chidi Okafor", "Contoso Cafe Ltd");
    Node chidi = node(f, "Chidi Okafor").item();
    // Quoted-printable in Windows-1252: =E9 is é, =0D=0A a line break, the final = a soft break.
    assertThat(chidi.note()).isEqualTo("Runs the café on the corner\nMet through Emily.");
    // A LinkedIn profile on a country's host is still a LinkedIn profile.
    assertThat(chidi.attributes())
        .containsEntry("url", "http://uk.linkedin.com/in/chidiokafor")
        .containsEntry("email", "chidi@contoso-cafe.example");
    assertThat(f.affiliations().get(0).item().note()).isEqualTo("Owner");
  }

  @Test
  void relatedCardsAreFoundAcrossFiles() throws Exception {
    // A text RELATED is resolved against a card of another file read in the same import.
    Found f = read("contacts-v4.vcf", "apple-v3.vcf");
    assertThat(f.nodes()).extracting(e -> e.origin().file()).contains(file("apple-v3.vcf"));
    Map<String, Long> byFile =
        f.nodes().stream()
            .collect(Collectors.groupingBy(e -> e.origin().file(), Collectors.counting()));
    assertThat(byFile).containsEntry(file("apple-v3.vcf"), 4L);
  }

  @Test
  void aBrokenFileIsReportedAtEachLine() {
    assertThatThrownBy(() -> read("broken.vcf"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.position().toString() + " " + p.message())
                    .containsExactly(
                        file("broken.vcf") + ":4:1 not a vCard property: expected NAME:value",
                        file("broken.vcf") + ":6:1 END:VCARD without a BEGIN:VCARD before it",
                        file("broken.vcf") + ":7:1 the card that begins here has no END:VCARD"));
  }

  @Test
  void aFileThatIsNoVcardSaysSo() {
    assertThatThrownBy(() -> read("not-a-vcard.vcf"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(e.problems()).hasSize(1);
              assertThat(p.render())
                  .startsWith(
                      file("not-a-vcard.vcf") + ":1: error: not a vCard: no line says BEGIN:VCARD")
                  .contains("export the contacts as vCard");
            });
  }

  @Test
  void manyCardsAreReadQuicklyAndProgressIsHeard() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ")
          .append(i)
          .append("\r\nEMAIL:p")
          .append(i)
          .append("@example.com\r\nORG:Company ")
          .append(i % 100)
          .append("\r\nEND:VCARD\r\n");
    }
    List<String> heard = new ArrayList<>();
    // The time the reading thread spent on the processor: the wall clock of a busy build machine
    // says more about the machine than about the reading.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Found f =
        new VcardImporter()
            .read(
                List.of(ImportFile.of("many.vcf", text.toString().getBytes())),
                (source, rows, done) -> heard.add(source + " " + rows + " " + done));
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    // 10,000 people and the 100 companies they work at; card 9,999 begins on line 9,999 x 6 + 1.
    assertThat(f.nodes()).hasSize(10_100);
    assertThat(f.affiliations()).hasSize(10_000);
    assertThat(node(f, "Person 9999").origin().row()).isEqualTo(59_995);
    assertThat(heard).containsExactly("many.vcf 10000 false", "many.vcf 10000 true");
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void linksAreFromTheRelatedPersonToTheCard() throws Exception {
    Found f = read("contacts-v4.vcf");
    Link colleague = f.links().get(0).item();
    assertThat(colleague.from()).isEqualTo("Jane Doe");
    assertThat(colleague.to()).isEqualTo("Sam Patel");
    assertThat(colleague.date()).isEmpty();
  }
}
