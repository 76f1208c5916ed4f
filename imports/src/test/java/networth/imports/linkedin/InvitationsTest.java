package networth.imports.linkedin;

import static networth.imports.linkedin.Export.attributes;
import static networth.imports.linkedin.Export.file;
import static networth.imports.linkedin.Export.linkTo;
import static networth.imports.linkedin.Export.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Origin;
import networth.model.Link;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Invitations.csv: who reached out to whom, written onto the channel's link to the other party, one
 * link per person even when they are also a connection.
 */
class InvitationsTest {

  // current/Invitations.csv (the user is Sam Rivers):
  // 2    Jane Doe invited Sam, "1/29/26, 2:37 PM", "Loved your talk at UC Expo"
  // 3-4  Sam invited Tom Baker, "12/3/25, 9:05 AM", a message over two lines with quotes in it
  // 5    Sam invited Priya Shah, "1/2/22, 10:00 AM", no message, her address without www and with
  //      a trailing slash
  // Invitations first: the order the files are given in does not matter.
  private final Found found =
      Export.read(
          file("current/Invitations.csv", "Invitations.csv"),
          file("current/Connections.csv", "Connections.csv"));

  @Test
  void anInvitationFromAConnectionIsTheNoteOfTheirOneLink() {
    Found.Entry<Link> jane = linkTo(found, "Jane Doe");
    assertEquals("Jane Doe invited me: \"Loved your talk at UC Expo\"", jane.item().note());
    assertEquals("connected", jane.item().kind());
    // The link keeps the day they connected (08 Feb 2026); the invitation's day is kept beside it.
    assertEquals(Optional.of(new PartialDate(2026, 2, 8)), jane.item().date());
    assertEquals(
        attributes("invitation", "received", "invited", "2026-01-29"), jane.item().attributes());
    assertEquals(new Origin("Connections.csv", 5), jane.origin());
  }

  @Test
  void theSameProfileWrittenAnotherWayIsTheSamePerson() {
    Link priya = linkTo(found, "Priya Shah").item();
    assertEquals("I invited Priya Shah", priya.note());
    assertEquals(Optional.of(new PartialDate(2022, 10, 3)), priya.date());
    assertEquals(attributes("invitation", "sent", "invited", "2022-01-02"), priya.attributes());
  }

  @Test
  void someoneInvitedButNotConnectedIsAPersonWithAnInvitedLink() {
    assertEquals(
        attributes("url", "https://www.linkedin.com/in/tombaker"),
        node(found, "Tom Baker").item().attributes());
    assertEquals(new Origin("Invitations.csv", 3), node(found, "Tom Baker").origin());
    Found.Entry<Link> tom = linkTo(found, "Tom Baker");
    assertEquals("invited", tom.item().kind());
    assertEquals(Optional.of(new PartialDate(2025, 12, 3)), tom.item().date());
    // The line break inside the quoted message becomes a space; doubled quotes are one.
    assertEquals(
        "I invited Tom Baker: \"Hi Tom, we met at the \"Cloud Day\" - let's keep in touch\"",
        tom.item().note());
    assertEquals(attributes("invitation", "sent"), tom.item().attributes());
    // Five connections and Tom: the invitations made no second link to anyone.
    assertEquals(6, found.links().size());
  }

  @Test
  void invitationsAloneArePeopleDatedByTheInvitation() {
    Found alone = Export.read(file("current/Invitations.csv", "Invitations.csv"));
    Link jane = linkTo(alone, "Jane Doe").item();
    assertEquals("invited", jane.kind());
    assertEquals(Optional.of(new PartialDate(2026, 1, 29)), jane.date());
    assertEquals(
        "https://www.linkedin.com/in/janedoe",
        node(alone, "Jane Doe").item().attributes().get("url"));
  }

  @Test
  void anOlderConnectionWithoutAddressIsFoundByName() {
    // old/Connections.csv has no URL column: Emily Clark is known by e-mail, and her invitation
    // by her address; with no address on her side, the name is what joins them.
    ImportFile invitations =
        ImportFile.of(
            "Invitations.csv",
            ("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                    + "Emily Clark,Sam Rivers,\"6/1/17, 8:00 AM\",Coffee?,INCOMING,"
                    + "https://www.linkedin.com/in/emilyclark,\n")
                .getBytes(StandardCharsets.UTF_8));
    Found both = Export.read(file("old/Connections.csv", "Connections.csv"), invitations);
    Link emily = linkTo(both, "Emily Clark").item();
    assertEquals("Emily Clark invited me: \"Coffee?\"", emily.note());
    assertEquals(Optional.of(new PartialDate(2017, 6, 12)), emily.date());
    assertEquals(4, both.links().size() + both.affiliations().size(), "2 links, 2 affiliations");
  }
}
