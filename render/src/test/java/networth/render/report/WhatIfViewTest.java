package networth.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.engine.MapWorkspace;
import networth.engine.exact.Loss;
import networth.engine.options.WhatIfOptions;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import networth.text.MapWords;
import org.junit.jupiter.api.Test;

/**
 * What {@code whatif} and the report say of a loss, worked out by hand: percentages are the
 * engine's exact shares rounded once, so a third of the routes shows as 33%, and two thirds as 67%.
 */
class WhatIfViewTest {

  // Acme (600) has three routes, from A, B and C, all through Ann; Bolt (300) one, from A.
  // Without A: Bolt lost (300 of 900, 33.3…% of the value), Acme keeps two routes of three.
  // Without A and B: Bolt lost, Acme keeps one of three (two thirds, 66.6…%, lost).
  private static final String MAP =
      """
      currency GBP
      channel A
      channel B
      channel C
      person Ann
      client Acme value 600
      client Bolt value 300
      A -> Ann -> Acme
      B -> Ann
      C -> Ann
      A -> Bolt
      """;

  private final MapWorkspace w = MapWorkspace.of(NetmapReader.read("m.netmap", MAP));
  private final MapWords words =
      new MapWords(w.within(Period.ALWAYS).map(), w.within(Period.ALWAYS).graph());

  private Loss without(String... nodes) {
    return w.loss(new WhatIfOptions(List.of(nodes), Period.ALWAYS));
  }

  @Test
  void theSentenceNamesWhatIsLostAndWeakenedWithTheShareOfTheValue() {
    assertThat(WhatIfView.sentence(words, w.within(Period.ALWAYS).graph(), "A", without("A")))
        .isEqualTo(
            "Without A: 1 opportunity would be lost (Bolt), £300 at risk (33% of the value); 1"
                + " more would be weakened (Acme).");
  }

  @Test
  void nothingLostIsSaidSo() {
    assertThat(WhatIfView.sentence(words, w.within(Period.ALWAYS).graph(), "C", without("C")))
        .isEqualTo("Without C: no opportunity would be lost; 1 more would be weakened (Acme).");
  }

  @Test
  void theTableGivesEachFateWithTheShareOfRoutesLostRoundedOnce() {
    String table =
        WhatIfView.table(words, w.within(Period.ALWAYS).graph(), without("A", "B")).csv();

    assertThat(table.lines())
        .containsExactly(
            "OPPORTUNITY,FATE,VALUE,ROUTES LOST", "Bolt,lost,£300,all", "Acme,weakened,£600,67%");
  }
}
