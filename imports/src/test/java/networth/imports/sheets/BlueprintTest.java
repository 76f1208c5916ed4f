package networth.imports.sheets;

import static networth.imports.sheets.Sheets.ends;
import static networth.imports.sheets.Sheets.file;
import static networth.imports.sheets.Sheets.link;
import static networth.imports.sheets.Sheets.node;
import static networth.imports.sheets.Sheets.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import networth.imports.Found;
import networth.imports.Origin;
import networth.imports.Skipped;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * Kumu's JSON blueprint, written by hand from Kumu's guide ("JSON / Blueprints"), with one element
 * and one connection in the shape Kumu's own export writes (fields in "attributes", "_id").
 */
class BlueprintTest {

  private final Found found = read("kumu", file("kumu/blueprint.json"));

  BlueprintTest() throws Exception {}

  @Test
  void elementsAreNamedByLabelWithTheirTypeDescriptionAndTags() {
    assertThat(found.nodes().stream().map(e -> e.item().id()))
        .containsExactly("Emily Carter", "Cielo Ltd", "Andy Reid", "Zoe Lane");
    var emily = node(found, "Emily Carter").item();
    assertThat(emily.kind()).isEqualTo(NodeKind.PERSON);
    assertThat(emily.note()).isEqualTo("Producer");
    assertThat(emily.attributes()).containsExactly(Map.entry("tags", "media, tv"));
    assertThat(node(found, "Cielo Ltd").item().attributes())
        .containsExactly(
            Map.entry("Favorite Dessert", "shave ice"), Map.entry("employees", "1200"));
  }

  @Test
  void kumusOwnExportShapeIsReadTooAndItsIdsFindTheElement() {
    var andy = node(found, "Andy Reid");
    assertThat(andy.item().kind()).isEqualTo(NodeKind.PERSON);
    assertThat(andy.item().attributes()).containsExactly(Map.entry("email", "andy@cielo.example"));
    // "from": "elem-3" is Andy's _id.
    var works = link(found, "Andy Reid", "Cielo Ltd").item();
    assertThat(works.kind()).isEqualTo("advises");
    // "directed" is the default and "delayed": false says nothing: neither is kept.
    assertThat(works.attributes()).containsExactly(Map.entry("strength", "0.5"));
  }

  @Test
  void eachItemRemembersTheLineItBeginsOn() {
    assertThat(node(found, "Emily Carter").origin()).isEqualTo(new Origin("blueprint.json", 3));
    assertThat(node(found, "Cielo Ltd").origin()).isEqualTo(new Origin("blueprint.json", 4));
    assertThat(node(found, "Andy Reid").origin()).isEqualTo(new Origin("blueprint.json", 10));
    assertThat(link(found, "Andy Reid", "Cielo Ltd").origin())
        .isEqualTo(new Origin("blueprint.json", 18));
  }

  @Test
  void connectionsKeepTheirDirectionAndAnArrayOfTargetsMakesOneLinkEach() {
    assertThat(ends(found))
        .containsExactly(
            "Emily Carter → Cielo Ltd",
            "Andy Reid → Cielo Ltd",
            "Andy Reid → Emily Carter",
            "Andy Reid → Zoe Lane");
    assertThat(link(found, "Emily Carter", "Cielo Ltd").item().attributes())
        .containsExactly(Map.entry("direction", "mutual"));
    assertThat(node(found, "Zoe Lane").item().kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(node(found, "Zoe Lane").origin()).isEqualTo(new Origin("blueprint.json", 26));
  }

  @Test
  void anElementWithoutALabelIsLeftOut() {
    assertThat(found.skipped())
        .containsExactly(
            new Skipped(new Origin("blueprint.json", 14), "an element without a label"));
  }
}
