package networth.render.report;

/**
 * The sentences around a report's content that depend on what it reports on: the line under the
 * title, which is followed by the source, and the footer's last sentence.
 *
 * @param lead the start of the line under the title, completed by the source and a full stop
 * @param basis the footer's sentence saying what the numbers were computed from
 */
public record Framing(String lead, String basis) {

  /** A network map's report. */
  public static final Framing MAP =
      new Framing(
          "What the network brought in, from", "Every number is computed from the map alone.");
}
