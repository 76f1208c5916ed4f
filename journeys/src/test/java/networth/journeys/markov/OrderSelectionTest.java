package networth.journeys.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import networth.journeys.PathTable;
import org.junit.jupiter.api.Test;

class OrderSelectionTest {

  @Test
  void aucAndItsPenaltyWorkedByHand() {
    // a: 3 conversions, 1 not -> from a, 3/4 convert; b: 1 conversion, 3 not -> 1/4.
    // Ranking journeys by that: of the 4 × 4 (conversion, non-conversion) pairs, 3 × 3 are
    // ordered right and 3 × 1 + 1 × 3 tie (count half): AUC = (9 + 3) / 16 = 0.75, whatever the
    // order, since both paths are one channel long.
    // N = 8 journeys, 2 channels, nodes = C(2 + k - 1, k) = 2, 3, 4, 5, 6, 7, 8 for k = 1..7.
    //   k = 1: 1 - 0.25 × 7/5 = 0.65;  k = 2: 1 - 0.25 × 7/4 = 0.5625;  k = 3: 1 - 0.25 × 7/3;
    //   k = 4: 1 - 0.25 × 7/2 = 0.125; k = 5: 1 - 0.25 × 7 < 0 -> 0;
    //   k = 6: N - nodes - 1 = 0, the penalty is infinite -> 0;  k = 7: nodes = N, left out.
    PathTable t = PathTable.builder().add(List.of("a"), 3, 0, 1).add(List.of("b"), 1, 0, 3).build();
    OrderChoice choice = OrderSelection.choose(t, 7);
    assertThat(choice.scores()).extracting(OrderScore::order).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(choice.scores()).allSatisfy(s -> assertThat(s.auc()).isCloseTo(0.75, within(1e-12)));
    assertThat(choice.scores())
        .extracting(OrderScore::pauc)
        .containsExactly(0.65, 0.5625, 1 - 0.25 * 7 / 3, 0.125, 0.0, 0.0);
    assertThat(choice.suggestedOrder()).isEqualTo(1);
  }

  @Test
  void aHigherOrderWinsWhenTheChannelBeforeTheLastOneDecides() {
    // a > b always converts (10), c > b never does (10 not). At order 1 both end in b, which
    // converts half the time: every prediction 1/2, AUC 1/2, pauc 1 - 0.5 × 19/16 = 0.40625.
    // At order 2 the last states are (a,b), predicting 1, and (c,b), predicting 0: AUC 1,
    // pauc 1. Order 3 sees the same windows (the paths are two long): pauc 1 too; the tie goes
    // to the lower order, 2.
    PathTable t =
        PathTable.builder()
            .add(List.of("a", "b"), 10, 0, 0)
            .add(List.of("c", "b"), 0, 0, 10)
            .build();
    OrderChoice choice = OrderSelection.choose(t, 3);
    assertThat(choice.scores())
        .containsExactly(
            new OrderScore(1, 0.5, 0.40625), new OrderScore(2, 1, 1), new OrderScore(3, 1, 1));
    assertThat(choice.suggestedOrder()).isEqualTo(2);
    assertThat(choice.atMaximum(3)).isFalse();
  }

  @Test
  void theAucApproachesTheRankStatisticOnTheReferenceData() {
    // The area under the exact ROC curve is the Mann–Whitney statistic: the share of
    // (conversion, non-conversion) pairs whose predictions are ranked right, ties counting half,
    // computed here pair by pair over the distinct predictions. The traced curve cuts corners
    // between its evenly spaced thresholds; with 100,000 of them every distinct prediction here
    // gets a threshold of its own and the two agree (0.508669664595, 0.517415429697 and
    // 0.527929476811 for orders 1 to 3; 100 points give 0.517376 and 0.527848 for 2 and 3).
    PathTable table = PathData.table();
    for (int order = 1; order <= 3; order++) {
      double[] p = predictions(table, order);
      double exact = mannWhitney(table, p);
      double coarse = OrderSelection.auc(table, p, 100);
      double fine = OrderSelection.auc(table, p, 100_000);
      assertThat(Math.abs(fine - exact)).isLessThanOrEqualTo(Math.abs(coarse - exact) + 1e-12);
      assertThat(fine).isCloseTo(exact, within(1e-9));
    }
    OrderChoice choice = OrderSelection.choose(table, 3);
    assertThat(choice.scores()).hasSize(3);
    assertThat(choice.scores()).allSatisfy(s -> assertThat(s.pauc()).isLessThan(s.auc()));
  }

  /** Each path's share of conversions among the journeys ending in its last state, counted here. */
  private static double[] predictions(PathTable table, int order) {
    java.util.Map<List<String>, double[]> ends = new java.util.HashMap<>();
    for (int i = 0; i < table.size(); i++) {
      List<List<String>> states = MarkovCounting.states(table.names(i), order);
      double[] e = ends.computeIfAbsent(states.get(states.size() - 1), k -> new double[2]);
      e[0] += table.conversions(i);
      e[1] += table.nulls(i);
    }
    double[] p = new double[table.size()];
    for (int i = 0; i < table.size(); i++) {
      List<List<String>> states = MarkovCounting.states(table.names(i), order);
      double[] e = ends.get(states.get(states.size() - 1));
      p[i] = e[0] + e[1] > 0 ? e[0] / (e[0] + e[1]) : 0;
    }
    return p;
  }

  private static double mannWhitney(PathTable table, double[] p) {
    java.util.TreeMap<Double, double[]> byScore = new java.util.TreeMap<>();
    for (int i = 0; i < p.length; i++) {
      double[] w = byScore.computeIfAbsent(p[i], k -> new double[2]);
      w[0] += table.conversions(i);
      w[1] += table.nulls(i);
    }
    double right = 0;
    for (var a : byScore.entrySet()) {
      for (var b : byScore.entrySet()) {
        double pairs = a.getValue()[0] * b.getValue()[1];
        int cmp = Double.compare(a.getKey(), b.getKey());
        right += cmp > 0 ? pairs : cmp == 0 ? pairs / 2 : 0;
      }
    }
    return right / (table.totalConversions() * table.totalNulls());
  }

  @Test
  void badArgumentsAreRefusedWithTheReason() {
    PathTable onlyConversions = PathTable.builder().add(List.of("a"), 1, 0, 0).build();
    assertThatThrownBy(() -> OrderSelection.choose(onlyConversions, 3))
        .hasMessageContaining("journeys that converted and journeys that did not");
    PathTable tiny =
        PathTable.builder().add(List.of("a"), 1, 0, 0).add(List.of("b"), 0, 0, 1).build();
    assertThatThrownBy(() -> OrderSelection.choose(tiny, 3))
        .hasMessageContaining("too few journeys");
    assertThatThrownBy(() -> OrderSelection.choose(tiny, 0)).hasMessageContaining("at least 1");
  }
}
