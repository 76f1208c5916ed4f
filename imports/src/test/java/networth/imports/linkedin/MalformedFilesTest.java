package networth.imports.linkedin;

import static networth.imports.linkedin.Export.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import networth.diagnostics.Problem;
import networth.imports.ImportFile;
import org.junit.jupiter.api.Test;

/**
 * Files that are not what a LinkedIn export writes: each mistake named by file, line, column and
 * field, all of them at once, and nothing read from a file that has one.
 */
class MalformedFilesTest {

  private static String first(List<Problem> problems, int i) {
    return problems.get(i).render().lines().findFirst().orElseThrow();
  }

  @Test
  void aBadConnectedOnNamesItsLineColumnAndField() {
    List<Problem> problems = Export.problems(file("malformed/Connections.csv", "Connections.csv"));
    // Line 6: Tom,Baker,https://www.linkedin.com/in/tb,,"Acme, Inc.",CEO,31 Fbe 2026
    //   "Tom," is columns 1-4, "Baker," 5-10, the 30-character address 11-40 and its comma 41,
    //   the empty e-mail's comma 42, "\"Acme, Inc.\"," 43-55, "CEO," 56-59: the date is at 60.
    // Line 7: Ann,Lee,https://www.linkedin.com/in/al,,Acme,CFO,31 Feb 2026
    //   4 + 4 + 31 + 1 + 5 + 4 = 49 characters before it: the date is at 50. February has no 31st.
    assertEquals(2, problems.size());
    assertEquals(
        "Connections.csv:6:60: error: bad Connected On '31 Fbe 2026': expected a date like"
            + " 08 Feb 2026",
        first(problems, 0));
    assertEquals(
        "Connections.csv:7:50: error: bad Connected On '31 Feb 2026': expected a date like"
            + " 08 Feb 2026",
        first(problems, 1));
    String shown = problems.get(0).render();
    assertTrue(
        shown.contains(
            "  6 | Tom,Baker,https://www.linkedin.com/in/tb,,\"Acme, Inc.\",CEO,31 Fbe 2026\n"
                + "    | "
                + " ".repeat(59)
                + "^^^^^^^^^^^"),
        shown);
    assertTrue(shown.contains("  = write the day, the month's first three letters"), shown);
  }

  @Test
  void aWrongHeaderNamesTheColumnItLacks() {
    List<Problem> problems = Export.problems(file("malformed/wrong-header.csv", "export.csv"));
    assertEquals(
        "export.csv:1: error: the header of a LinkedIn Connections.csv has no 'Connected On'"
            + " column",
        first(problems, 0));
    assertTrue(
        problems
            .get(0)
            .render()
            .contains(
                "LinkedIn writes it as: First Name,Last Name,URL,Email Address,Company,Position,"
                    + "Connected On"));
  }

  @Test
  void aFileOfAnotherKindIsNamedAsSuch() {
    // Profile.csv shares First Name and Last Name with Connections.csv, and nothing more.
    assertEquals(
        "Profile.csv:1: error: not a file of a LinkedIn export: no line among the first 10 has"
            + " the header of Connections.csv, Invitations.csv or Positions.csv",
        first(Export.problems(file("malformed/Profile.csv", "Profile.csv")), 0));
    ImportFile empty = ImportFile.of("Connections.csv", new byte[0]);
    assertEquals(
        "Connections.csv:1: error: not a LinkedIn Connections.csv: no line among the first 10 has"
            + " the columns First Name, Last Name, Company, Position, Connected On",
        first(Export.problems(empty), 0));
  }

  @Test
  void badInvitationsAndPositionsNameTheirField() {
    // Invitations.csv line 2: "Jane Doe," (1-9) and "Sam Rivers," (10-20): Sent At at 21; month 13.
    // Line 3: Sent At empty at 21, Message empty at 22: Direction at 23.
    // Positions.csv line 2: "Imagination," (1-12), "Consultant," (13-23), an empty description
    // (24), "London," (25-31): Started On at 32.
    List<Problem> problems =
        Export.problems(
            file("malformed/Invitations.csv", "Invitations.csv"),
            file("malformed/Positions.csv", "Positions.csv"));
    assertEquals(
        List.of(
            "Invitations.csv:2:21: error: bad Sent At '13/29/26, 2:37 PM': expected a date like"
                + " 1/29/26, 2:37 PM",
            "Invitations.csv:3:23: error: bad Direction 'SIDEWAYS': expected INCOMING or OUTGOING",
            "Positions.csv:2:32: error: bad Started On 'Juin 2008': expected a month and year like"
                + " Jun 2008, or a year"),
        List.of(first(problems, 0), first(problems, 1), first(problems, 2)));
  }

  @Test
  void aFileCutInsideAQuotedValueOrWithAStrayCommaIsReported() {
    ImportFile cut =
        ImportFile.of(
            "Connections.csv",
            ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    + "Jane,Doe,https://www.linkedin.com/in/janedoe,,Acme,CTO,08 Feb 2026,,\n"
                    + "Tom,Baker,,,Acme, Inc.,CEO,08 Feb 2026\n"
                    + "Ann,Lee,,,\"Acme")
                .getBytes(StandardCharsets.UTF_8));
    List<Problem> problems = Export.problems(cut);
    // Line 2 ends in two empty values, which do no harm.
    // Line 3's unquoted "Acme, Inc." makes eight values; the eighth, the date, comes after
    // "Tom,Baker,,,Acme, Inc.,CEO," = 4 + 6 + 1 + 1 + 5 + 6 + 4 = 27 characters: column 28.
    // Line 4: "Ann,Lee,,," is 10 characters, so the quote that is never closed is at column 11.
    assertEquals(
        List.of(
            "Connections.csv:3:28: error: this row has 8 values but the header names 7 columns",
            "Connections.csv:4:11: error: a quoted value is not closed: the file ends inside it"),
        List.of(first(problems, 0), first(problems, 1)));
  }
}
