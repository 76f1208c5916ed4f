package networth.imports.linkedin;

import java.util.Locale;
import java.util.Optional;
import networth.imports.Origin;
import networth.model.Link;
import networth.model.PartialDate;

/**
 * The rows of Invitations.csv: who reached out to whom. The other party (the sender of one
 * received, the addressee of one sent) is found among the connections by profile address; the
 * invitation becomes the note of the channel's link to them, and the direction its {@code
 * invitation} attribute.
 *
 * <p>When the person is also a connection the link keeps the day they connected: the link says
 * "connected", and the connection is what the map records; the invitation's day is kept as the
 * attribute {@code invited}. Someone invited but not (yet) connected gets a link of kind {@code
 * invited}, dated with the invitation.
 */
final class InvitationRows {

  static final String FROM = "From";
  static final String TO = "To";
  static final String SENT_AT = "Sent At";
  static final String MESSAGE = "Message";
  static final String DIRECTION = "Direction";
  static final String INVITER_URL = "inviterProfileUrl";
  static final String INVITEE_URL = "inviteeProfileUrl";

  /** The reason an invitation naming no one is left out. */
  static final String NOBODY = "an invitation with no name or profile address";

  /** The reason a second invitation between the user and the same person is left out. */
  static final String AGAIN = "another invitation to or from the same person";

  private final Network network;

  InvitationRows(Network network) {
    this.network = network;
  }

  void read(Cells row) {
    String direction = row.get(DIRECTION).toUpperCase(Locale.ROOT);
    boolean received;
    if (direction.equals("INCOMING")) {
      received = true;
    } else if (direction.equals("OUTGOING")) {
      received = false;
    } else {
      row.error(
          DIRECTION,
          "bad " + DIRECTION + " '" + row.get(DIRECTION) + "': expected INCOMING or OUTGOING",
          "INCOMING is an invitation the user received, OUTGOING one they sent");
      return;
    }
    String sentAt = row.get(SENT_AT);
    Optional<PartialDate> date = Optional.empty();
    if (!sentAt.isEmpty()) {
      date = LinkedinDates.day(sentAt);
      if (date.isEmpty()) {
        row.error(
            SENT_AT,
            "bad " + SENT_AT + " '" + sentAt + "': expected a date like 1/29/26, 2:37 PM",
            "write the month, day and year as LinkedIn does, or leave the cell empty");
        return;
      }
    }
    String name = row.get(received ? FROM : TO);
    String url = row.get(received ? INVITER_URL : INVITEE_URL);
    Origin origin = row.origin();
    if (name.isEmpty() && url.isEmpty()) {
      network.skip(origin, NOBODY);
      return;
    }
    String message = row.get(MESSAGE).replaceAll("\\s+", " ").trim();
    Network.Person person = new Network.Person(name, url, "");
    String who = person.label();
    String note = received ? who + " invited me" : "I invited " + who;
    if (!message.isEmpty()) {
      note = note + ": \"" + message + "\"";
    }
    String invitation = received ? "received" : "sent";
    Optional<String> known = network.invited(name, url);
    if (known.isPresent()) {
      Link was = network.linkTo(known.get()).orElseThrow();
      if (was.attributes().containsKey(Network.INVITATION)) {
        network.skip(origin, AGAIN);
        return;
      }
      Link link = was.withNote(note).withAttribute(Network.INVITATION, invitation);
      if (date.isPresent()) {
        link =
            was.date().isPresent()
                ? link.withAttribute(Network.INVITED, date.get().toString())
                : link.withDate(date.get());
      }
      network.replaceLink(known.get(), link);
      return;
    }
    String id = network.addPerson(person, origin);
    network.link(id, "invited", date, origin);
    network.replaceLink(
        id,
        network
            .linkTo(id)
            .orElseThrow()
            .withNote(note)
            .withAttribute(Network.INVITATION, invitation));
  }
}
