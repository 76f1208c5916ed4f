package networth.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import networth.analysis.routes.RouteTotals;
import networth.graph.MapGraph;
import networth.model.Deal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import org.junit.jupiter.api.Test;

/**
 * A chain of 600 diamonds before one client: 2^600 routes, far beyond a double. The models then
 * count routes by length with scaled numbers, and still give the credits worked out by hand.
 */
class AstronomicalRoutesTest {

  static final int STAGES = 600;

  /** v0 → (a0 | b0) → v1 → … → v600 → client: every route has 601 + 600 = 1,201 touches. */
  static MapGraph chain() {
    NetworkMap.Builder b = NetworkMap.builder();
    for (int i = 0; i <= STAGES; i++) {
      b.node(Node.of("v" + i, NodeKind.PERSON));
    }
    b.node(
        Node.of("client", NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(1_201_000, ""))));
    for (int i = 0; i < STAGES; i++) {
      b.link("v" + i, "a" + i).link("a" + i, "v" + (i + 1));
      b.link("v" + i, "b" + i).link("b" + i, "v" + (i + 1));
    }
    b.link("v" + STAGES, "client");
    return MapGraph.of(b.build());
  }

  @Test
  void creditsAreExactWhereRoutesAreUncountableInDoubles() {
    MapGraph g = chain();
    assertThat(RouteTotals.of(g)).as("2^600 routes are beyond plain doubles").isEmpty();
    Attribution attribution = new Attribution(g);
    boolean[] all = attribution.allOpportunities();
    int v0 = g.indexOf("v0").orElseThrow();
    int last = g.indexOf("v" + STAGES).orElseThrow();
    int middle = g.indexOf("v300").orElseThrow();
    int a7 = g.indexOf("a7").orElseThrow();

    Credits first = attribution.credits(Model.FIRST, all);
    assertThat(first.of(v0)).isCloseTo(1_201_000, within(1e-3));
    Credits lastTouch = attribution.credits(Model.LAST, all);
    assertThat(lastTouch.of(last)).isCloseTo(1_201_000, within(1e-3));
    // Every route has the same 1,201 touches: the v's are on all of them, each a and b on half.
    for (Model m : new Model[] {Model.LINEAR, Model.MARKOV}) {
      Credits c = attribution.credits(m, all);
      assertThat(c.of(middle)).as("%s v300", m).isCloseTo(1_000, within(1e-6));
      assertThat(c.of(a7)).as("%s a7", m).isCloseTo(500, within(1e-6));
      assertThat(c.total()).as("%s total", m).isCloseTo(1_201_000, within(1e-3));
    }
  }
}
