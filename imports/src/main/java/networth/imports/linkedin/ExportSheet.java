package networth.imports.linkedin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of a LinkedIn data export that networth reads, each known by the columns of its header
 * (a file renamed, or sitting in a folder of the "Complete" archive, is still recognised).
 */
enum ExportSheet {
  CONNECTIONS(
      "Connections.csv",
      List.of("First Name", "Last Name", "Company", "Position", "Connected On"),
      List.of(
          "First Name",
          "Last Name",
          "URL",
          "Email Address",
          "Company",
          "Position",
          "Connected On")),
  INVITATIONS(
      "Invitations.csv",
      List.of("From", "To", "Sent At", "Direction"),
      List.of(
          "From",
          "To",
          "Sent At",
          "Message",
          "Direction",
          "inviterProfileUrl",
          "inviteeProfileUrl")),
  POSITIONS(
      "Positions.csv",
      List.of("Company Name", "Title", "Started On"),
      List.of("Company Name", "Title", "Description", "Location", "Started On", "Finished On"));

  /**
   * How far down a file its header may sit: current Connections.csv files have three lines of
   * notes.
   */
  static final int HEADER_WITHIN = 10;

  private final String fileName;
  private final List<String> required;
  private final List<String> columns;

  ExportSheet(String fileName, List<String> required, List<String> columns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
  }

  /** The name LinkedIn gives the file. */
  String fileName() {
    return fileName;
  }

  /** The columns without which a row cannot be read. */
  List<String> required() {
    return required;
  }

  /** Every column LinkedIn writes, as it spells them. */
  List<String> columns() {
    return columns;
  }

  /** The header as LinkedIn writes it today, for messages. */
  String header() {
    return String.join(",", columns);
  }

  /** The sheet a file's name says it is ({@code connections.csv}, any case), if any. */
  static Optional<ExportSheet> named(String lowerCaseFileName) {
    for (ExportSheet s : values()) {
      if (s.fileName.toLowerCase(Locale.ROOT).equals(lowerCaseFileName)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
