package networth.journeys.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import networth.journeys.PathTable;
import networth.journeys.markov.PathData;
import org.junit.jupiter.api.Test;

class ShapleyValuesTest {

  @Test
  void twoChannelsWorkedByHand() {
    // a alone: 2 conversions worth 20; b alone: 1 worth 5; a > b > a: 3 worth 60.
    // v({}) = 0, v({a}) = 2, v({b}) = 1, v({a,b}) = 6.
    // φ_a = 1/2 (v(a) - 0) + 1/2 (v(ab) - v(b)) = 1/2 × 2 + 1/2 × 5 = 3.5; φ_b = 6 - 3.5 = 2.5.
    // Value: v(a) = 20, v(b) = 5, v(ab) = 85: φ_a = 10 + 40 = 50, φ_b = 35.
    PathTable t =
        PathTable.builder()
            .add(List.of("a"), 2, 20, 0)
            .add(List.of("b"), 1, 5, 0)
            .add(List.of("a", "b", "a"), 3, 60, 4)
            .build();
    ShapleyResult r = ShapleyValues.of(t);
    assertThat(r.exact()).isTrue();
    assertThat(r.credits())
        .containsExactly(
            new ShapleyCredit("a", 3.5, 50, 0, 0), new ShapleyCredit("b", 2.5, 35, 0, 0));
  }

  @Test
  void exactValuesEqualTheAverageOverEveryOrderOfTheChannels() {
    Random random = new Random(3);
    for (int trial = 0; trial < 20; trial++) {
      PathTable t = randomTable(random, 2 + random.nextInt(5), 30);
      ShapleyResult r = ShapleyValues.exact(t);
      double[][] brute = bruteForce(t);
      for (int c = 0; c < t.channels().size(); c++) {
        assertThat(r.credits().get(c).totalConversions()).isCloseTo(brute[0][c], within(1e-9));
        assertThat(r.credits().get(c).totalConversionValue()).isCloseTo(brute[1][c], within(1e-9));
      }
      assertEfficient(r, t, 1e-9);
    }
  }

  @Test
  void onTheReferenceDataExactValuesMatchTheClosedFormAndAddUp() {
    // For this game φ_j = Σ r(T) / |T| over the channel sets T containing j (Zhao et al. 2018,
    // since v is a sum of unanimity games): a second computation, with no coalitions at all.
    PathTable t = PathData.table();
    ShapleyResult r = ShapleyValues.exact(t);
    double[][] closed = closedForm(t);
    for (int c = 0; c < 12; c++) {
      assertThat(r.credits().get(c).totalConversions()).isCloseTo(closed[0][c], within(1e-9));
      assertThat(r.credits().get(c).totalConversionValue()).isCloseTo(closed[1][c], within(1e-9));
    }
    assertEfficient(r, t, 1e-6);
  }

  @Test
  void beyondTwentyChannelsTheSampledValuesFallWithinTheirErrorBound() {
    PathTable t = randomTable(new Random(11), 25, 2000);
    assertThat(t.channels()).hasSize(25);
    ShapleyResult r = ShapleyValues.of(t, 4000, 99);
    assertThat(r.exact()).isFalse();
    assertThat(r.permutations()).isEqualTo(4000);
    double[][] closed = closedForm(t);
    for (int c = 0; c < 25; c++) {
      ShapleyCredit credit = r.credits().get(c);
      assertThat(credit.conversionsStandardError()).isPositive();
      assertThat(credit.totalConversions())
          .isCloseTo(closed[0][c], within(4 * credit.conversionsStandardError()));
      assertThat(credit.totalConversionValue())
          .isCloseTo(closed[1][c], within(4 * credit.valueStandardError()));
    }
    // Every sampled order shares out all conversions, so their mean does too.
    assertEfficient(r, t, 1e-6);
    assertThat(ShapleyValues.of(t, 4000, 99)).isEqualTo(r);
  }

  @Test
  void exactRefusesTooManyChannels() {
    PathTable t = randomTable(new Random(1), 21, 200);
    assertThat(t.channels()).hasSize(21);
    assertThatThrownBy(() -> ShapleyValues.exact(t)).hasMessageContaining("at most 20");
    assertThatThrownBy(() -> ShapleyValues.sampled(t, 1, 0)).hasMessageContaining("at least 2");
  }

  private static void assertEfficient(ShapleyResult r, PathTable t, double tolerance) {
    assertThat(r.credits().stream().mapToDouble(ShapleyCredit::totalConversions).sum())
        .isCloseTo(t.totalConversions(), within(tolerance));
    assertThat(r.credits().stream().mapToDouble(ShapleyCredit::totalConversionValue).sum())
        .isCloseTo(t.totalValue(), within(tolerance));
  }

  /** Journeys over {@code channels} channels, each channel met at least once. */
  private static PathTable randomTable(Random random, int channels, int paths) {
    PathTable.Builder b = PathTable.builder();
    for (int c = 0; c < channels; c++) {
      b.add(List.of("c" + c), random.nextInt(3), random.nextInt(50), 1);
    }
    for (int i = 0; i < paths; i++) {
      List<String> path = new ArrayList<>();
      int length = 1 + random.nextInt(5);
      for (int k = 0; k < length; k++) {
        path.add("c" + random.nextInt(channels));
      }
      b.add(path, random.nextInt(4), random.nextDouble() * 100, random.nextInt(3));
    }
    return b.build();
  }

  /** The definition itself: the mean marginal contribution over all n! orders, v from the rows. */
  private static double[][] bruteForce(PathTable t) {
    int n = t.channels().size();
    double[][] sum = new double[2][n];
    int[] count = {0};
    permutations(
        new ArrayList<>(),
        n,
        order -> {
          Set<Integer> coalition = new HashSet<>();
          for (int c : order) {
            double[] before = worth(t, coalition);
            coalition.add(c);
            double[] after = worth(t, coalition);
            sum[0][c] += after[0] - before[0];
            sum[1][c] += after[1] - before[1];
          }
          count[0]++;
        });
    for (int c = 0; c < n; c++) {
      sum[0][c] /= count[0];
      sum[1][c] /= count[0];
    }
    return sum;
  }

  private static double[] worth(PathTable t, Set<Integer> coalition) {
    double[] w = new double[2];
    for (int i = 0; i < t.size(); i++) {
      boolean inside = true;
      for (int c : t.path(i)) {
        inside &= coalition.contains(c);
      }
      if (inside) {
        w[0] += t.conversions(i);
        w[1] += t.value(i);
      }
    }
    return w;
  }

  private static void permutations(
      List<Integer> prefix, int n, java.util.function.Consumer<List<Integer>> each) {
    if (prefix.size() == n) {
      each.accept(prefix);
      return;
    }
    for (int c = 0; c < n; c++) {
      if (!prefix.contains(c)) {
        prefix.add(c);
        permutations(prefix, n, each);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  private static double[][] closedForm(PathTable t) {
    double[][] phi = new double[2][t.channels().size()];
    for (int i = 0; i < t.size(); i++) {
      int[] set = java.util.Arrays.stream(t.path(i)).distinct().toArray();
      for (int c : set) {
        phi[0][c] += t.conversions(i) / set.length;
        phi[1][c] += t.value(i) / set.length;
      }
    }
    return phi;
  }
}
