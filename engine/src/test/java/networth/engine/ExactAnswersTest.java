package networth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalDouble;
import networth.engine.exact.Comparison;
import networth.engine.exact.EachGone;
import networth.engine.exact.Flow;
import networth.engine.exact.Loss;
import networth.engine.exact.ModelCredits;
import networth.engine.exact.OpportunityRoutes;
import networth.engine.options.FlowOptions;
import networth.engine.options.RoutesOptions;
import networth.engine.options.WhatIfOptions;
import networth.engine.result.WhatIfResult;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/**
 * The engine's unrounded answers, which the report and the text views show, each worked out by hand
 * on the tiny map (see {@link TinyMap}) or a smaller one.
 */
class ExactAnswersTest {

  private final MapWorkspace tiny = TinyMap.open();

  private static MapWorkspace open(String text) {
    MapWorkspace w = MapWorkspace.of(NetmapReader.read("test.netmap", text));
    assertThat(w.problems()).as("the map reads cleanly").isEmpty();
    return w;
  }

  @Test
  void aLossKeepsTheShareOfRoutesUnroundedAndTheResultRoundsItToFourPlaces() {
    // Acme has three routes, one from each channel, all through Ann. Without A it keeps two of
    // three: a third of its routes lost, 0.333… exactly; JSON gives 0.3333.
    MapWorkspace w =
        open(
            """
            channel A
            channel B
            channel C
            person Ann
            client Acme value 900
            A -> Ann -> Acme
            B -> Ann
            C -> Ann
            """);
    WhatIfOptions withoutA = new WhatIfOptions(List.of("A"), Period.ALWAYS);

    Loss loss = w.loss(withoutA);
    WhatIfResult result = w.whatIf(withoutA);

    assertThat(loss.lost()).isEmpty();
    assertThat(loss.weakened()).extracting(Loss.Fate::id).containsExactly("Acme");
    assertThat(loss.weakened().get(0).routesLost()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(loss.weakened().get(0).value()).isEqualTo(900);
    assertThat(result.weakenedRoutesLost())
        .containsExactly(new WhatIfResult.RoutesLost("Acme", 0.3333));
  }

  @Test
  void withoutBlogCaraIsLostAndAcmeWeakenedWithTheAmountsUnrounded() {
    // Cara's only route starts at Blog (500 at risk of 2,000); Acme keeps Twitter → Ann → Acme.
    Loss loss = tiny.loss(new WhatIfOptions(List.of("Blog"), Period.ALWAYS));

    assertThat(loss.without()).containsExactly("Blog");
    assertThat(loss.lost()).containsExactly(new Loss.Fate("Cara", 500, 1));
    assertThat(loss.weakened()).containsExactly(new Loss.Fate("Acme", 1000, 0.5));
    assertThat(loss.valueAtRisk()).isEqualTo(500);
    assertThat(loss.valueWeakened()).isEqualTo(1000);
    assertThat(loss.total()).isEqualTo(2000);
  }

  @Test
  void eachGroupGoneTakesAllItsMembersAtOnce() {
    // The online group is Blog and Twitter, every origin: without both, all three are lost.
    EachGone each = tiny.eachGone(Period.ALWAYS);

    assertThat(each.unit()).isEqualTo(EachGone.Unit.GROUP);
    assertThat(each.gone()).hasSize(1);
    EachGone.Gone online = each.gone().get(0);
    assertThat(online.id()).isEqualTo("online");
    assertThat(online.loss().without()).containsExactly("Blog", "Twitter");
    assertThat(online.loss().lost())
        .extracting(Loss.Fate::id)
        .containsExactly("Acme", "Bolt", "Cara");
    assertThat(online.loss().valueAtRisk()).isEqualTo(2000);
  }

  @Test
  void inAMapWithNoGroupsEachChannelIsTakenAwayInTurn() {
    // Without Blog: Cara lost (500), Acme weakened. Without Twitter: Bolt lost (500), Acme
    // weakened.
    EachGone each =
        open(TinyMap.TEXT.replace("group online = Blog, Twitter\n", "")).eachGone(Period.ALWAYS);

    assertThat(each.unit()).isEqualTo(EachGone.Unit.CHANNEL);
    assertThat(each.gone()).extracting(EachGone.Gone::id).containsExactly("Blog", "Twitter");
    assertThat(each.gone().get(0).loss().lost()).extracting(Loss.Fate::id).containsExactly("Cara");
    assertThat(each.gone().get(1).loss().lost()).extracting(Loss.Fate::id).containsExactly("Bolt");
    assertThat(each.gone())
        .allSatisfy(
            g -> assertThat(g.loss().weakened()).extracting(Loss.Fate::id).containsExactly("Acme"));
  }

  @Test
  void creditByGroupAndByChannelUnderEveryModel() {
    // Linear: Acme's 1,000 is 500 a route, shared by its two touches (Blog, Ann | Twitter, Ann):
    // Blog 250, Twitter 250, Ann 500; Bolt's 500 to Twitter, Cara's 500 to Blog. So Blog 750,
    // Twitter 750, Ann 500; the online group 1,500, Ann in no group 500.
    // First touch: each route's share to its origin: Blog 500 + 500 = 1,000, Twitter the same.
    ModelCredits credits = tiny.modelCredits(Period.ALWAYS);

    Comparison byGroup = credits.byGroup().orElseThrow();
    assertThat(byGroup.models())
        .containsExactly("first", "last", "linear", "position", "time-decay", "shapley", "markov");
    assertThat(credit(byGroup, "online", "linear")).isCloseTo(1500, within(1e-9));
    Comparison byChannel = credits.byChannel();
    assertThat(byChannel.rows())
        .extracting(Comparison.Row::id)
        .containsExactlyInAnyOrder("Blog", "Twitter");
    assertThat(credit(byChannel, "Blog", "linear")).isCloseTo(750, within(1e-9));
    assertThat(credit(byChannel, "Twitter", "first")).isCloseTo(1000, within(1e-9));
    assertThat(credits.byKind()).as("by kind only where no channel is credited").isEmpty();
    assertThat(credits.byNode().rows())
        .extracting(Comparison.Row::id)
        .containsExactlyInAnyOrder("Blog", "Twitter", "Ann");
    assertThat(credit(credits.byNode(), "Ann", "linear")).isCloseTo(500, within(1e-9));
  }

  @Test
  void aMapWithNoChannelIsCreditedByKind() {
    // Only events and a person: no channel row, so the kinds are compared instead; linear gives
    // the event 50 and Ann 50 of Acme's 100.
    ModelCredits credits =
        open("""
                event Expo
                person Ann
                client Acme value 100
                Expo -> Ann -> Acme
                """)
            .modelCredits(Period.ALWAYS);

    assertThat(credits.byGroup()).isEmpty();
    assertThat(credits.byChannel().rows()).isEmpty();
    Comparison byKind = credits.byKind().orElseThrow();
    assertThat(credit(byKind, "event", "linear")).isCloseTo(50, within(1e-9));
    assertThat(credit(byKind, "person", "linear")).isCloseTo(50, within(1e-9));
  }

  @Test
  void theFlowDrawsTheMostValuableOpportunityAndGathersTheRest() {
    // First touch: Acme 1,000 → Blog 500, Twitter 500; Bolt 500 → Twitter; Cara 500 → Blog. With
    // one opportunity drawn, Acme (the most valuable) is drawn; Bolt and Cara are the two others,
    // Blog starting 500 of them (Cara) and Twitter 500 (Bolt). Blog and Twitter start 1,000 each:
    // a tie, kept in map order.
    Flow flow = tiny.flow(new FlowOptions(1, Period.ALWAYS));

    assertThat(flow.origins())
        .containsExactly(new Flow.Origin("Blog", 1000), new Flow.Origin("Twitter", 1000));
    assertThat(flow.drawn())
        .containsExactly(
            new Flow.Opportunity(
                "Acme", 1000, List.of(new Flow.Band("Blog", 500), new Flow.Band("Twitter", 500))));
    assertThat(flow.others()).isEqualTo(2);
    assertThat(flow.toOthers())
        .containsExactly(new Flow.Band("Blog", 500), new Flow.Band("Twitter", 500));
  }

  @Test
  void withEveryOpportunityDrawnNothingIsLeftForTheOthers() {
    Flow flow = tiny.flow(new FlowOptions(3, Period.ALWAYS));

    assertThat(flow.drawn())
        .extracting(Flow.Opportunity::id)
        .containsExactly("Acme", "Bolt", "Cara");
    assertThat(flow.others()).isZero();
    assertThat(flow.toOthers()).isEmpty();
  }

  @Test
  void routesCountEachOfTheMostValuableAndGiveTheShortest() {
    // Acme: two routes of two links (Blog → Ann → Acme, Twitter → Ann → Acme); Bolt: one,
    // Twitter → Bolt. Cara, worth as much as Bolt but after it in the map, is the third.
    OpportunityRoutes routes = tiny.routes(new RoutesOptions(2, Period.ALWAYS));

    assertThat(routes.counted()).isEqualTo(3);
    assertThat(routes.opportunities())
        .extracting(OpportunityRoutes.Opportunity::id)
        .containsExactly("Acme", "Bolt");
    OpportunityRoutes.Opportunity acme = routes.opportunities().get(0);
    assertThat(acme.routes()).isEqualTo(BigInteger.TWO);
    assertThat(acme.shortest()).hasSize(3).endsWith("Ann", "Acme");
    assertThat(routes.opportunities().get(1).shortest()).containsExactly("Twitter", "Bolt");
    assertThat(routes.opportunities().get(1).value()).isEqualTo(500);
  }

  @Test
  void eachAnswerIsKeptPerVersionAndPeriod() {
    FlowOptions one = new FlowOptions(1, Period.ALWAYS);

    assertThat(tiny.flow(one)).isSameAs(tiny.flow(new FlowOptions(1, Period.ALWAYS)));
    assertThat(tiny.modelCredits(Period.ALWAYS)).isSameAs(tiny.modelCredits(Period.ALWAYS));
    assertThat(tiny.eachGone(Period.ALWAYS)).isSameAs(tiny.eachGone(Period.ALWAYS));
    WhatIfOptions blog = new WhatIfOptions(List.of("Blog"), Period.ALWAYS);
    assertThat(tiny.loss(blog)).isSameAs(tiny.loss(blog));
  }

  @Test
  void aPeriodLeavesItsOpportunitiesOutOfEveryAnswer() {
    // Only Bolt (won 2024-02) is dated in 2024: Twitter starts its 500, nothing else counts.
    Period in2024 = Period.of(java.util.Optional.of("2024"), java.util.Optional.empty());

    Flow flow = tiny.flow(new FlowOptions(5, in2024));

    assertThat(flow.origins()).containsExactly(new Flow.Origin("Twitter", 500));
    assertThat(tiny.routes(new RoutesOptions(5, in2024)).counted()).isEqualTo(1);
  }

  private static double credit(Comparison c, String id, String model) {
    int m = c.models().indexOf(model);
    OptionalDouble credit =
        c.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().credit().get(m);
    return credit.orElseThrow();
  }
}
