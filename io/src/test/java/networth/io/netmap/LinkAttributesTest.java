package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/** A link's other facts, written {@code KEY=VALUE} inside its arrow. */
class LinkAttributesTest {

  private static ReadResult read(String text) {
    ReadResult r = NetmapReader.read("m.netmap", text);
    assertThat(r.errors()).as(text).isEmpty();
    return r;
  }

  private static Link only(String text) {
    List<Link> links = read(text).map().links();
    assertThat(links).hasSize(1);
    return links.get(0);
  }

  @Test
  void anyOtherKeyValueInTheArrowIsAnAttributeInTheOrderWritten() {
    Link l = only("Kumu -[introduced 2012 source=\"Connections.csv row 12\" weight=2]-> Emily\n");

    assertThat(l.kind()).isEqualTo("introduced");
    assertThat(l.date()).contains(new PartialDate(2012, 0, 0));
    assertThat(List.copyOf(l.attributes().entrySet()))
        .containsExactly(Map.entry("source", "Connections.csv row 12"), Map.entry("weight", "2"));
  }

  @Test
  void attributesSitBesideATrailingNote() {
    Link l = only("A -[met at weight=2]-> B : at Sam's party, 2014\n");

    assertThat(l.kind()).isEqualTo("met at");
    assertThat(l.note()).isEqualTo("at Sam's party, 2014");
    assertThat(l.attributes()).containsExactly(Map.entry("weight", "2"));
  }

  @Test
  void quotedKeysMayHoldSpacesAndNameTheLinksOwnFields() {
    Link l = only("A -[\"first met\"=\"at a party\" \"date\"=soon kind=referred]-> B\n");

    // Bare kind= sets the kind; the quoted "date" is an attribute and leaves the date unset.
    assertThat(l.kind()).isEqualTo("referred");
    assertThat(l.date()).isEmpty();
    assertThat(List.copyOf(l.attributes().keySet())).containsExactly("first met", "date");
    assertThat(l.attributes().get("date")).isEqualTo("soon");
  }

  @Test
  void anArrowThatFansOutGivesEachLinkItsAttributes() {
    List<Link> links = read("IDG -[source=\"row 3\"]-> C2, C3\n").map().links();

    assertThat(links)
        .extracting(Link::to, x -> x.attributes().get("source"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C2", "row 3"),
            org.assertj.core.groups.Tuple.tuple("C3", "row 3"));
  }

  @Test
  void theWriterPutsThemAfterKindDateAndNoteQuotingWhatNeedsIt() {
    NetworkMap map =
        NetworkMap.builder()
            .link(
                new Link(
                    "A",
                    "B",
                    "introduced",
                    Optional.of(new PartialDate(2012, 5, 0)),
                    "a note",
                    Map.of()))
            .build();
    Link first = map.links().get(0);
    Link withAttributes =
        first
            .withAttribute("source", "Connections.csv row 12")
            .withAttribute("weight", "2")
            .withAttribute("note", "kept apart")
            .withAttribute("Zoë", "a=b");
    NetworkMap written = NetworkMap.builder().link(withAttributes).link(Link.of("B", "C")).build();

    // A link with a note ends its line, the note after ':'; the key "note" is quoted so that it
    // reads back as an attribute, and so is the value holding '='.
    assertThat(NetmapWriter.write(written))
        .isEqualTo(
            "A -[introduced 2012-05 source=\"Connections.csv row 12\" weight=2"
                + " \"note\"=\"kept apart\" Zoë=\"a=b\"]-> B : a note\n"
                + "B -> C\n");
  }

  @Test
  void formattingKeepsThemAsWritten() {
    String text = "A -[introduced source=\"Connections.csv row 12\" weight=2]-> B : a note\n";
    ReadResult r = read(text);

    assertThat(NetmapWriter.write(r.map(), r.layout())).isEqualTo(text);
    assertThat(NetmapWriter.write(r.map())).isEqualTo(text);
  }
}
