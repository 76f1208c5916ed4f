package networth.analysis.connectors;

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

/** Route shares where routes are too many for plain doubles: a chain of 600 diamonds. */
class RouteShareBeyondDoublesTest {

  @Test
  void everyRoutePassesTheChainAndHalfOfThemEachSide() {
    NetworkMap.Builder b = NetworkMap.builder();
    b.node(Node.of("client", NodeKind.CLIENT).withDeal(Deal.NONE.withValue(Money.of(1, ""))));
    for (int i = 0; i < 600; i++) {
      b.link("v" + i, "a" + i).link("a" + i, "v" + (i + 1));
      b.link("v" + i, "b" + i).link("b" + i, "v" + (i + 1));
    }
    b.link("v600", "client");
    MapGraph g = MapGraph.of(b.build());
    assertThat(RouteTotals.of(g)).isEmpty();
    double[] share = Connectors.routeShare(g);
    assertThat(share[g.indexOf("v300").orElseThrow()]).isCloseTo(1, within(1e-12));
    assertThat(share[g.indexOf("a17").orElseThrow()]).isCloseTo(0.5, within(1e-12));
  }
}
