package networth.imports.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.io.ReadResult;
import networth.io.netmap.NetmapWriter;
import networth.model.Group;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import org.junit.jupiter.api.Test;

class AcceptanceTest {

  private static final String TWO_ANDYS =
      """
      # friends
      group friends = Andy, Roger

      person "Andy Carter" url="linkedin.com/in/ac"
      person Andy email="andy@cielo.com" since 2019 note "met at a fair"
      person Roger
      organisation Cielo
      client Deal value 5k

      # how it went
      Roger -> Andy -> Cielo -> Deal
      Roger -> "Andy Carter"
      "Andy Carter" -> Andy : he is himself
      "Andy Carter" works at Cielo
      Andy works at Cielo
      """;

  private static Acceptance.Accepted acceptAll(ReadResult read) {
    return Acceptance.apply(read.map(), read.layout(), Suggestions.of(read.map()));
  }

  @Test
  void aMergeKeepsTheFullerNameTakesWhatItLacksAndDropsTheDuplicatesAndLoopsItMakes() {
    ReadResult read = Maps.read(TWO_ANDYS);
    List<Suggestion> list = Suggestions.of(read.map());
    // Andy is Andy Carter's first name and both work at Cielo. Andy Carter reaches Andy, Cielo
    // and Deal; Andy reaches Cielo and Deal: no opportunity that one reaches and the other not.
    assertThat(list)
        .extracting(s -> s.change().title())
        .containsExactly("merge Andy into Andy Carter");
    assertThat(list.get(0).value()).isZero();

    NetworkMap after = acceptAll(read).map();

    Node andy = after.node("Andy Carter").orElseThrow();
    assertThat(andy.attributes())
        .containsEntry("url", "linkedin.com/in/ac")
        .containsEntry("email", "andy@cielo.com");
    assertThat(andy.note()).isEqualTo("met at a fair");
    assertThat(andy.date()).map(Object::toString).contains("2019");
    assertThat(after.node("Andy")).isEmpty();
    // Roger -> Andy becomes Roger -> Andy Carter, which is there already; Andy Carter -> Andy
    // would join Andy Carter to himself: both go.
    assertThat(after.links())
        .extracting(l -> l.from() + " -> " + l.to())
        .containsExactly("Andy Carter -> Cielo", "Cielo -> Deal", "Roger -> Andy Carter");
    assertThat(after.affiliations())
        .extracting(a -> a.sentence(a.person(), a.organisation()))
        .containsExactly("Andy Carter works at Cielo");
    assertThat(after.groups())
        .containsExactly(new Group("friends", List.of("Andy Carter", "Roger")));
    assertThat(Suggestions.of(after)).isEmpty();
  }

  @Test
  void theMergedFileKeepsItsCommentsAndOrderAndReadsBackToTheSameMap() {
    Acceptance.Accepted after = acceptAll(Maps.read(TWO_ANDYS));
    String text = NetmapWriter.write(after.map(), after.layout());

    // Andy's declaration and affiliation go; the chain through him lost Roger -> Andy (Roger ->
    // Andy Carter is there), so it is written as the links that remain; the comments stay.

    assertThat(text)
        .isEqualTo(
            """
            # friends
            group friends = "Andy Carter", Roger

            person "Andy Carter"  since 2019 note "met at a fair" url=linkedin.com/in/ac email=andy@cielo.com
            person Roger
            organisation Cielo
            client Deal           value 5k

            # how it went
            "Andy Carter" -> Cielo
            Cielo -> Deal
            Roger -> "Andy Carter"
            "Andy Carter" works at Cielo
            """);
    NetworkMap back = Maps.read(text).map();
    assertThat(back.links()).isEqualTo(after.map().links());
    assertThat(back.affiliations()).isEqualTo(after.map().affiliations());
    assertThat(back.node("Andy Carter")).isEqualTo(after.map().node("Andy Carter"));
  }

  @Test
  void anAddedLinkGoesAtTheEndOfTheFileAndTheRestStaysAsItWas() throws Exception {
    ReadResult read = Maps.read(Maps.seedWithAndyCarter());
    Suggestion link = Suggestions.of(read.map()).get(0);

    Acceptance.Accepted after = Acceptance.apply(read.map(), read.layout(), List.of(link));

    assertThat(NetmapWriter.write(after.map(), after.layout()))
        .isEqualTo(NetmapWriter.write(read.map(), read.layout()) + "\n\"Andy Carter\" -> Cielo\n");
  }

  @Test
  void acceptingTheLinkAndTheMergeTogetherLeavesOneAndyOnTheRouteToClient1() throws Exception {
    ReadResult read = Maps.read(Maps.seedWithAndyCarter());

    NetworkMap after = acceptAll(read).map();

    // Roger -> AndyC -> Cielo becomes Roger -> Andy Carter -> Cielo; the added Andy Carter ->
    // Cielo and the moved AndyC -> Cielo are one link.
    assertThat(after.node("AndyC")).isEmpty();
    assertThat(after.links().stream().filter(l -> l.to().equals("Cielo")).map(Link::from))
        .containsExactlyInAnyOrder("Andy Carter", "Emily");
    assertThat(after.links())
        .contains(
            new Link(
                "Roger",
                "Andy Carter",
                "introduced",
                read.map().links().stream()
                    .filter(l -> l.to().equals("AndyC"))
                    .findFirst()
                    .orElseThrow()
                    .date(),
                ""));
    assertThat(Suggestions.of(after)).isEmpty();
  }

  @Test
  void anEmailDomainAddsTheAffiliationAndTheLinkAsStatements() {
    ReadResult read =
        Maps.read(
            """
            person Jane email="jane@cielo.com"
            organisation Cielo
            client "Client 1" value 50k
            Cielo -> "Client 1"
            """);

    Acceptance.Accepted after = acceptAll(read);

    assertThat(NetmapWriter.write(after.map(), after.layout()))
        .endsWith("\n\nJane works at Cielo\nJane -> Cielo\n");
  }
}
