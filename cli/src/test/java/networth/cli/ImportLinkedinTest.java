package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networth import linkedin}, end to end: the export's files into a map on disk. */
class ImportLinkedinTest {

  // As LinkedIn writes it today: a byte-order mark, notes before the header, CRLF, quoted commas,
  // a member who hid their details (line 7).
  private static final String CONNECTIONS =
      "\uFEFFNotes:\r\n"
          + "\"When exporting your connection data, you may notice that some of the email"
          + " addresses are missing.\"\r\n"
          + "\r\n"
          + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,jane@acme.com,\"Acme, Inc.\",CTO,"
          + "08 Feb 2026\r\n"
          + "Andy,Carter,https://www.linkedin.com/in/andycarter,,Cielo,Head of Talent,"
          + "14 Mar 2013\r\n"
          + ",,,,,,15 Mar 2025\r\n";

  private static final String POSITIONS =
      "Company Name,Title,Description,Location,Started On,Finished On\n"
          + "Imagination,Technical Consultant,,London,Jun 2008,May 2011\n";

  // Line 6's date is misspelt: "Tom,Baker,https://www.linkedin.com/in/tb,,\"Acme, Inc.\",CEO,"
  // is 59 characters (4 + 6 + 31 + 1 + 13 + 4), so it starts at column 60.
  private static final String BAD_DATE =
      "Notes:\n\"Some e-mail addresses are missing.\"\n\n"
          + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
          + "Jane,Doe,https://www.linkedin.com/in/janedoe,,Cielo,CTO,08 Feb 2026\n"
          + "Tom,Baker,https://www.linkedin.com/in/tb,,\"Acme, Inc.\",CEO,31 Fbe 2026\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path exportZip() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("Connections.csv"));
      zip.write(CONNECTIONS.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("Positions.csv"));
      zip.write(POSITIONS.getBytes(StandardCharsets.UTF_8));
    }
    return Files.write(dir.resolve("Basic_LinkedInDataExport_11-30-2026.zip"), bytes.toByteArray());
  }

  @Test
  void anExportMakesANewMapAndImportingItAgainChangesNothing() throws Exception {
    Path zip = exportZip();
    Path map = dir.resolve("network.netmap");
    Run first = Run.of("import", "linkedin", zip.toString(), "--into", map.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    String written = Files.readString(map);
    assertThat(written)
        .contains("person \"Jane Doe\"")
        .contains("url=\"https://www.linkedin.com/in/janedoe\"")
        .contains("email=jane@acme.com")
        .contains("LinkedIn -[connected 2026-02-08]-> \"Jane Doe\"")
        .contains("\"Jane Doe\" works at \"Acme, Inc.\" : CTO")
        .contains("job \"Imagination job\"");
    assertThat(first.out()).contains("1 a member who hid their details");

    byte[] once = Files.readAllBytes(map);
    Run again = Run.of("import", "linkedin", zip.toString(), "--into", map.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(map)).isEqualTo(once);
  }

  @Test
  void intoTheSeedExampleTheChannelTheCompanyAndTheJobAreTheMapsOwn() throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(ServeApiTest.example("power-of-the-network"), map);
    Path connections = write("Connections.csv", CONNECTIONS);
    Path positions = write("Positions.csv", POSITIONS);
    Run run =
        Run.of(
            "import",
            "linkedin",
            connections.toString(),
            positions.toString(),
            "--into",
            map.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String merged = Files.readString(map);
    // LinkedIn, Cielo and the Imagination job are in the seed already: linked, not duplicated.
    assertThat(merged)
        .doesNotContain("LinkedIn (2)")
        .doesNotContain("Cielo (2)")
        .doesNotContain("Imagination job (2)")
        .contains("LinkedIn -[connected 2013-03-14]-> \"Andy Carter\"")
        .contains("\"Andy Carter\" works at Cielo : Head of Talent");
  }

  @Test
  void aBadDateIsReportedWhereItIsAndTheMapIsUntouched() throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(ServeApiTest.example("power-of-the-network"), map);
    byte[] before = Files.readAllBytes(map);
    Path bad = write("Connections.csv", BAD_DATE);
    Run run = Run.of("import", "linkedin", bad.toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            bad + ":6:60: error: bad Connected On '31 Fbe 2026': expected a date like 08 Feb 2026")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }

  @Test
  void aZipCutShortIsReportedAndTheMapIsUntouched() throws Exception {
    Path map = dir.resolve("seed.netmap");
    Files.copy(ServeApiTest.example("power-of-the-network"), map);
    byte[] before = Files.readAllBytes(map);
    Path zip = exportZip();
    byte[] whole = Files.readAllBytes(zip);
    Files.write(zip, Arrays.copyOf(whole, whole.length / 2));
    Run run = Run.of("import", "linkedin", zip.toString(), "--into", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(zip + " is not a complete zip archive")
        .contains("download the export again")
        .doesNotContain("Exception");
    assertThat(Files.readAllBytes(map)).isEqualTo(before);
  }
}
