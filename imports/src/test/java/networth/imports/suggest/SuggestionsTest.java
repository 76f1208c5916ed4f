package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import networth.model.Link;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static List<Suggestion> suggest(String text) {
    return Suggestions.of(Maps.read(text).map());
  }

  @Test
  void theSeedAloneHasNothingToSuggest() throws Exception {
    // Its one affiliation (AndyC works at Cielo) has its link AndyC -> Cielo; nobody has an
    // e-mail address or a profile; no note names a person; its two Andys are first names alone
    // at no common organisation.
    assertThat(suggest(Maps.seed())).isEmpty();
  }

  @Test
  void andyCarterAtCieloGetsTheLinkToClient1AndIsProbablyAndyC() throws Exception {
    List<Suggestion> list = suggest(Maps.seedWithAndyCarter());

    assertThat(list).hasSize(2);
    // Cielo -[referred]-> Client 1 (value 50k, won); Andy Carter has no links, so the link puts
    // Client 1 on a route from him: £50,000.
    Suggestion link = list.get(0);
    assertThat(link.rule()).isEqualTo(Suggestion.Rule.WORK_THROUGH_ORGANISATION);
    assertThat(link.change().title()).isEqualTo("Andy Carter → Cielo");
    assertThat(((Change.Add) link.change()).links())
        .containsExactly(Link.of("Andy Carter", "Cielo"));
    assertThat(link.reason()).isEqualTo("Andy Carter works at Cielo, and Cielo became Client 1");
    assertThat(link.value()).isEqualByComparingTo("50000");
    assertThat(link.opportunities()).containsExactly("Client 1");

    // AndyC reaches Client 1 (AndyC -> Cielo -> Client 1), Andy Carter nothing: merging them
    // connects £50,000 too; equal value, so the organisation rule comes first.
    Suggestion same = list.get(1);
    assertThat(same.rule()).isEqualTo(Suggestion.Rule.SAME_PERSON);
    assertThat(same.change())
        .isEqualTo(new Change.Merge("Andy Carter", "AndyC", same.change().title()));
    assertThat(same.change().title()).isEqualTo("merge AndyC (Andy) into Andy Carter");
    assertThat(same.reason())
        .startsWith("probably the same person: Andy Carter and AndyC (Andy)")
        .contains("Andy is Andy Carter's first name, and both are at Cielo");
    assertThat(same.value()).isEqualByComparingTo("50000");
  }

  @Test
  void theSameMapGivesTheSameListInTheSameOrder() throws Exception {
    String text = Maps.seedWithAndyCarter();
    assertThat(suggest(text)).isEqualTo(suggest(text));
  }

  @Test
  void theOrganisationsValueCountsOnlyWorkNotYetReachedAndProspectsAtTheirOdds() {
    String map =
        """
        currency GBP
        person Jo
        organisation Acme
        client   "Deal A" value 10k won 2024-01
        prospect "Deal B" value 60k p 40%
        lost     "Deal C" value 5k
        Jo works at Acme
        Acme -> "Deal A"
        Acme -> Partner -> "Deal B"
        Acme -> "Deal C"
        Jo -> "Deal A"
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list).hasSize(1);
    // Jo already reaches Deal A; Deal C is lost and counts for nothing; Deal B counts
    // 60,000 x 40% = 24,000.
    assertThat(list.get(0).value()).isEqualByComparingTo("24000");
    assertThat(list.get(0).opportunities()).containsExactly("Deal B");
    assertThat(list.get(0).reason()).isEqualTo("Jo works at Acme, and Acme led on to Deal B");
  }

  @Test
  void noLinkIsProposedWhereItIsThereLeadsNowhereOrWouldCloseALoop() {
    String map =
        """
        person Kim, Lee, Max
        organisation Here, Idle, Round
        client Work value 1k
        Kim works at Here
        Kim -> Here -> Work
        Lee works at Idle
        Max works at Round
        Round -> Max -> Work
        """;
    assertThat(suggest(map)).isEmpty();
  }

  @Test
  void anOrganisationDrawnInLinksWithoutADeclarationCountsToo() {
    String map =
        """
        person Sam
        client Deal value 3k
        Sam works at Northwind
        Northwind -> Deal
        """;
    assertThat(suggest(map)).extracting(s -> s.change().title()).containsExactly("Sam → Northwind");
  }

  @Test
  void rankedByValueThenByRule() {
    // Jo at Small leads to 1k; Ann's address at big.com gives her Big, which leads to 9k.
    String map =
        """
        person Jo
        person Ann email="ann@big.com"
        organisation Small, Big
        client S value 1k
        client B value 9k
        Jo works at Small
        Small -> S
        Big -> B
        """;
    List<Suggestion> list = suggest(map);

    assertThat(list)
        .extracting(s -> s.change().title())
        .containsExactly("Ann works at Big, and Ann → Big", "Jo → Small");
    assertThat(list)
        .extracting(Suggestion::value)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("9000"), new BigDecimal("1000"));
  }
}
