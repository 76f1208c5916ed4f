package networth.imports.linkedin;

import static networth.imports.linkedin.Export.affiliationsOf;
import static networth.imports.linkedin.Export.attributes;
import static networth.imports.linkedin.Export.file;
import static networth.imports.linkedin.Export.linkTo;
import static networth.imports.linkedin.Export.node;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Connections.csv as LinkedIn writes it now (notes before the header, a byte-order mark, CRLF,
 * quoted commas, members who hid their details) and as it wrote it before (no notes, no URL).
 */
class ConnectionsTest {

  // current/Connections.csv, line by line:
  //  1-3  the notes and a blank line; 4 the header
  //  5  Jane Doe, janedoe, jane@cielo.com, "Cielo, Ltd.", Head of Sales, 08 Feb 2026
  //  6  Andy Smith, andysmith, Cielo Ltd, CTO, 8 Feb 2026 (no zero before the day)
  //  7  nothing but the date: a member who hid their details
  //  8  nothing but "Acme, Inc." and a position: no one to add
  //  9  a second Jane Doe (another profile) at LinkedIn, the company
  // 10  Priya Shah, no company
  // 11  Bob "O'Neil, Jr.", "Acme, Inc.", no position, no date
  private final Found found = Export.read(file("current/Connections.csv", "Connections.csv"));

  @Test
  void eachConnectionIsAPersonWithTheFactsThatIdentifyThem() {
    Found.Entry<Node> jane = node(found, "Jane Doe");
    assertEquals(NodeKind.PERSON, jane.item().kind());
    assertEquals(
        attributes("url", "https://www.linkedin.com/in/janedoe", "email", "jane@cielo.com"),
        jane.item().attributes());
    // The header is on line 4, so Jane's row is line 5, as a spreadsheet shows it.
    assertEquals(new Origin("Connections.csv", 5), jane.origin());
    assertEquals(
        attributes("url", "https://www.linkedin.com/in/andysmith"),
        node(found, "Andy Smith").item().attributes());
    Found.Entry<Node> bob = node(found, "Bob O'Neil, Jr.");
    assertEquals(new Origin("Connections.csv", 11), bob.origin());
  }

  @Test
  void aSecondPersonOfTheSameNameIsASecondNode() {
    Node other = node(found, "Jane Doe (2)").item();
    assertEquals("Jane Doe", other.label());
    assertEquals("https://www.linkedin.com/in/jane-doe-2", other.attributes().get("url"));
  }

  @Test
  void theLinkedInChannelLeadsToEachOnTheDayTheyConnected() {
    assertEquals(NodeKind.CHANNEL, node(found, "LinkedIn").item().kind());
    Found.Entry<Link> jane = linkTo(found, "Jane Doe");
    assertEquals("LinkedIn", jane.item().from());
    assertEquals("connected", jane.item().kind());
    assertEquals(Optional.of(new PartialDate(2026, 2, 8)), jane.item().date());
    assertEquals(new Origin("Connections.csv", 5), jane.origin());
    // "8 Feb 2026" is the same day as "08 Feb 2026".
    assertEquals(
        Optional.of(new PartialDate(2026, 2, 8)), linkTo(found, "Andy Smith").item().date());
    assertEquals(
        Optional.of(new PartialDate(2023, 12, 21)), linkTo(found, "Jane Doe (2)").item().date());
    assertEquals(Optional.empty(), linkTo(found, "Bob O'Neil, Jr.").item().date());
    assertEquals(5, found.links().size(), "one link per person taken");
  }

  @Test
  void aCompanyIsAnOrganisationThePersonWorksAtWithTheirPosition() {
    // The quoted comma stays in the company's name.
    assertEquals(NodeKind.ORGANISATION, node(found, "Cielo, Ltd.").item().kind());
    assertEquals(
        List.of(
            Affiliation.of("Jane Doe", Affiliation.Role.WORKS_AT, "Cielo, Ltd.")
                .withNote("Head of Sales")),
        affiliationsOf(found, "Jane Doe").stream().map(Found.Entry::item).toList());
    assertEquals("CTO", affiliationsOf(found, "Andy Smith").get(0).item().note());
    assertEquals(
        "Acme, Inc.", affiliationsOf(found, "Bob O'Neil, Jr.").get(0).item().organisation());
    assertEquals(List.of(), affiliationsOf(found, "Priya Shah"));
  }

  @Test
  void linkedInTheCompanyIsNotLinkedInTheChannel() {
    Node company = node(found, "LinkedIn (organisation)").item();
    assertEquals(NodeKind.ORGANISATION, company.kind());
    assertEquals("LinkedIn", company.label());
    assertEquals(
        "LinkedIn (organisation)",
        affiliationsOf(found, "Jane Doe (2)").get(0).item().organisation());
  }

  @Test
  void hiddenMembersAndRowsNamingNoOneAreSkippedWithTheirReason() {
    assertEquals(
        List.of(
            "Connections.csv row 7: a member who hid their details",
            "Connections.csv row 8: a connection with no name, profile address or e-mail"),
        Export.skipped(found));
    assertTrue(
        found.nodes().stream().noneMatch(n -> n.origin().row() == 8),
        "the company of a row naming no one is not brought in either");
  }

  @Test
  void anOlderExportWithoutNotesOrUrlReads() {
    // old/Connections.csv: the header on line 1, no URL column, LF line ends.
    Found old = Export.read(file("old/Connections.csv", "Connections.csv"));
    Found.Entry<Node> emily = node(old, "Emily Clark");
    assertEquals(attributes("email", "emily@example.org"), emily.item().attributes());
    assertEquals(new Origin("Connections.csv", 2), emily.origin());
    assertEquals(
        Optional.of(new PartialDate(2017, 6, 12)), linkTo(old, "Emily Clark").item().date());
    // 2/8/18 is read month first, as LinkedIn writes numeric dates: 8 February 2018.
    assertEquals(Optional.of(new PartialDate(2018, 2, 8)), linkTo(old, "Sam Lee").item().date());
    assertEquals("Engineer, Platform", affiliationsOf(old, "Sam Lee").get(0).item().note());
    assertEquals(List.of(), old.skipped());
  }

  @Test
  void aRenamedFileIsKnownByItsHeader() {
    Found renamed = Export.read(file("current/Connections.csv", "my network.csv"));
    assertEquals(new Origin("my network.csv", 5), node(renamed, "Jane Doe").origin());
  }

  @Test
  void theImporterFoundDirectlyReadsTheSame() throws Exception {
    Found direct =
        new LinkedinImporter()
            .read(
                List.of(file("current/Connections.csv", "Connections.csv")),
                networth.io.Progress.NONE);
    assertEquals(found, direct);
  }
}
