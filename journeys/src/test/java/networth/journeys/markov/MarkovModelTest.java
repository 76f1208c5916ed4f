package networth.journeys.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import networth.journeys.PathTable;
import org.junit.jupiter.api.Test;

class MarkovModelTest {

  /** Paths A>B>A>B>B>A, A>B>B>A>A and A>A, one conversion each, worth 10, 20 and 30. */
  private static PathTable literature() {
    return PathTable.builder()
        .add(List.of("A", "B", "A", "B", "B", "A"), 1, 10, 0)
        .add(List.of("A", "B", "B", "A", "A"), 1, 20, 0)
        .add(List.of("A", "A"), 1, 30, 0)
        .build();
  }

  @Test
  void theLiteraturesExampleAtOrderOne() {
    // Repeats in a row dropped, the paths walk A>B>A>B>A, A>B>A and A.
    // (start)>A 3. From A: to B 2+1 = 3, to (conversion) 3: 1/2 each. From B: to A 2+1 = 3: 1.
    // No journey ends in (null), so P(conversion) = 1.
    // Without A: (start) leads only to A, so nothing converts: removal effect 1.
    // Without B: from A, 1/2 converts and 1/2 goes to B, now (null): x = 1/2, removal effect 1/2.
    // 3 conversions shared 1 : 1/2 -> A 2, B 1.
    // Value: every journey converts from A, so the expected value is the mean, 60 / 3 = 20, and
    // without B it is 1/2 of that: value removal effects A 1, B 1/2; value 60 -> A 40, B 20.
    MarkovResult r = MarkovModel.exact(literature(), 1);
    assertThat(r.conversionProbability()).isCloseTo(1, within(1e-12));
    assertThat(r.removalEffects()).extracting(RemovalEffect::channelName).containsExactly("A", "B");
    assertEffects(r, "A", 1, 1);
    assertEffects(r, "B", 0.5, 0.5);
    assertCredit(r, "A", 2, 40);
    assertCredit(r, "B", 1, 20);
    assertThat(r.transitionMatrix())
        .contains(
            new TransitionProbability("(start)", "A", 1),
            new TransitionProbability("A", "B", 0.5),
            new TransitionProbability("A", "(conversion)", 0.5),
            new TransitionProbability("B", "A", 1));
  }

  @Test
  void theLiteraturesExampleAtOrderTwo() {
    // Windows of two, repeats in a row dropped:
    //   A>B>A>B>B>A: (A,B) (B,A) (A,B) (B,B) (B,A)   converts from (B,A), worth 10
    //   A>B>B>A>A:   (A,B) (B,B) (B,A) (A,A)         converts from (A,A), worth 20
    //   A>A:         (A,A)                           converts from (A,A), worth 30
    // (start): to (A,B) 2, to (A,A) 1.      (A,B): to (B,A) 1, to (B,B) 2.
    // (B,A): to (A,B) 1, (conversion) 1, (A,A) 1.   (B,B): to (B,A) 2.   (A,A): (conversion) 2.
    // Without A every state but (B,B) is gone, and (start) reaches only those: effect 1.
    // Without B, (A,B), (B,A) and (B,B) are gone: only (start)>(A,A), 1/3, converts: effect 2/3.
    // 3 conversions shared 1 : 2/3 -> A 9/5, B 6/5.
    // Value per journey y: y(A,A) = 50/2 = 25; y(A,B) = 1/3 y(B,A) + 2/3 y(B,B) = y(B,A) since
    // y(B,B) = y(B,A); y(B,A) = 10/3 + 1/3 y(B,A) + 1/3 * 25, so y(B,A) = 17.5;
    // y(start) = 2/3 * 17.5 + 1/3 * 25 = 20 (= 60 / 3). Without B: 1/3 * 25 = 25/3, effect
    // 1 - (25/3)/20 = 7/12. Value 60 shared 1 : 7/12 -> A 720/19, B 420/19.
    MarkovResult r = MarkovModel.exact(literature(), 2);
    assertEffects(r, "A", 1, 1);
    assertEffects(r, "B", 2.0 / 3, 7.0 / 12);
    assertCredit(r, "A", 9.0 / 5, 720.0 / 19);
    assertCredit(r, "B", 6.0 / 5, 420.0 / 19);
    assertThat(r.transitionMatrix())
        .contains(
            new TransitionProbability("(start)", "A,B", 2.0 / 3),
            new TransitionProbability("B,A", "(conversion)", 1.0 / 3),
            new TransitionProbability("A,A", "(conversion)", 1));
  }

  @Test
  void journeysThatDoNotConvertLowerTheProbability() {
    // a: 1 conversion, 3 nulls; a > b: 2 conversions, 0 nulls. (start) to a: 4 + 2 = 6 journeys.
    // From a: 2 go on to b, 1 converts, 3 do not.
    // From b: (conversion) 2. P = 1/6 + 2/6 = 1/2. Without b: 1/6, effect 2/3. Without a: 0,
    // effect 1. 3 conversions shared 1 : 2/3 -> a 9/5, b 6/5.
    PathTable t =
        PathTable.builder().add(List.of("a"), 1, 0, 3).add(List.of("a", "b"), 2, 0, 0).build();
    MarkovResult r = MarkovModel.exact(t, 1);
    assertThat(r.conversionProbability()).isCloseTo(0.5, within(1e-12));
    assertEffects(r, "a", 1, 0);
    assertEffects(r, "b", 2.0 / 3, 0);
    assertCredit(r, "a", 9.0 / 5, 0);
    assertCredit(r, "b", 6.0 / 5, 0);
  }

