package networth.imports.sheets;

import static networth.imports.sheets.Sheets.ends;
import static networth.imports.sheets.Sheets.file;
import static networth.imports.sheets.Sheets.link;
import static networth.imports.sheets.Sheets.node;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import networth.imports.Found;
import networth.imports.Origin;
import networth.imports.Skipped;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/** Kumu's elements and connections sheets as CSV, written by hand from Kumu's import guide. */
class KumuSheetsTest {

  private final Found found = read("kumu", file("kumu/elements.csv"), file("kumu/connections.csv"));

  KumuSheetsTest() throws Exception {}

  @Test
  void everyLabelledElementIsANodeNamedByItsLabelAndTheConnectionsAddTheOnesMissing() {
    assertThat(found.source()).isEqualTo("kumu");
    assertThat(found.nodes().stream().map(e -> e.item().id()))
        .containsExactly("Emily Carter", "Roger Hale", "Cielo Ltd", "IDG event", "Andy Reid");
  }

  @Test
  void typesNetworthKnowsBecomeKindsAndOthersAreKeptAsTheWord() {
    Map<String, Node> n = Sheets.nodes(found);
    assertThat(n.get("Emily Carter").kind()).isEqualTo(NodeKind.PERSON);
    assertThat(n.get("Cielo Ltd").kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(n.get("Cielo Ltd").attributes()).doesNotContainKey("type");
    assertThat(n.get("IDG event").kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(n.get("IDG event").attributes()).containsEntry("type", "Conference");
    // Andy has no element row: Kumu makes him from the connection, and so does the import.
    assertThat(n.get("Andy Reid").kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(n.get("Andy Reid").attributes()).isEmpty();
  }

  @Test
  void descriptionIsTheNoteAndQuotedCommasAndLineBreaksStayInTheCell() {
    Map<String, Node> n = Sheets.nodes(found);
    assertThat(n.get("Emily Carter").note()).isEqualTo("Producer, Channel 4 News");
    assertThat(n.get("Roger Hale").note()).isEqualTo("Met at the bar.\nIntroduced Andy.");
  }

  @Test
  void tagsEmailsAndExtraColumnsBecomeAttributesUnderTheirNames() {
    Map<String, Node> n = Sheets.nodes(found);
    assertThat(n.get("Emily Carter").attributes())
        .containsExactly(
            Map.entry("tags", "media, tv"),
            Map.entry("email", "emily@example.org"),
            Map.entry("Favorite Dessert", "shave ice"));
    // Two addresses in one cell, Kumu's way, are the two e-mails the merge can match on.
    assertThat(n.get("Roger Hale").attributes())
        .containsEntry("email", "roger@cielo.example, roger.hale@example.com");
    assertThat(n.get("Cielo Ltd").attributes()).containsEntry("Company size", "1,200");
  }

  @Test
  void eachRowRemembersItsLineInTheFileCountingTheLineBreakInsideACell() {
    // elements.csv: header 1, Emily 2, Roger 3–4 (his description has a line break), Cielo 5,
    // a blank line 6, IDG event 7, the row without a label 8.
    assertThat(node(found, "Emily Carter").origin()).isEqualTo(new Origin("elements.csv", 2));
    assertThat(node(found, "Roger Hale").origin()).isEqualTo(new Origin("elements.csv", 3));
    assertThat(node(found, "Cielo Ltd").origin()).isEqualTo(new Origin("elements.csv", 5));
    assertThat(node(found, "IDG event").origin()).isEqualTo(new Origin("elements.csv", 7));
    assertThat(node(found, "Andy Reid").origin()).isEqualTo(new Origin("connections.csv", 3));
  }

  @Test
  void aToCellNamingTwoMakesOneLinkPerTarget() {
    assertThat(ends(found))
        .containsExactly(
            "Emily Carter → Roger Hale",
            "Roger Hale → Andy Reid",
            "Roger Hale → Cielo Ltd",
            "IDG event → Emily Carter",
            "IDG event → Cielo Ltd");
    Found.Entry<Link> toAndy = link(found, "Roger Hale", "Andy Reid");
    Found.Entry<Link> toCielo = link(found, "Roger Hale", "Cielo Ltd");
    assertThat(toAndy.origin()).isEqualTo(new Origin("connections.csv", 3));
    assertThat(toCielo.origin()).isEqualTo(new Origin("connections.csv", 3));
    assertThat(toCielo.item().kind()).isEqualTo("referred");
    assertThat(toCielo.item().note()).isEqualTo("met at lunch, then a call");
  }

  @Test
  void aDirectionOtherThanDirectedIsKeptAndExtraColumnsAreLinkAttributes() {
    assertThat(link(found, "Emily Carter", "Roger Hale").item().attributes())
        .containsExactly(Map.entry("Strength", "3"));
    assertThat(link(found, "Roger Hale", "Cielo Ltd").item().attributes())
        .containsExactly(Map.entry("direction", "mutual"));
    assertThat(link(found, "IDG event", "Emily Carter").item().attributes())
        .containsExactly(Map.entry("direction", "undirected"));
    // "directed" is Kumu's default, and says nothing networth's links do not.
    assertThat(link(found, "IDG event", "Cielo Ltd").item().attributes()).isEmpty();
  }

  @Test
  void aConnectionOfTypeWorksAtIsAnAffiliationNotARoute() {
    assertThat(found.affiliations())
        .containsExactly(
            new Found.Entry<>(
                Affiliation.of("Andy Reid", Affiliation.Role.WORKS_AT, "Cielo Ltd")
                    .withNote("Head of sales"),
                new Origin("connections.csv", 7)));
  }

  @Test
  void rowsLeftOutAreCountedWithTheirPlaceAndReason() {
    assertThat(found.skipped())
        .containsExactly(
            new Skipped(new Origin("elements.csv", 8), "an element without a label"),
            new Skipped(new Origin("connections.csv", 5), "a connection without To"),
            new Skipped(new Origin("connections.csv", 6), "a connection from an element to itself"),
            // Row 6's Roger Hale → Emily Carter would lead back to Emily, who led to Roger (row 2).
            new Skipped(
                new Origin("connections.csv", 6),
                "a connection that would close a loop (a route cannot lead back where it began)"));
  }

  @Test
  void theFilesMayComeInEitherOrder() throws Exception {
    Found reversed = read("kumu", file("kumu/connections.csv"), file("kumu/elements.csv"));
    assertThat(reversed.nodes()).isEqualTo(found.nodes());
    assertThat(reversed.links()).isEqualTo(found.links());
    assertThat(reversed.affiliations()).isEqualTo(found.affiliations());
  }

  @Test
  void progressHearsTheEndOfEachSheet() throws Exception {
    List<String> heard = new ArrayList<>();
    new KumuImporter()
        .read(
            List.of(file("kumu/elements.csv"), file("kumu/connections.csv")),
            (source, rows, done) -> heard.add(source + " " + rows + " " + done));
    // Five rows under the elements header (the blank line is no row), seven under the connections.
    assertThat(heard).containsExactly("elements.csv 5 true", "connections.csv 7 true");
  }
}
