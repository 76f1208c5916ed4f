package networth.imports.linkedin;

import java.util.Optional;
import networth.imports.Origin;
import networth.model.PartialDate;

/**
 * The rows of Connections.csv: each a person linked from the LinkedIn channel on the day they
 * connected, and the organisation they work at.
 */
final class ConnectionRows {

  static final String FIRST = "First Name";
  static final String LAST = "Last Name";
  static final String URL = "URL";
  static final String EMAIL = "Email Address";
  static final String COMPANY = "Company";
  static final String POSITION = "Position";
  static final String CONNECTED_ON = "Connected On";

  /** The reason a member's row is left out when they let LinkedIn share nothing but the date. */
  static final String HIDDEN = "a member who hid their details";

  /** The reason a row naming a company but no one is left out. */
  static final String NOBODY = "a connection with no name, profile address or e-mail";

  /** The reason a second row for the same profile is left out. */
  static final String TWICE = "a connection listed twice";

  private final Network network;

  ConnectionRows(Network network) {
    this.network = network;
  }

  void read(Cells row) {
    String first = row.get(FIRST);
    String last = row.get(LAST);
    String company = row.get(COMPANY);
    String position = row.get(POSITION);
    String connectedOn = row.get(CONNECTED_ON);
    Optional<PartialDate> date = Optional.empty();
    if (!connectedOn.isEmpty()) {
      date = LinkedinDates.day(connectedOn);
      if (date.isEmpty()) {
        row.error(
            CONNECTED_ON,
            "bad " + CONNECTED_ON + " '" + connectedOn + "': expected a date like 08 Feb 2026",
            "write the day, the month's first three letters and the year, as LinkedIn does, or"
                + " leave the cell empty");
        return;
      }
    }
    Network.Person person =
        new Network.Person(String.join(" ", first, last).trim(), row.get(URL), row.get(EMAIL));
    Origin origin = row.origin();
    if (person.name().isEmpty() && person.url().isEmpty() && person.email().isEmpty()) {
      network.skip(origin, company.isEmpty() && position.isEmpty() ? HIDDEN : NOBODY);
      return;
    }
    if (network.person(person).isPresent()) {
      network.skip(origin, TWICE);
      return;
    }
    String id = network.addPerson(person, origin);
    network.link(id, "connected", date, origin);
    if (!company.isEmpty()) {
      network.worksAt(id, company, position, origin);
    }
  }
}
