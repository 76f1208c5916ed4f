package networth.imports.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.imports.Origin;
import networth.io.Progress;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * The files under {@code src/test/resources/x} were written by hand in the form X's archive has
 * ({@code window.YTD.follower.part0 = [ { "follower" : { "accountId" : …, "userLink" : … } } ]}).
 * {@code twitter-archive.zip} holds them under {@code data/} with the archive's other files (an
 * HTML page, {@code manifest.js}, {@code account.js}, a picture), zipped by another program than
 * Java's; {@code twitter-archive-truncated.zip} is its first half, and {@code
 * twitter-archive-cut-at-directory.zip} is every entry whole but without the central directory that
 * ends a zip.
 */
class XArchiveImporterTest {

  private static final Path DIR = Path.of("src/test/resources/x");

  private static Found read(String... names) throws Exception {
    List<ImportFile> files = new ArrayList<>();
    for (String n : names) {
      files.add(ImportFile.of(DIR.resolve(n)));
    }
    return new XArchiveImporter().read(files, Progress.NONE);
  }

  private static String file(String name) {
    return DIR.resolve(name).toString();
  }

  private static List<String> links(Found f) {
    return f.links().stream()
        .map(e -> e.item().from() + " -[" + e.item().kind() + "]-> " + e.item().to())
        .toList();
  }

