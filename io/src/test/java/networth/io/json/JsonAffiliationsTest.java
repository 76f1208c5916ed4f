package networth.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The {@code affiliations} array of the JSON form. */
class JsonAffiliationsTest {

  private static ReadResult read(String json) {
    return MapChecker.check(JsonMapReader.read("m.json", json), "m.json");
  }

  @Test
  void readsEachRoleInEitherTenseOrByName() {
    ReadResult r =
        read(
            """
            {"affiliations": [
              {"person": "Sam", "role": "works at", "organisation": "Northwind", "since": "2020"},
              {"person": "Tom", "role": "worked at", "organisation": "Acme", "until": "2021"},
              {"person": "Lena", "role": "MEMBER_OF", "organisation": "Design meetup", "note": "n"}
            ]}
            """);
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().affiliations())
        .containsExactly(
            Affiliation.of("Sam", Role.WORKS_AT, "Northwind").since(PartialDate.parse("2020")),
            Affiliation.of("Tom", Role.WORKS_AT, "Acme").until(PartialDate.parse("2021")),
            Affiliation.of("Lena", Role.MEMBER_OF, "Design meetup").withNote("n"));
  }

  @Test
  void anUnknownRoleIsReportedAtItsValueWithTheNearest() {
    List<Problem> errors =
        read("""
                {"affiliations": [
                  {"person": "Sam", "role": "wroks at", "organisation": "Northwind"}
                ]}
                """)
            .errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).position().toString()).isEqualTo("m.json:2:29");
    assertThat(errors.get(0).message()).isEqualTo("affiliations[0].role: unknown role 'wroks at'");
    assertThat(errors.get(0).hint()).startsWith("did you mean 'works at'?");
  }

  @Test
  void aMissingOrganisationAndAnAffiliationToItselfAreErrorsWhereTheyStand() {
    List<Problem> errors =
        read("""
                {"affiliations": [
                  {"person": "Sam", "role": "owns"},
                  {"person": "Sam", "role": "owns", "organisation": "Sam"},
                  {"person": "Sam", "role": "owns", "organisation": "X", "since": "2020", "until": "2019"}
                ]}
                """)
            .errors();
    assertThat(errors)
        .extracting(p -> p.position().line() + " " + p.message())
        .containsExactly(
            "2 affiliations[0]: an affiliation needs \"person\" and \"organisation\"",
            "3 'Sam' owns itself",
            "4 Sam owned X: ends (2019) before it starts (2020)");
  }
}
