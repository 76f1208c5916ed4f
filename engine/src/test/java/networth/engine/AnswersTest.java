package networth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Model;
import networth.engine.options.AttributeOptions;
import networth.engine.options.PathsOptions;
import networth.engine.options.WhatIfOptions;
import networth.engine.result.AttributionResult;
import networth.engine.result.PathsResult;
import networth.engine.result.WhatIfResult;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/** The typed answers of the tiny map (see {@link TinyMap}), each worked out by hand. */
class AnswersTest {

  private final MapWorkspace tiny = TinyMap.open();

  @Test
  void withoutAnnAcmeIsLostForItsEveryRoutePassesThroughHer() {
    WhatIfResult r = tiny.whatIf(new WhatIfOptions(List.of("Ann"), Period.ALWAYS));

    assertThat(r.lost()).containsExactly("Acme");
    assertThat(r.weakened()).isEmpty();
    assertThat(r.valueAtRisk()).isEqualByComparingTo("1000");
    assertThat(r.totalValue()).isEqualByComparingTo("2000");
  }

  @Test
  void withoutBlogCaraIsLostAndAcmeKeepsHalfItsRoutes() {
    // Cara's one route starts at Blog: lost, 500 at risk. Acme keeps Twitter → Ann → Acme, one of
    // its two routes: weakened, half its routes lost, its 1,000 weakened.
    WhatIfResult r = tiny.whatIf(new WhatIfOptions(List.of("Blog"), Period.ALWAYS));

    assertThat(r.lost()).containsExactly("Cara");
    assertThat(r.valueAtRisk()).isEqualByComparingTo("500");
    assertThat(r.weakened()).containsExactly("Acme");
    assertThat(r.valueWeakened()).isEqualByComparingTo("1000");
    assertThat(r.weakenedRoutesLost()).containsExactly(new WhatIfResult.RoutesLost("Acme", 0.5));
  }

  @Test
  void linearCreditSharesEachRouteAmongItsTouches() {
    // Acme's 1,000: 500 a route; Blog, Ann 250 each on one, Twitter, Ann 250 each on the other.
    // Bolt's 500 all to Twitter, Cara's 500 all to Blog. Blog 750, Twitter 750, Ann 500 of 2,000.
    AttributionResult r = tiny.attribute(options(List.of(Model.LINEAR), Optional.empty()));

    assertThat(r.model()).isEqualTo("linear");
    assertThat(r.total()).isEqualByComparingTo("2000");
    assertThat(r.credits())
        .extracting(c -> (AttributionResult.OneModel) c)
        .extracting(c -> Map.entry(c.id(), c.credit().doubleValue()), c -> c.share())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Map.entry("Blog", 750.0), 0.375),
            org.assertj.core.groups.Tuple.tuple(Map.entry("Twitter", 750.0), 0.375),
            org.assertj.core.groups.Tuple.tuple(Map.entry("Ann", 500.0), 0.25));
    assertThat(r.linearFallback()).as("only time decay names them").isEmpty();
    assertThat(r.shapley()).isEmpty();
  }

  @Test
  void forOneOpportunityOnlyItsValueIsCredited() {
    // Acme alone: 1,000; first touch gives each route's 500 to its origin, Blog and Twitter.
    AttributionResult r = tiny.attribute(options(List.of(Model.FIRST), Optional.of("Acme")));

    assertThat(r.total()).isEqualByComparingTo("1000");
    assertThat(r.credits())
        .extracting(c -> ((AttributionResult.OneModel) c).credit())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("500"), new BigDecimal("500"));
  }

  @Test
  void everyModelComparedGivesEachRowACreditPerModel() {
    AttributionResult r = tiny.attribute(AttributeOptions.DEFAULTS);

    assertThat(r.model()).isEqualTo("all");
    AttributionResult.ByModel blog =
        r.credits().stream()
            .filter(c -> c.id().equals("Blog"))
            .map(AttributionResult.ByModel.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(blog.credit().keySet())
        .containsExactly("first", "last", "linear", "position", "time-decay", "shapley", "markov");
    // First touch: Blog starts one of Acme's routes (500) and Cara's (500).
    assertThat(blog.credit().get("first"))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
    assertThat(r.linearFallback()).isPresent();
    assertThat(r.shapley()).isPresent();
  }

  @Test
  void pathsCountsAndListsEveryRouteToAcme() {
    PathsResult r = tiny.paths(new PathsOptions("Acme", 20));

    assertThat(r.count()).isEqualTo(2);
    assertThat(r.listed()).isEqualTo(2);
    assertThat(r.routes())
        .containsExactlyInAnyOrder(
            new PathsResult.Route(2, List.of("Blog", "Ann", "Acme")),
            new PathsResult.Route(2, List.of("Twitter", "Ann", "Acme")));
  }

  @Test
  void aLimitOfOneListsOneRouteAndStillCountsBoth() {
    PathsResult r = tiny.paths(new PathsOptions("Acme", 1));

    assertThat(r.count()).isEqualTo(2);
    assertThat(r.listed()).isEqualTo(1);
    assertThat(r.routes()).hasSize(1);
  }

  private static AttributeOptions options(List<Model> models, Optional<String> only) {
    return new AttributeOptions(
        models,
        By.NODE,
        AttributeOptions.HALF_LIFE_DEFAULT,
        100,
        1,
        Optional.empty(),
        only,
        Period.ALWAYS);
  }
}
