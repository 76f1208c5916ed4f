package networth.journeys.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import networth.journeys.PathTable;
import org.junit.jupiter.api.Test;

class MarkovSimulationTest {

  @Test
  void simulatedRemovalEffectsAgreeWithTheExactOnesWithinFourStandardErrors() {
    PathTable table = PathData.table();
    long walks = 400_000;
    for (int order = 1; order <= 2; order++) {
      MarkovResult exact = MarkovModel.exact(table, order);
      MarkovResult simulated = MarkovSimulation.simulate(table, order, walks, 42);
      // A removal effect is the share p of conversions through the channel: a proportion over
      // about walks × P(conversion) simulated conversions, standard error sqrt(p(1-p)/n).
      double probability = exact.conversionProbability();
      double conversions = walks * probability;
      assertThat(simulated.conversionProbability())
          .isCloseTo(probability, within(4 * Math.sqrt(probability * (1 - probability) / walks)));
      for (int c = 0; c < exact.removalEffects().size(); c++) {
        double p = exact.removalEffects().get(c).removalEffectsConversion();
        double se = Math.sqrt(p * (1 - p) / conversions);
        assertThat(simulated.removalEffects().get(c).removalEffectsConversion())
            .as("order %d %s", order, exact.removalEffects().get(c).channelName())
            .isCloseTo(p, within(4 * se + 1e-9));
      }
      // The credits follow: every channel's within 1% of all conversions.
      for (int c = 0; c < exact.credits().size(); c++) {
        assertThat(simulated.credits().get(c).totalConversions())
            .isCloseTo(
                exact.credits().get(c).totalConversions(), within(0.01 * table.totalConversions()));
        assertThat(simulated.credits().get(c).totalConversionValue())
            .isCloseTo(
                exact.credits().get(c).totalConversionValue(), within(0.01 * table.totalValue()));
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
    PathTable table = PathData.table();
    MarkovResult a = MarkovSimulation.simulate(table, 1, 20_000, 7);
    MarkovResult b = MarkovSimulation.simulate(table, 1, 20_000, 7);
    MarkovResult c = MarkovSimulation.simulate(table, 1, 20_000, 8);
    assertThat(a).isEqualTo(b);
    assertThat(a.credits()).isNotEqualTo(c.credits());
  }

  @Test
  void onTheLiteraturesExampleEveryConversionPassesThroughA() {
    // Order 1 (see MarkovModelTest): every walk reaches A and converts, so A's removal effect is
    // exactly 1 in any simulation, and B's, the share of walks that went through B, near 1/2.
    PathTable t =
        PathTable.builder()
            .add(List.of("A", "B", "A", "B", "B", "A"), 1, 0, 0)
            .add(List.of("A", "B", "B", "A", "A"), 1, 0, 0)
            .add(List.of("A", "A"), 1, 0, 0)
            .build();
    MarkovResult r = MarkovSimulation.simulate(t, 1, 100_000, 1);
    assertThat(r.conversionProbability()).isEqualTo(1);
    assertThat(r.removalEffects().get(0).removalEffectsConversion()).isEqualTo(1);
    // sqrt(1/4 / 100000) = 0.0016; four of those.
    assertThat(r.removalEffects().get(1).removalEffectsConversion()).isCloseTo(0.5, within(0.0064));
  }

  @Test
  void noWalksIsRefused() {
    assertThatThrownBy(() -> MarkovSimulation.simulate(PathTable.builder().build(), 1, 0, 1))
        .hasMessageContaining("at least one walk");
  }
}