  private static Found.Entry<Node> node(Found f, String id) {
    return f.nodes().stream()
        .filter(e -> e.item().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id));
  }

  private static ImportException failure(String... names) {
    try {
      read(names);
    } catch (ImportException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected an ImportException, got " + e, e);
    }
    throw new AssertionError("expected an ImportException");
  }

  @Test
  void theImporterIsFoundByItsNameAndAsTwitter() {
    Importers installed = Importers.installed();
    Importer x = installed.named("x").orElseThrow();
    assertThat(x).isInstanceOf(XArchiveImporter.class);
    assertThat(installed.named("Twitter")).containsSame(x);
  }

  @Test
  void theLooseListsGiveOneLinkPerAccountSayingWhichWayTheFollowingGoes() throws Exception {
    Found f = read("data/follower.js", "data/following.js");

    assertThat(f.nodes())
        .extracting(e -> e.item().id())
        .containsExactly(
            "Twitter", "X account 1290847563", "X account 44196397", "X account 783214");
    assertThat(node(f, "Twitter").item().kind()).isEqualTo(NodeKind.CHANNEL);
    // 44196397 is in both lists: one link, not two.
    assertThat(links(f))
        .containsExactly(
            "Twitter -[follows me]-> X account 1290847563",
            "Twitter -[follows each other]-> X account 44196397",
            "Twitter -[I follow]-> X account 783214");

    Found.Entry<Node> first = node(f, "X account 1290847563");
    assertThat(first.item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(first.item().attributes())
        .containsEntry("url", "https://twitter.com/intent/user?user_id=1290847563")
        .containsEntry("accountId", "1290847563")
        .doesNotContainKey("handle");
    // Each entry's line: its opening brace, lines 2 and 8 of follower.js, line 8 of following.js.
    assertThat(first.origin()).isEqualTo(new Origin(file("data/follower.js"), 2));
    assertThat(node(f, "X account 44196397").origin())
        .isEqualTo(new Origin(file("data/follower.js"), 8));
    assertThat(node(f, "X account 783214").origin())
        .isEqualTo(new Origin(file("data/following.js"), 8));
    assertThat(f.links().get(2).origin()).isEqualTo(new Origin(file("data/following.js"), 8));
    assertThat(f.skipped()).isEmpty();
  }

  @Test
  void theArchiveZipNamesTheAccountsItsTweetsMention() throws Exception {
    List<String> heard = new ArrayList<>();
    Found f =
        new XArchiveImporter()
            .read(
                List.of(ImportFile.of(DIR.resolve("twitter-archive.zip"))),
                (source, rows, done) -> heard.add(source + " " + rows + " " + done));

    String zip = file("twitter-archive.zip");
    // Emily Stone (44196397) is mentioned in data/tweets.js: her name and handle are used.
    assertThat(f.nodes())
        .extracting(e -> e.item().id())
        .containsExactly("Twitter", "X account 1290847563", "Emily Stone", "X account 783214");
    Found.Entry<Node> emily = node(f, "Emily Stone");
    assertThat(emily.item().attributes())
        .containsEntry("handle", "@emilystone")
        .containsEntry("accountId", "44196397")
        .containsEntry("url", "https://twitter.com/intent/user?user_id=44196397");
    assertThat(emily.origin()).isEqualTo(new Origin(zip + "/data/follower.js", 8));
    assertThat(links(f)).contains("Twitter -[follows each other]-> Emily Stone");
    assertThat(heard)
        .containsExactly(zip + "/data/follower.js 2 true", zip + "/data/following.js 2 true");
  }

  @Test
  void aZipCutShortIsReported() {
    for (String cut :
        List.of("twitter-archive-truncated.zip", "twitter-archive-cut-at-directory.zip")) {
      ImportException e = failure(cut);
      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).render())
          .startsWith(file(cut) + ": error: a zip archive cut short: its end is missing")
          .contains("download the archive again");
    }
  }

  @Test
  void brokenJsonIsReportedAtItsLineAndColumn() {
    // Line 4 lacks its comma: the reader stumbles on the quote that opens "userLink", line 5,
    // column 7 (six spaces before it).
    ImportException e = failure("broken-follower.js");
    assertThat(e.problems().get(0).render())
        .startsWith(
            file("broken-follower.js") + ":5:7: error: broken JSON: a comma is missing before this")
        .contains("5 |       \"userLink\"")
        .contains("download the archive again");
  }

  @Test
  void aFileCutShortIsReportedWhereItEnds() {
    // The file stops after line 4 (and its line break): it ends at line 5, column 1.
    ImportException e = failure("cut-follower.js");
    assertThat(e.problems().get(0).position().toString())
        .isEqualTo(file("cut-follower.js") + ":5:1");
    assertThat(e.problems().get(0).message())
        .isEqualTo("the JSON ends too soon: the file is cut short");
  }

  @Test
  void aFileWithoutTheArchivePrefixIsNotTaken() {
    ImportException e = failure("no-prefix-follower.js");
    assertThat(e.problems().get(0).render())
        .startsWith(
            file("no-prefix-follower.js")
                + ":1:1: error: not a file of the X archive: expected it to begin with"
                + " window.YTD.follower.part0 =");
  }

  @Test
  void anEntryWithoutAnAccountIsReportedAtItsLine() {
    // The second entry opens at line 8.
    ImportException e = failure("missing-id-following.js");
    assertThat(e.problems())
        .extracting(p -> p.position() + " " + p.message())
        .containsExactly(file("missing-id-following.js") + ":8:3 a following without an accountId");
  }

  @Test
  void aFileOfAnotherKindIsRefused() {
    ImportException e = failure("../vcard/contacts-v4.vcf");
    assertThat(e.problems().get(0).render())
        .startsWith(
            file("../vcard/contacts-v4.vcf")
                + ":1:1: error: not a file of the X archive: expected it to begin with"
                + " window.YTD.follower.part0 =")
        .contains("1 | BEGIN:VCARD");
  }

  @Test
  void manyAccountsAreReadQuickly() throws Exception {
    StringBuilder text = new StringBuilder("window.YTD.following.part0 = [\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(i == 0 ? "" : ",\n")
          .append("  { \"following\" : { \"accountId\" : \"")
          .append(1000 + i)
          .append("\", \"userLink\" : \"https://twitter.com/intent/user?user_id=")
          .append(1000 + i)
          .append("\" } }");
    }
    text.append("\n]");
    List<String> heard = new ArrayList<>();
    Found f =
        new XArchiveImporter()
            .read(
                List.of(ImportFile.of("following.js", text.toString().getBytes())),
                (source, rows, done) -> heard.add(rows + " " + done));
    // The channel and 10,000 accounts; account i is on line i + 2.
    assertThat(f.nodes()).hasSize(10_001);
    assertThat(node(f, "X account 10999").origin().row()).isEqualTo(10_001);
    assertThat(heard).containsExactly("10000 false", "10000 true");
  }
}
