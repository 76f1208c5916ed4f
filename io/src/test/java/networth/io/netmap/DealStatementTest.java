package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import networth.diagnostics.Problem;
import networth.io.ReadResult;
import networth.io.check.MapChecker;
import networth.model.LaterDeal;
import networth.model.LaterDeal.Outcome;
import networth.model.Node;
import networth.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code deal NAME …}: the further deals of a client who came back, read, checked and written. */
class DealStatementTest {

  private static ReadResult read(String text) {
    return NetmapReader.read("m.netmap", text);
  }

  private static List<Problem> errors(String text) {
    return MapChecker.check(read(text), "m.netmap").problems().stream()
        .filter(Problem::isError)
        .toList();
  }

  @Test
  void aDealReadsLikeTheStory() {
    ReadResult r =
        read(
            """
            currency EUR
            deal "Bloom Coffee" value €2,500 won 2024-05-10 stage "spring menu"
            client "Bloom Coffee" value €4,000 won 2023-02-20
            deal "Bloom Coffee" value 3k lost 2024-09
            deal "Bloom Coffee" value 6k p 40% since 2024-10 next "call" 2024-11-01
            """);
    assertThat(r.errors()).isEmpty();
    Node bloom = r.map().node("Bloom Coffee").orElseThrow();
    // The node's own deal stays the first one.
    assertThat(bloom.deal().value().orElseThrow().amount()).isEqualByComparingTo("4000");
    List<LaterDeal> later = bloom.laterDeals();
    assertThat(later)
        .extracting(LaterDeal::outcome)
        .containsExactly(Outcome.WON, Outcome.LOST, Outcome.OPEN);
    assertThat(later.get(0).date()).contains(PartialDate.parse("2024-05-10"));
    assertThat(later.get(0).terms().value().orElseThrow().amount())
        .isEqualByComparingTo(new BigDecimal("2500"));
    assertThat(later.get(0).terms().value().orElseThrow().currency()).isEqualTo("EUR");
    assertThat(later.get(0).terms().stage()).isEqualTo("spring menu");
    assertThat(later.get(1).date()).contains(PartialDate.parse("2024-09"));
    assertThat(later.get(2).terms().probability().getAsDouble()).isEqualTo(0.4);
    assertThat(later.get(2).terms().next().orElseThrow().description()).isEqualTo("call");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          client A won 2023; deal B value 1k won 2024           | 2:6  | 'B' is never declared
          client Anna won 2023; deal Ana value 1k won 2024      | 2:6  | 'Ana' is never declared
          person A; deal A value 1k won 2024                    | 2:6  | 'A' is a person, and only an opportunity has deals
          client A; deal A won 2024                             | 2:1  | a deal needs a value
          client A; deal A value 1k won 2024 lost 2024          | 2:26 | this deal is won and lost at once
          client A; deal A value 1k won 2024 p 40%              | 2:26 | a probability is for an open deal, and this one is won
          client A; deal A value 1k vaule 2k                    | 2:17 | unknown attribute 'vaule' for a deal of 'A'
          client A; deal A value 1k value 2k                    | 2:17 | 'value' is given twice for this deal
          client A; deal A value 1k since 2023 on 2024          | 2:28 | a date is given twice for this deal
          client A; deal A value lots                           | 2:14 | bad amount: 'lots' is not an amount
          client A; deal A value 1k won 2024-13                 | 2:21 | bad date '2024-13': month 13 is not between 1 and 12
          client A; deal A value 1k p 40                        | 2:19 | bad probability: '40' is more than 1
          client A; deal                                        | 2:1  | 'deal' needs the name of an opportunity
          """)
  void everyMistakeHasItsPlaceAndOneMessage(String text, String place, String message) {
    List<Problem> ps = errors(text.replace("; ", "\n"));
    assertThat(ps).as(text).hasSize(1);
    Problem p = ps.get(0);
    assertThat(p.position().toString()).isEqualTo("m.netmap:" + place);
    assertThat(p.message()).isEqualTo(message);
    assertThat(p.hint()).isNotBlank();
    assertThat(p.render()).contains("^");
  }

  @Test
  void theHintsSayWhatToDo() {
    assertThat(errors("client Anna won 2023\ndeal Ana value 1k won 2024\n").get(0).hint())
        .startsWith("did you mean 'Anna'?");
    assertThat(errors("person A\ndeal A value 1k won 2024\n").get(0).hint())
        .contains("change the kind of 'A' to client");
    assertThat(errors("client A\ndeal A won 2024\n").get(0).hint())
        .contains("deal \"Bloom Coffee\" value €2,500 won 2024-05-10");
    assertThat(errors("client A\ndeal A value 1k won 2024 lost 2024\n").get(0).hint())
        .isEqualTo("keep won DATE if the work came in, lost DATE if it did not");
  }

  /** A declaration with a mistake has its message; the deal that names it gives none more. */
  @Test
  void aBrokenDeclarationGivesOneMessage() {
    List<Problem> ps = errors("client A vaule 5k\ndeal A value 1k won 2024\n");
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).message()).isEqualTo("unknown attribute 'vaule' for 'A'");
  }

  @Test
  void aDealInAnotherCurrencyIsWarnedAbout() {
    List<Problem> ps =
        MapChecker.check(read("client A value €1k\ndeal A value $2k won 2024\n"), "m.netmap")
            .problems();
    assertThat(ps)
        .extracting(Problem::message)
        .containsExactly("opportunities are valued in EUR, USD");
  }

  /** Won twice is a date given twice, not "won and won at once". */
  @Test
  void wonTwiceIsADateGivenTwice() {
    List<Problem> e = errors("client A value 1k won 2024\ndeal A value 2k won 2024 won 2025\n");
    assertThat(e).hasSize(1);
    assertThat(e.get(0).message()).isEqualTo("a date is given twice for this deal");
    assertThat(e.get(0).position().column()).isEqualTo(26);
  }

  /**
   * A person called "deal" who works somewhere is written back quoted, since a bare {@code deal}
   * starts a deal line: the file reads back to the same map.
   */
  @Test
  void aPersonCalledDealIsQuotedWhereABareWordWouldStartADeal() {
    ReadResult r = read("\"deal\" works at Acme\n");
    assertThat(r.errors()).isEmpty();
    String written = NetmapWriter.write(r.map(), networth.io.Layout.NONE);
    ReadResult again = read(written);
    assertThat(again.errors()).isEmpty();
    assertThat(again.map()).isEqualTo(r.map());
  }

  @Test
  void fmtPrintsItBackAsWrittenInPlaceWithItsComments() {
    String text =
        """
        currency EUR

        client "Bloom Coffee"  value €4,000 won 2023-02-20
        # She came back.
        deal "Bloom Coffee" value €2,500 won 2024-05-10 stage "spring menu"  # the menu
        deal "Bloom Coffee" value 3k lost 2024-09
        deal "Bloom Coffee" value 6k p 0.4 2024-10 next "call" 2024-11-01
        deal "Bloom Coffee" value 1,200 won

        Priya -> "Bloom Coffee"
        """;
    ReadResult r = read(text);
    assertThat(r.errors()).isEmpty();
    String written = NetmapWriter.write(r.map(), r.layout());
    assertThat(written).isEqualTo(text);
    ReadResult again = read(written);
    assertThat(again.map()).isEqualTo(r.map());
  }

  @Test
  void deliberatelyLooseSpacingIsTidied() {
    ReadResult r = read("client   A value 1k\ndeal   A   value 2k   since 2024\n");
    assertThat(NetmapWriter.write(r.map(), r.layout()))
        .isEqualTo("client A  value 1k\ndeal A value 2k since 2024\n");
  }

  @Test
  void aMapWithoutLayoutWritesItsDealsAfterTheDeclarations() {
    ReadResult r = read("client A value 1k won 2023\ndeal A value 2k won 2024\nP -> A\n");
    String written = NetmapWriter.write(r.map());
    assertThat(written).contains("deal A value 2k won 2024\n");
    assertThat(read(written).map()).isEqualTo(r.map());
  }
}
