package networth.journeys.markov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.journeys.PathTable;
import org.junit.jupiter.api.Test;

class MarkovCountingTest {
  private static final List<String> START = Transition.START;
  private static final List<String> CONV = Transition.CONVERSION;
  private static final List<String> NULL = Transition.NULL;

  @Test
  void orderOneDropsARepeatedChannelAndEndsInBothEnds() {
    // a > a > b taken by 3 journeys: 1 converted (worth 5), 2 did not. The repeated a is one
    // state, so all 3 walk (start) > a > b; then 1 step into (conversion), 2 into (null).
    assertThat(MarkovCounting.transitions(List.of("a", "a", "b"), 1, 5, 2, 1))
        .containsExactly(
            new Transition(START, List.of("a"), 3, 0),
            new Transition(List.of("a"), List.of("b"), 3, 0),
            new Transition(List.of("b"), CONV, 1, 5),
            new Transition(List.of("b"), NULL, 2, 0));
  }

  @Test
  void orderTwoStatesAreSlidingWindowsOfTwoChannels() {
    // a > b > b > c: windows (a,b), (b,b), (b,c); none equals the one before.
    assertThat(MarkovCounting.states(List.of("a", "b", "b", "c"), 2))
        .containsExactly(List.of("a", "b"), List.of("b", "b"), List.of("b", "c"));
    // a > a > a: (a,a) twice in a row is one state.
    assertThat(MarkovCounting.states(List.of("a", "a", "a"), 2)).containsExactly(List.of("a", "a"));
    // A path shorter than the order is one state of all its channels.
    assertThat(MarkovCounting.states(List.of("a"), 3)).containsExactly(List.of("a"));
    // a > b > a > b at order 2: (a,b), (b,a), (a,b) — only repeats in a row are dropped.
    assertThat(MarkovCounting.states(List.of("a", "b", "a", "b"), 2))
        .containsExactly(List.of("a", "b"), List.of("b", "a"), List.of("a", "b"));
  }

  @Test
  void aPathNoJourneyTookMakesNoStep() {
    assertThat(MarkovCounting.transitions(List.of("a"), 0, 0, 0, 1)).isEmpty();
    // Only conversions: no step into (null).
    assertThat(MarkovCounting.transitions(List.of("a"), 2, 4, 0, 1))
        .containsExactly(
            new Transition(START, List.of("a"), 2, 0), new Transition(List.of("a"), CONV, 2, 4));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> MarkovCounting.transitions(List.of("a"), 1, 0, 0, 0))
        .hasMessageContaining("order must be at least 1");
    assertThatThrownBy(() -> MarkovCounting.transitions(List.of(), 1, 0, 0, 1))
        .hasMessageContaining("at least one channel");
  }

  @Test
  void countingATableSumsThePathsSteps() {
    // a > b (1 conversion worth 2, 1 null) and b > b > a (2 conversions worth 3, 0 null), order 1:
    // (start)>a 2, a>b 2, b>(conversion) 1 worth 2, b>(null) 1, (start)>b 2, b>a 2,
    // a>(conversion) 2 worth 3.
    PathTable t =
        PathTable.builder()
            .add(List.of("a", "b"), 1, 2, 1)
            .add(List.of("b", "b", "a"), 2, 3, 0)
            .build();
    MarkovChain chain = MarkovCounting.count(t, 1);
    assertThat(chain.transitions())
        .containsExactlyInAnyOrder(
            new Transition(START, List.of("a"), 2, 0),
            new Transition(START, List.of("b"), 2, 0),
            new Transition(List.of("a"), List.of("b"), 2, 0),
            new Transition(List.of("b"), List.of("a"), 2, 0),
            new Transition(List.of("b"), CONV, 1, 2),
            new Transition(List.of("b"), NULL, 1, 0),
            new Transition(List.of("a"), CONV, 2, 3));
    assertThat(chain.totalConversions()).isEqualTo(3);
    assertThat(chain.totalValue()).isEqualTo(5);
    // From b: 2 journeys on to a, 1 converted, 1 not: 1/2, 1/4, 1/4.
    assertThat(chain.transitionMatrix())
        .filteredOn(p -> p.channelFrom().equals("b"))
        .containsExactly(
            new TransitionProbability("b", "a", 0.5),
            new TransitionProbability("b", "(conversion)", 0.25),
            new TransitionProbability("b", "(null)", 0.25));
  }

  @Test
  void countingTheTableAgreesWithSummingEachPathsStepsOnTheReferenceData() {
    // The Spark jobs sum transitions(...) per path; the table is counted apart. Both must give
    // the same chain at every order.
    List<PathData.Row> rows = PathData.rows();
    PathTable table = PathData.table();
    // Order 20 looks windows up by list rather than by a code of 13^20 > 2^62 possibilities.
    for (int order : new int[] {1, 2, 3, 20}) {
      List<Transition> perPath = new ArrayList<>();
      for (PathData.Row r : rows) {
        perPath.addAll(
            MarkovCounting.transitions(r.path(), r.conversions(), r.value(), r.nulls(), order));
      }
      java.util.Collections.reverse(perPath);
      MarkovChain fromSteps = MarkovChain.of(order, table.channels(), perPath);
      assertThat(fromSteps.channels()).isEqualTo(table.channels());
      List<Transition> summed = sorted(fromSteps.transitions());
      List<Transition> counted = sorted(MarkovCounting.count(table, order).transitions());
      assertThat(counted).hasSameSizeAs(summed);
      for (int i = 0; i < summed.size(); i++) {
        assertThat(counted.get(i).from()).isEqualTo(summed.get(i).from());
        assertThat(counted.get(i).to()).isEqualTo(summed.get(i).to());
        assertThat(counted.get(i).journeys()).isEqualTo(summed.get(i).journeys());
        assertThat(counted.get(i).value())
            .isCloseTo(summed.get(i).value(), org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  private static List<Transition> sorted(List<Transition> ts) {
    List<Transition> out = new ArrayList<>(ts);
    out.sort(
        Comparator.comparing((Transition t) -> t.from().toString())
            .thenComparing(t -> t.to().toString()));
    return out;
  }
}
