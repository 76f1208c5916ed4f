package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Affiliations in the connections sheet: rows marked by their Affiliation cell. */
class SpreadsheetAffiliationsTest {

  private static ReadResult read(String connections) {
    return CsvMapReader.read(
        Optional.empty(), Optional.of(CsvMapReader.Sheet.of("connections.csv", connections)));
  }

  @Test
  void aRowWithARoleIsAnAffiliationAndTheOthersAreLinks() {
    ReadResult r =
        read(
            """
            From,To,Type,Note,Date,Until,Affiliation
            Sam,Northwind,introduced,,2023-10,,
            Sam,Northwind,works at,head of design,2020,,works at
            Tom,Acme,worked at,,2017,2021,worked at
            """);
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().links())
        .containsExactly(
            new Link(
                "Sam", "Northwind", "introduced", Optional.of(PartialDate.parse("2023-10")), ""));
    assertThat(r.map().affiliations())
        .containsExactly(
            Affiliation.of("Sam", Role.WORKS_AT, "Northwind")
                .since(PartialDate.parse("2020"))
                .withNote("head of design"),
            Affiliation.of("Tom", Role.WORKS_AT, "Acme")
                .since(PartialDate.parse("2017"))
                .until(PartialDate.parse("2021")));
  }

  @Test
  void theWrittenSheetMarksAffiliationsAndKeepsKumusColumnsFirst() {
    NetworkMap map =
        NetworkMap.builder()
            .link("Sam", "Northwind")
            .affiliation(Affiliation.of("Sam", Role.OWNS, "Bloom").until(PartialDate.parse("2022")))
            .build();
    assertThat(CsvMapWriter.write(map).connections())
        .isEqualTo(
            """
            From,To,Type,Note,Date,Until,Affiliation
            Sam,Northwind,,,,,
            Sam,Bloom,owns,,,2022,owns
            """);
  }

  @Test
  void aMapWithoutAffiliationsKeepsTheSheetItAlwaysHad() {
    NetworkMap map = NetworkMap.builder().link("Sam", "Northwind").build();
    assertThat(CsvMapWriter.write(map).connections())
        .isEqualTo("From,To,Type,Note,Date\nSam,Northwind,,,\n");
  }

  @Test
  void anUnknownRoleIsReportedAtItsCell() {
    List<Problem> errors =
        read("""
                From,To,Type,Note,Date,Until,Affiliation
                Sam,Northwind,,,,,wroks at
                Sam,Acme,,,,20x,owns
                """)
            .errors();
    assertThat(errors)
        .extracting(Problem::render)
        .extracting(s -> s.lines().findFirst().orElseThrow())
        .containsExactly(
            "connections.csv:2:7: error: unknown affiliation 'wroks at' (row 2, column G)",
            "connections.csv:3:6: error: bad Until: '20x' is not a date (row 3, column F)");
    assertThat(errors.get(0).hint()).startsWith("did you mean 'works at'?");
  }
}
