package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code networth import vcard} and {@code networth import x} from the command line, with the
 * hand-written files of the imports module's tests.
 */
class ImportContactsTest {

  private static final Path VCARD = Path.of("../imports/src/test/resources/vcard");
  private static final Path X = Path.of("../imports/src/test/resources/x");
  private static final Path SEED = Path.of("../examples/power-of-the-network.netmap");

  @Test
  void vcardsMakeANewMapAndASecondImportChangesNothing(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("contacts.netmap");
    Run first =
        Run.of(
            "import",
            "vcard",
            VCARD.resolve("apple-v3.vcf").toString(),
            VCARD.resolve("contacts-v4.vcf").toString(),
            "--into",
            map.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    String text = Files.readString(map);
    // Andy's card: his LinkedIn profile, his company and title, Emily's related name.
    assertThat(text)
        .contains("person \"Andy Carter\"")
        .contains("url=\"https://www.linkedin.com/in/andy-carter-42\"")
        .contains("\"Andy Carter\" works at \"Cielo Ltd\" : Head of Marketing")
        .contains("\"Emily Stone\" -[friend]-> \"Andy Carter\"")
        .contains("\"Jane Doe\" -[colleague]-> \"Sam Patel\"")
        .contains("organisation \"Northwind Traders\"")
        .contains("apple-v3.vcf row 27");
    // 40: no name; 44: Andy again; 29: a group; Sam's RELATED to an unknown UID.
    assertThat(first.out()).contains("skipped    4 rows");

    byte[] once = Files.readAllBytes(map);
    Run again =
        Run.of(
            "import",
            "vcard",
            VCARD.resolve("apple-v3.vcf").toString(),
            VCARD.resolve("contacts-v4.vcf").toString(),
            "--into",
            map.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(map)).isEqualTo(once);
  }

  @Test
  void theXArchiveLinksItsAccountsFromTheSeedsTwitterChannel(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(SEED, map);
    Run first =
        Run.of(
            "import",
            "twitter",
            X.resolve("twitter-archive.zip").toString(),
            "--into",
            map.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    String text = Files.readString(map);
    // The seed's channel is the one linked from, not a second Twitter.
    assertThat(text.lines().filter(l -> l.startsWith("channel Twitter"))).hasSize(1);
    assertThat(text)
        .contains("Twitter -[follows me]-> \"X account 1290847563\"")
        .contains("Twitter -[follows each other]-> \"Emily Stone\"")
        .contains("Twitter -[I follow]-> \"X account 783214\"")
        .contains("handle=@emilystone");

    byte[] once = Files.readAllBytes(map);
    Run again =
        Run.of(
            "import", "x", X.resolve("twitter-archive.zip").toString(), "--into", map.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(map)).isEqualTo(once);
  }

  @Test
  void aBrokenVcardLeavesTheMapAsItWas(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(SEED, map);
    byte[] before = Files.readAllBytes(map);
    Run run =
        Run.of("import", "vcard", VCARD.resolve("broken.vcf").toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("broken.vcf:4:1: error: not a vCard property: expected NAME:value")
        .contains("broken.vcf:7:1: error: the card that begins here has no END:VCARD")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void aTruncatedArchiveLeavesTheMapAsItWas(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(SEED, map);
    byte[] before = Files.readAllBytes(map);
    Run run =
        Run.of(
            "import",
            "x",
            X.resolve("twitter-archive-truncated.zip").toString(),
            "--into",
            map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("twitter-archive-truncated.zip: error: a zip archive cut short")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);

    Run json =
        Run.of("import", "x", X.resolve("broken-follower.js").toString(), "--into", map.toString());
    assertThat(json.exit()).isEqualTo(1);
    assertThat(json.err()).contains("broken-follower.js:5:7: error: broken JSON");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }
}
