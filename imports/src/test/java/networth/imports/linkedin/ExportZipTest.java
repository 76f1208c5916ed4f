package networth.imports.linkedin;

import static networth.imports.linkedin.Export.linkTo;
import static networth.imports.linkedin.Export.node;
import static networth.imports.linkedin.Export.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Origin;
import org.junit.jupiter.api.Test;

/**
 * The zip LinkedIn sends: the three files at its root ("Basic") or in a folder ("Complete"), the
 * export's other files passed over, and a download cut short.
 */
class ExportZipTest {

  private static final String BASIC = "Basic_LinkedInDataExport_11-30-2026.zip";

  private static ImportFile basic() {
    return ImportFile.of(
        BASIC,
        zip(
            "malformed/messages.csv", "messages.csv",
            "current/Connections.csv", "Connections.csv",
            "current/Invitations.csv", "Invitations.csv",
            "current/Positions.csv", "Positions.csv",
            "malformed/Profile.csv", "Profile.csv"));
  }

  @Test
  void aZipHoldingAllThreeReadsThemAllAndNamesEachRowByItsEntry() {
    Found found = Export.read(basic());
    assertEquals(new Origin(BASIC + "/Connections.csv", 5), node(found, "Jane Doe").origin());
    assertEquals(new Origin(BASIC + "/Invitations.csv", 3), node(found, "Tom Baker").origin());
    assertEquals(new Origin(BASIC + "/Positions.csv", 4), node(found, "Microsoft job").origin());
    assertEquals(
        "Jane Doe invited me: \"Loved your talk at UC Expo\"",
        linkTo(found, "Jane Doe").item().note());
    // The files passed over are counted as the zip is opened, before any row is read.
    assertEquals(
        List.of(
            BASIC + "/messages.csv row 1: a file of the export networth does not read",
            BASIC + "/Profile.csv row 1: a file of the export networth does not read",
            BASIC + "/Connections.csv row 7: a member who hid their details",
            BASIC + "/Connections.csv row 8: a connection with no name, profile address or e-mail"),
        Export.skipped(found));
  }

  @Test
  void aCompleteArchiveKeepsItsFilesInAFolder() {
    String folder = "Complete_LinkedInDataExport_11-30-2026/";
    ImportFile complete =
        ImportFile.of(
            "Complete.zip",
            zip(
                "current/Connections.csv", folder + "Connections.csv",
                "malformed/messages.csv", folder + "messages/messages.csv",
                "current/Positions.csv", folder + "Positions.csv"));
    Found found = Export.read(complete);
    assertEquals(
        new Origin("Complete.zip/" + folder + "Connections.csv", 5),
        node(found, "Jane Doe").origin());
    assertEquals(
        new Origin("Complete.zip/" + folder + "Positions.csv", 2),
        node(found, "Imagination job").origin());
  }

  @Test
  void aZipCutShortIsNamedWithWhatToDo() throws Exception {
    byte[] whole = basic().open().readAllBytes();
    // Cut in the middle of an entry, and cut just before the end: both are a download cut short.
    for (int keep : new int[] {whole.length / 2, whole.length - 10}) {
      ImportFile cut = ImportFile.of("export.zip", Arrays.copyOf(whole, keep));
      List<Problem> problems = Export.problems(cut);
      assertEquals(
          List.of(
              "export.zip: error: export.zip is not a complete zip archive\n"
                  + "  = download the export again: the download was probably cut short"),
          render(problems),
          "cut to " + keep + " bytes");
    }
  }

  @Test
  void aZipWhoseConnectionsFileHasAWrongHeaderFails() {
    ImportFile bad =
        ImportFile.of("export.zip", zip("malformed/wrong-header.csv", "Connections.csv"));
    assertEquals(
        "export.zip/Connections.csv:1: error: the header of a LinkedIn Connections.csv has no"
            + " 'Connected On' column",
        Export.problems(bad).get(0).render().lines().findFirst().orElseThrow());
  }

  static List<String> render(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.render()));
    return out;
  }
}
