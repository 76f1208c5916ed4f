package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.io.ReadResult;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;

/** The connections sheet keeps the columns networth does not know as attributes of the links. */
class ConnectionAttributesTest {

  private static ReadResult connections(String text) {
    return CsvMapReader.read(
        Optional.empty(), Optional.of(CsvMapReader.Sheet.of("connections.csv", text)));
  }

  @Test
  void aKumuSheetsExtraColumnsBecomeTheLinksAttributesInColumnOrder() {
    ReadResult r =
        connections(
            "From,To,Type,Strength,source,Date\n"
                + "Kumu,Emily,introduced,strong,\"Connections.csv row 12\",2012\n"
                + "Emily,Roger,,,,\n");

    assertThat(r.problems()).isEmpty();
    Link first = r.map().links().get(0);
    assertThat(List.copyOf(first.attributes().entrySet()))
        .containsExactly(
            Map.entry("Strength", "strong"), Map.entry("source", "Connections.csv row 12"));
    // An empty cell says nothing: the second link has no attributes.
    assertThat(r.map().links().get(1).attributes()).isEmpty();
  }

  @Test
  void aSourceColumnBesideFromIsAnAttributeNotGephisEnd() {
    // With a Type column, a Label column gives no kind either: both are the link's attributes.
    ReadResult r = connections("From,To,Type,Source,Label\nA,B,introduced,LinkedIn,friend\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.map().links())
        .containsExactly(
            Link.of("A", "B")
                .withKind("introduced")
                .withAttribute("Source", "LinkedIn")
                .withAttribute("Label", "friend"));
  }

  @Test
  void theWriterWritesOneColumnPerKeyAnyLinkUses() {
    NetworkMap map =
        NetworkMap.builder()
            .link(Link.of("A", "B").withAttribute("source", "row 2").withAttribute("weight", "2"))
            .link(Link.of("B", "C").withAttribute("first met", "a party, 2014"))
            .link(Link.of("C", "D"))
            .affiliation(
                new Affiliation(
                    "Sam",
                    "Acme",
                    Affiliation.Role.WORKS_AT,
                    Optional.empty(),
                    Optional.empty(),
                    ""))
            .build();

    String sheet = CsvMapWriter.write(map).connections();

    assertThat(sheet)
        .isEqualTo(
            """
            From,To,Type,Note,Date,Until,Affiliation,source,weight,first met
            A,B,,,,,,row 2,2,
            B,C,,,,,,,,"a party, 2014"
            C,D,,,,,,,,
            Sam,Acme,works at,,,,works at,,,
            """);
  }
}
