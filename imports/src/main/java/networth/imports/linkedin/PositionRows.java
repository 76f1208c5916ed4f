package networth.imports.linkedin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * The rows of Positions.csv: the user's own jobs, each a job node named as the seed example names
 * them ("Imagination job"), a second at the same company told apart by its title.
 */
final class PositionRows {

  static final String COMPANY = "Company Name";
  static final String TITLE = "Title";
  static final String DESCRIPTION = "Description";
  static final String LOCATION = "Location";
  static final String STARTED_ON = "Started On";
  static final String FINISHED_ON = "Finished On";

  /** The attribute a map's job is matched by: the company's name. */
  static final String ORGANISATION = "organisation";

  /** The reason a position naming no company is left out. */
  static final String NO_COMPANY = "a position with no company";

  private final Network network;
  private final Map<String, Integer> atCompany = new LinkedHashMap<>();

  PositionRows(Network network) {
    this.network = network;
  }

  void read(Cells row) {
    String company = row.get(COMPANY);
    String title = row.get(TITLE);
    Cell started = date(row, STARTED_ON);
    Cell finished = date(row, FINISHED_ON);
    if (started.bad() || finished.bad()) {
      return;
    }
    if (company.isEmpty()) {
      network.skip(row.origin(), NO_COMPANY);
      return;
    }
    if (started.date().isPresent()
        && finished.date().isPresent()
        && finished.date().get().endsBefore(started.date().get())) {
      row.error(
          FINISHED_ON,
          "bad "
              + FINISHED_ON
              + " '"
              + row.get(FINISHED_ON)
              + "': before the "
              + STARTED_ON
              + " '"
              + row.get(STARTED_ON)
              + "'",
          "a job ends after it starts: correct one of the two dates");
      return;
    }
    int seen = atCompany.merge(company, 1, Integer::sum);
    String id = company + " job";
    if (seen > 1) {
      id = id + " (" + (title.isEmpty() ? "another" : title) + ")";
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    if (!title.isEmpty()) {
      attributes.put(TITLE.toLowerCase(Locale.ROOT), title);
    }
    String location = row.get(LOCATION);
    if (!location.isEmpty()) {
      attributes.put(LOCATION.toLowerCase(Locale.ROOT), location);
    }
    attributes.put(ORGANISATION, company);
    String label = (title.isEmpty() ? "Job" : title) + " at " + company;
    String note = row.get(DESCRIPTION).replaceAll("\\s+", " ").trim();
    network.add(
        new Node(
            id,
            label,
            NodeKind.JOB,
            started.date(),
            finished.date(),
            note,
            Deal.NONE,
            Cost.NONE,
            attributes),
        row.origin());
  }

  /** A date cell read: its date if any, or bad (already reported, so the row is left out). */
  private record Cell(Optional<PartialDate> date, boolean bad) {}

  private static Cell date(Cells row, String column) {
    String text = row.get(column);
    if (text.isEmpty()) {
      return new Cell(Optional.empty(), false);
    }
    Optional<PartialDate> d = LinkedinDates.monthYear(text);
    if (d.isEmpty()) {
      row.error(
          column,
          "bad " + column + " '" + text + "': expected a month and year like Jun 2008, or a year",
          "write the month's first three letters and the year, as LinkedIn does");
    }
    return new Cell(d, d.isEmpty());
  }
}
