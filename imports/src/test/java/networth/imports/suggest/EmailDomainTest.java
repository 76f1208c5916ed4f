package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.model.Affiliation;
import networth.model.Link;
import org.junit.jupiter.api.Test;

class EmailDomainTest {

  private static List<Suggestion> suggest(String text) {
    return Suggestions.of(Maps.read(text).map());
  }

  @Test
  void anAddressAtAnOrganisationsNameGivesTheAffiliationAndTheLinkToItsWork() {
    String map =
        """
        person Jane email="jd@gmail.com, jane@cielo.com"
        organisation Cielo
        client "Client 1" value 50k
        Cielo -> "Client 1"
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list).hasSize(1);
    Change.Add add = (Change.Add) list.get(0).change();
    assertThat(add.affiliations())
        .containsExactly(Affiliation.of("Jane", Affiliation.Role.WORKS_AT, "Cielo"));
    assertThat(add.links()).containsExactly(Link.of("Jane", "Cielo"));
    assertThat(list.get(0).reason())
        .isEqualTo("jane@cielo.com: cielo.com bears the name of Cielo, and Cielo became Client 1");
    assertThat(list.get(0).value()).isEqualByComparingTo("50000");
  }

  @Test
  void theDomainAttributeMatchesSubdomainsAndAnOrganisationLeadingNowhereGetsTheAffiliationAlone() {
    String map =
        """
        person Sam email="sam@mail.nwt.co.uk"
        organisation "Northwind Traders" domain="nwt.co.uk"
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list).hasSize(1);
    Change.Add add = (Change.Add) list.get(0).change();
    assertThat(add.affiliations())
        .containsExactly(Affiliation.of("Sam", Affiliation.Role.WORKS_AT, "Northwind Traders"));
    assertThat(add.links()).isEmpty();
    assertThat(list.get(0).value()).isZero();
    assertThat(list.get(0).reason())
        .isEqualTo("sam@mail.nwt.co.uk: nwt.co.uk is the domain of Northwind Traders");
  }

  @Test
  void aCountrysSecondLevelDomainAndSpacesInTheNameStillMatch() {
    // ochrehouse.co.uk: main label "ochrehouse" = "Ochre House" without its space.
    String map =
        """
        person Pat email="pat@ochrehouse.co.uk"
        organisation "Ochre House"
        """;
    assertThat(suggest(map))
        .extracting(s -> s.change().title())
        .containsExactly("Pat works at Ochre House");
  }

  @Test
  void freeMailSaysNothingAboutWhereSomeoneWorks() {
    String map =
        """
        person Bob email="bob@outlook.com, bob@gmail.com, bob@me.com"
        organisation Outlook, Gmail, Me
        """;
    assertThat(suggest(map)).isEmpty();
  }

  @Test
  void nothingWhenTheMapAlreadySaysSoOrNoOrganisationMatches() {
    String map =
        """
        person Jane email="jane@cielo.com"
        person Ravi email="ravi@elsewhere.org"
        organisation Cielo
        Jane works at Cielo
        """;
    assertThat(suggest(map)).isEmpty();
  }
}
