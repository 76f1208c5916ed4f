package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.NetworkMap;
import networth.model.NodeKind;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Sam works at Northwind": affiliation lines, read, formatted back as written, and refused. */
class AffiliationLinesTest {

  private static ReadResult read(String text) {
    return MapChecker.check(NetmapReader.read("m.netmap", text), "m.netmap");
  }

  @Test
  void readsPersonRoleOrganisationDatesAndNote() {
    NetworkMap map =
        read("""
                Sam works at Northwind
                Priya owns "Bloom Coffee" since 2019
                Tom worked at "Acme Studio" since 2017-09 until 2021-08 : junior designer
                Lena   member  of  "Design meetup"
                """)
            .map();
    assertThat(map.affiliations())
        .containsExactly(
            Affiliation.of("Sam", Role.WORKS_AT, "Northwind"),
            Affiliation.of("Priya", Role.OWNS, "Bloom Coffee").since(PartialDate.parse("2019")),
            new Affiliation(
                "Tom",
                "Acme Studio",
                Role.WORKS_AT,
                Optional.of(PartialDate.parse("2017-09")),
                Optional.of(PartialDate.parse("2021-08")),
                "junior designer"),
            Affiliation.of("Lena", Role.MEMBER_OF, "Design meetup"));
    assertThat(map.links()).as("an affiliation is no link").isEmpty();
  }

  @Test
  void namesOnlyInAffiliationsArePeopleAndOrganisationsWithoutAWarning() {
    ReadResult r =
        read(
            """
            Sam works at Northwind
            Northwind member of "Chamber of Commerce"
            Emily -> Cielo
            Emily works at Cielo
            """);
    NetworkMap map = r.map();
    assertThat(map.node("Sam").orElseThrow().kind()).isEqualTo(NodeKind.PERSON);
    // Northwind is a person's organisation and a member of another: an organisation.
    assertThat(map.node("Northwind").orElseThrow().kind()).isEqualTo(NodeKind.ORGANISATION);
    assertThat(map.node("Chamber of Commerce").orElseThrow().kind())
        .isEqualTo(NodeKind.ORGANISATION);
    // Names a link uses follow the rule for links: undeclared, they have no kind.
    assertThat(map.node("Cielo").orElseThrow().kind()).isEqualTo(NodeKind.UNKNOWN);
    assertThat(r.problems())
        .extracting(Problem::message)
        .containsExactly("'Emily' is used but not declared", "'Cielo' is used but not declared");
  }

  @Test
  void fmtKeepsTheLinesAsWrittenWithTheirCommentsAndOrder() {
    String text =
        """
        # who is where
        person Sam
        Sam   worked at   Northwind since 2020 until 2022   # before he left
        "Job" owns Acme : a keyword as a name stays quoted

        Lena member of "Design meetup"
        Sam -> Lena
        """;
    ReadResult r = read(text);
    assertThat(r.errors()).isEmpty();
    String once = NetmapWriter.write(r.map(), r.layout());
    assertThat(once)
        .isEqualTo(
            """
            # who is where
            person Sam
            Sam worked at Northwind since 2020 until 2022  # before he left
            "Job" owns Acme : a keyword as a name stays quoted

            Lena member of "Design meetup"
            Sam -> Lena
            """);
    ReadResult again = read(once);
    assertThat(again.map()).isEqualTo(r.map());
    assertThat(NetmapWriter.write(again.map(), again.layout())).isEqualTo(once);
  }

  @Test
  void aMapWithoutLayoutGetsThePastFormForAnAffiliationThatEndedAndNoNeedlessDeclarations() {
    NetworkMap map =
        NetworkMap.builder()
            .affiliation(
                Affiliation.of("Sam", Role.WORKS_AT, "Acme").until(PartialDate.parse("2021")))
            .affiliation("Priya", Role.OWNS, "Bloom Coffee")
            .build();
    assertThat(NetmapWriter.write(map))
        .isEqualTo(
            """
            Sam worked at Acme until 2021
            Priya owns "Bloom Coffee"
            """);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          Sam wroks at Northwind               | 1:5  | unknown role 'wroks at'                                  | did you mean 'works at'?
          Sam ownz Bloom                       | 1:5  | unknown role 'ownz'                                      | did you mean 'owns'
          "Sam" employed by Northwind          | 1:7  | unknown role 'employed'                                  | works at, worked at, owns
          Sam works at                         | 1:5  | 'works at' needs an organisation                         | Sam works at Northwind
          Sam -> works at Northwind            | 1:8  | 'works at' says who belongs where, which is not a link   | without an arrow
          Sam works at -> Northwind            | 1:5  | 'works at' says who belongs where, which is not a link   | without an arrow
          Sam -[owns]-> Bloom                  | 1:5  | 'owns' says who belongs where, which is not a link       | -[kind="owns"]->
          Sam works at Sam                     | 1:14 | 'Sam' works at itself                                    | name the organisation
          Sam owns X since 2020 until 2019     | 1:23 | this affiliation ends (2019) before it starts (2020)     | not before since
          Sam owns X since 2020 since 2021     | 1:23 | 'since' is given twice                                   | keep one
          Sam owns X since 20x                 | 1:18 | bad date '20x': '20x' is not a date                      | YYYY-MM
          Sam owns X extra                     | 1:12 | unexpected 'extra'                                       | since DATE, until DATE
          """)
  void eachMistakeIsReportedWhereItStands(
      String line, String place, String message, String hintHas) {
    List<Problem> errors = read(line + "\n").errors();
    assertThat(errors).as(line).hasSize(1);
    Problem p = errors.get(0);
    assertThat(p.position().line() + ":" + p.position().column()).as(line).isEqualTo(place);
    assertThat(p.message()).as(line).isEqualTo(message);
    assertThat(p.hint()).as(line).contains(hintHas);
  }

  @Test
  void theCaretCoversTheWholeRole() {
    Problem p = read("Sam wroks at Northwind\n").errors().get(0);
    assertThat(p.render()).contains("  1 | Sam wroks at Northwind\n    |     ^^^^^^^^\n");
  }

  @Test
  void aRepeatedAffiliationIsAWarningPointingAtTheFirst() {
    List<Problem> ps = read("Sam works at X\nSam works at X : again\n").problems();
    assertThat(ps).extracting(Problem::render).hasSize(1);
    assertThat(ps.get(0).isError()).isFalse();
    assertThat(ps.get(0).position().toString()).isEqualTo("m.netmap:2:1");
    assertThat(ps.get(0).message())
        .isEqualTo("Sam works at X is given twice (first at m.netmap:1:1)");
  }
}