  @Test
  void onTheReferenceDataTheExactSolutionAgreesWithBruteForceIteration() {
    List<PathData.Row> rows = PathData.rows();
    PathTable table = PathData.table();
    for (int order = 1; order <= 3; order++) {
      MarkovResult exact = MarkovModel.exact(table, order);
      BruteForceMarkov.Result brute = BruteForceMarkov.solve(rows, order);
      assertThat(exact.conversionProbability())
          .as("order %d", order)
          .isCloseTo(brute.conversionProbability(), within(1e-9));
      for (RemovalEffect e : exact.removalEffects()) {
        double[] b = brute.effects().get(e.channelName());
        assertThat(e.removalEffectsConversion())
            .as("order %d %s", order, e.channelName())
            .isCloseTo(b[0], within(1e-9));
        assertThat(e.removalEffectsConversionValue())
            .as("order %d %s value", order, e.channelName())
            .isCloseTo(b[1], within(1e-9));
      }
      for (ChannelCredit c : exact.credits()) {
        double[] b = brute.credits().get(c.channelName());
        assertThat(c.totalConversions()).isCloseTo(b[0], within(1e-9));
        assertThat(c.totalConversionValue()).isCloseTo(b[1], within(1e-9));
      }
      assertThat(exact.credits()).hasSize(12);
      // The credits add up to the data's totals.
      assertThat(exact.credits().stream().mapToDouble(ChannelCredit::totalConversions).sum())
          .isCloseTo(table.totalConversions(), within(1e-6));
      assertThat(exact.credits().stream().mapToDouble(ChannelCredit::totalConversionValue).sum())
          .isCloseTo(table.totalValue(), within(1e-6));
    }
  }

  @Test
  void onRandomJourneysTheExactSolutionAgreesWithBruteForceIteration() {
    java.util.Random random = new java.util.Random(5);
    for (int trial = 0; trial < 40; trial++) {
      List<PathData.Row> rows = new java.util.ArrayList<>();
      PathTable.Builder b = PathTable.builder();
      int channels = 1 + random.nextInt(5);
      for (int i = 0; i < 1 + random.nextInt(30); i++) {
        List<String> path = new java.util.ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(6); k++) {
          path.add("c" + random.nextInt(channels));
        }
        double conversions = random.nextInt(3);
        double value = conversions * random.nextInt(100);
        double nulls = random.nextInt(3);
        rows.add(new PathData.Row(path, conversions, value, nulls));
        b.add(path, conversions, value, nulls);
      }
      PathTable table = b.build();
      if (table.totalConversions() == 0 || table.totalValue() == 0) {
        continue;
      }
      int order = 1 + random.nextInt(3);
      MarkovResult exact = MarkovModel.exact(table, order);
      BruteForceMarkov.Result brute = BruteForceMarkov.solve(rows, order);
      assertThat(exact.conversionProbability())
          .isCloseTo(brute.conversionProbability(), within(1e-9));
      for (RemovalEffect e : exact.removalEffects()) {
        double[] expected = brute.effects().get(e.channelName());
        assertThat(e.removalEffectsConversion()).isCloseTo(expected[0], within(1e-9));
        assertThat(e.removalEffectsConversionValue()).isCloseTo(expected[1], within(1e-9));
        assertThat(e.removalEffectsConversion()).isBetween(0.0, 1.0);
      }
      for (ChannelCredit c : exact.credits()) {
        double[] expected = brute.credits().get(c.channelName());
        assertThat(c.totalConversions()).isCloseTo(expected[0], within(1e-9));
        assertThat(c.totalConversionValue()).isCloseTo(expected[1], within(1e-9));
      }
    }
  }

  @Test
  void journeysWithNoOutcomeGiveNoCredit() {
    // A path that no journey took to an end (0 conversions, 0 nulls) makes no step at all.
    PathTable t = PathTable.builder().add(List.of("a", "b"), 0, 0, 0).build();
    MarkovResult r = MarkovModel.exact(t, 1);
    assertThat(r.conversionProbability()).isZero();
    assertThat(r.credits())
        .containsExactly(new ChannelCredit("a", 0, 0), new ChannelCredit("b", 0, 0));
    assertThat(r.transitionMatrix()).isEmpty();
  }

  @Test
  void theSparseSolutionAgreesWithTheDenseOne() {
    MarkovChain chain = MarkovCounting.count(PathData.table(), 3);
    boolean[] removed = new boolean[chain.channels().size()];
    for (int c = -1; c < removed.length; c++) {
      if (c >= 0) {
        removed[c] = true;
      }
      double[] dense = new AbsorbingChain(chain, Integer.MAX_VALUE).fromStart(removed);
      double[] sparse = new AbsorbingChain(chain, 0).fromStart(removed);
      assertThat(sparse[0]).isCloseTo(dense[0], within(1e-12));
      assertThat(sparse[1]).isCloseTo(dense[1], within(1e-12));
      if (c >= 0) {
        removed[c] = false;
      }
    }
  }

  private static void assertEffects(MarkovResult r, String channel, double conv, double value) {
    RemovalEffect e =
        r.removalEffects().stream().filter(x -> x.channelName().equals(channel)).findFirst().get();
    assertThat(e.removalEffectsConversion()).isCloseTo(conv, within(1e-12));
    assertThat(e.removalEffectsConversionValue()).isCloseTo(value, within(1e-12));
  }

  private static void assertCredit(MarkovResult r, String channel, double conv, double value) {
    ChannelCredit c =
        r.credits().stream().filter(x -> x.channelName().equals(channel)).findFirst().get();
    assertThat(c.totalConversions()).isCloseTo(conv, within(1e-12));
    assertThat(c.totalConversionValue()).isCloseTo(value, within(1e-12));
  }
}
