package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;

/**
 * A link's attributes in JSON: an object of strings, in order, written only when there are some.
 */
class JsonLinkAttributesTest {

  @Test
  void readsThemInTheDocumentsOrder() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"links": [{"from": "Kumu", "to": "Emily", "kind": "introduced",
                        "attributes": {"weight": "2", "source": "Connections.csv row 12"}}]}
            """);

    assertThat(r.problems()).isEmpty();
    assertThat(List.copyOf(r.map().links().get(0).attributes().entrySet()))
        .containsExactly(Map.entry("weight", "2"), Map.entry("source", "Connections.csv row 12"));
  }

  @Test
  void writesThemOnlyForLinksThatHaveThem() {
    NetworkMap map =
        NetworkMap.builder()
            .link(Link.of("A", "B").withAttribute("source", "row 2"))
            .link(Link.of("B", "C"))
            .build();

    String json = JsonMapWriter.write(map);

    assertThat(json).contains("\"attributes\" : {\n      \"source\" : \"row 2\"\n    }");
    assertThat(json.split("\"attributes\"", -1)).as("one link has attributes").hasSize(2);
  }

  @Test
  void aKeyWithoutAValueIsReportedWhereItStands() {
    ReadResult r =
        JsonMapReader.read(
            "m.json",
            """
            {"links": [
              {"from": "A", "to": "B", "attributes": {"source": null, "weight": "2"}}]}
            """);

    Problem p = r.problems().get(0);
    // The attributes' object opens at column 42 of line 2: two blanks, then 39 characters before
    // it.
    assertThat(p.position().toString()).isEqualTo("m.json:2:42");
    assertThat(p.message()).isEqualTo("links[0].attributes: attribute 'source' has no value");
    // The rest of the link is kept.
    assertThat(r.map().links().get(0).attributes()).containsExactly(Map.entry("weight", "2"));
  }
}
