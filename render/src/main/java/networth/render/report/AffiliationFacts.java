package networth.render.report;

import java.util.List;
import java.util.Optional;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;

/**
 * The report's list of who belongs where ("Sam works at Northwind, since 2020: head of design"),
 * after the map, for a map that has affiliations. The map's tooltips say the same of each node.
 */
final class AffiliationFacts {

  private AffiliationFacts() {}

  static Optional<Section> section(NetworkMap map) {
    if (map.affiliations().isEmpty()) {
      return Optional.empty();
    }
    List<String> sentences = map.affiliations().stream().map(a -> sentence(map, a)).toList();
    return Optional.of(
        new Section(
            "affiliations",
            "Who belongs where",
            List.of(
                new Paragraph(
                    "Where the people of the map work, what they own, founded or are members of."
                        + " These are no routes: they earn no credit and change no number in this"
                        + " report."),
                new Bullets(sentences))));
  }

  static String sentence(NetworkMap map, Affiliation a) {
    String when =
        a.since().map(d -> "since " + d).orElse("")
            + (a.since().isPresent() && a.until().isPresent() ? " " : "")
            + a.until().map(d -> "until " + d).orElse("");
    return a.sentence(map.label(a.person()), map.label(a.organisation()))
        + (when.isEmpty() ? "" : ", " + when)
        + (a.note().isEmpty() ? "" : ": " + a.note());
  }
}
